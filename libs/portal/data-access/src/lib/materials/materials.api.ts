import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { mutateData, queryData } from '../apollo/graphql-call.util';
import {
  ArchiveMaterialDocument,
  type MaterialDetailFieldsFragment,
  MaterialDocument,
  type MaterialFilterInput,
  type MaterialSummaryFieldsFragment,
  MaterialTopicsDocument,
  MaterialsDocument,
  UpdateMaterialDocument,
  type UpdateMaterialInput,
} from '../generated/materials.graphql';

export type MaterialSummary = MaterialSummaryFieldsFragment;
export type MaterialDetail = MaterialDetailFieldsFragment;
export type MaterialVersion = MaterialDetail['versions'][number];

export interface MaterialPage {
  readonly items: readonly MaterialSummary[];
  readonly total: number;
}

/** The materials library: partner staff manage their institution's, trainers read shared ones, admins all. */
@Injectable({ providedIn: 'root' })
export class MaterialsApi {
  private readonly apollo = inject(Apollo);

  async materials(filter: MaterialFilterInput, offset: number, limit: number): Promise<MaterialPage> {
    return (await queryData(this.apollo, MaterialsDocument, { filter, page: { offset, limit } }, 'no-cache')).materials;
  }

  /** Download URLs in the answer are short-lived: fetch again before a later preview or download. */
  async material(id: string): Promise<MaterialDetail> {
    return (await queryData(this.apollo, MaterialDocument, { id }, 'no-cache')).material;
  }

  async topics(): Promise<readonly string[]> {
    return (await queryData(this.apollo, MaterialTopicsDocument, {}, 'no-cache')).materialTopics;
  }

  async update(input: UpdateMaterialInput): Promise<MaterialDetail> {
    return (await mutateData(this.apollo, UpdateMaterialDocument, { input })).updateMaterial;
  }

  async archive(id: string): Promise<void> {
    await mutateData(this.apollo, ArchiveMaterialDocument, { id });
  }
}
