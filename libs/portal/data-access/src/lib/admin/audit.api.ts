import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { queryData } from '../apollo/graphql-call.util';
import { type AuditEventFilter, AuditEventsDocument, type AuditEventsQuery } from '../generated/graphql';

export type AuditEventPage = AuditEventsQuery['auditEvents'];
export type AuditEventRow = AuditEventPage['items'][number];

/** The append-only audit log, for admins. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly apollo = inject(Apollo);

  async events(filter: AuditEventFilter, offset: number, limit: number): Promise<AuditEventPage> {
    return (await queryData(this.apollo, AuditEventsDocument, { filter, page: { offset, limit } }, 'network-only')).auditEvents;
  }
}
