import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { mutateData, queryData } from '../apollo/graphql-call.util';
import { type AsnType, type JpTargetFieldsFragment, JpTargetsDocument, SetJpTargetDocument } from '../generated/certification.graphql';

export type JpTarget = JpTargetFieldsFragment;

/** Yearly JP targets per ASN type; admins set them, 20 JP applies until they do. */
@Injectable({ providedIn: 'root' })
export class JpTargetsApi {
  private readonly apollo = inject(Apollo);

  async list(): Promise<readonly JpTarget[]> {
    return (await queryData(this.apollo, JpTargetsDocument, {}, 'no-cache')).jpTargets;
  }

  async set(asnType: AsnType, jpHours: number): Promise<JpTarget> {
    return (await mutateData(this.apollo, SetJpTargetDocument, { input: { asnType, jpHours } })).setJpTarget;
  }
}
