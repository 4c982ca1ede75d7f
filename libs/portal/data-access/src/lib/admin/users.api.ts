import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { mutateData, queryData } from '../apollo/graphql-call.util';
import {
  type ActivationLinkDetailFragment,
  type CreateUserInput,
  CreateUserDocument,
  type CreateUserMutation,
  ImportUsersDocument,
  type ImportUsersMutation,
  IssueActivationLinkDocument,
  type PageInput,
  type Role,
  SetUserActiveDocument,
  SetUserRolesDocument,
  type UpdateUserInput,
  UpdateUserDocument,
  type UserDetailFragment,
  UserDocument,
  type UserFilter,
  type UsersQuery,
  UsersDocument,
} from '../generated/graphql';

export type UserPage = UsersQuery['users'];
export type CreatedUser = CreateUserMutation['createUser'];
export type UserImportReport = ImportUsersMutation['importUsers'];

/** Admin access to people: list, create, edit, (de)activate, roles, activation links, CSV import. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly apollo = inject(Apollo);

  async list(filter: UserFilter, page: PageInput): Promise<UserPage> {
    return (await queryData(this.apollo, UsersDocument, { filter, page })).users;
  }

  async get(id: string): Promise<UserDetailFragment> {
    return (await queryData(this.apollo, UserDocument, { id })).user;
  }

  async create(input: CreateUserInput): Promise<CreatedUser> {
    return (await mutateData(this.apollo, CreateUserDocument, { input })).createUser;
  }

  async update(input: UpdateUserInput): Promise<UserDetailFragment> {
    return (await mutateData(this.apollo, UpdateUserDocument, { input })).updateUser;
  }

  async setActive(id: string, active: boolean): Promise<UserDetailFragment> {
    return (await mutateData(this.apollo, SetUserActiveDocument, { input: { id, active } })).setUserActive;
  }

  async setRoles(id: string, roles: readonly Role[]): Promise<UserDetailFragment> {
    return (await mutateData(this.apollo, SetUserRolesDocument, { input: { id, roles: [...roles] } })).setUserRoles;
  }

  async issueActivationLink(userId: string): Promise<ActivationLinkDetailFragment> {
    return (await mutateData(this.apollo, IssueActivationLinkDocument, { userId })).issueActivationLink;
  }

  async importCsv(csv: string, dryRun: boolean): Promise<UserImportReport> {
    return (await mutateData(this.apollo, ImportUsersDocument, { input: { csv, dryRun } })).importUsers;
  }
}
