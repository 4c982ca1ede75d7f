import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { mutateData, queryData } from '../apollo/graphql-call.util';
import {
  type CreateInstitutionInput,
  CreateInstitutionDocument,
  type InstitutionFieldsFragment,
  InstitutionsDocument,
  type UpdateInstitutionInput,
  UpdateInstitutionDocument,
} from '../generated/graphql';

@Injectable({ providedIn: 'root' })
export class InstitutionsApi {
  private readonly apollo = inject(Apollo);

  async list(): Promise<readonly InstitutionFieldsFragment[]> {
    return (await queryData(this.apollo, InstitutionsDocument, {})).institutions;
  }

  async create(input: CreateInstitutionInput): Promise<InstitutionFieldsFragment> {
    return (await mutateData(this.apollo, CreateInstitutionDocument, { input })).createInstitution;
  }

  async update(input: UpdateInstitutionInput): Promise<InstitutionFieldsFragment> {
    return (await mutateData(this.apollo, UpdateInstitutionDocument, { input })).updateInstitution;
  }
}
