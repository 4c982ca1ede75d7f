import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { mutateData, queryData } from '../apollo/graphql-call.util';
import {
  type CreateOrgUnitInput,
  CreateOrgUnitDocument,
  DeleteOrgUnitDocument,
  type OrgUnitFieldsFragment,
  OrgUnitsDocument,
  type UpdateOrgUnitInput,
  UpdateOrgUnitDocument,
} from '../generated/graphql';

@Injectable({ providedIn: 'root' })
export class OrgUnitsApi {
  private readonly apollo = inject(Apollo);

  async list(): Promise<readonly OrgUnitFieldsFragment[]> {
    return (await queryData(this.apollo, OrgUnitsDocument, {})).orgUnits;
  }

  async create(input: CreateOrgUnitInput): Promise<OrgUnitFieldsFragment> {
    return (await mutateData(this.apollo, CreateOrgUnitDocument, { input })).createOrgUnit;
  }

  async update(input: UpdateOrgUnitInput): Promise<OrgUnitFieldsFragment> {
    return (await mutateData(this.apollo, UpdateOrgUnitDocument, { input })).updateOrgUnit;
  }

  async delete(id: string): Promise<void> {
    await mutateData(this.apollo, DeleteOrgUnitDocument, { id });
  }
}
