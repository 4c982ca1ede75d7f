import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { mutateData, queryData } from '../apollo/graphql-call.util';
import {
  type AdminCertificateFieldsFragment,
  AdminCertificatesDocument,
  type AdminCertificatesQuery,
  type CertificateStatusFilter,
  RevokeCertificateDocument,
} from '../generated/certification.graphql';

export type AdminCertificate = AdminCertificateFieldsFragment;
export type AdminCertificatePage = AdminCertificatesQuery['certificates'];

export interface AdminCertificateQuery {
  readonly search: string;
  readonly status: CertificateStatusFilter;
  readonly offset: number;
  readonly limit: number;
}

/** Every issued certificate, for admins: found by serial, name, NIP or course, and revoked with a reason. */
@Injectable({ providedIn: 'root' })
export class CertificatesAdminApi {
  private readonly apollo = inject(Apollo);

  async page(query: AdminCertificateQuery): Promise<AdminCertificatePage> {
    const search = query.search.trim();
    return (
      await queryData(
        this.apollo,
        AdminCertificatesDocument,
        { ...(search ? { search } : {}), status: query.status, offset: query.offset, limit: query.limit },
        'no-cache',
      )
    ).certificates;
  }

  async revoke(certificateId: string, reason: string): Promise<AdminCertificate> {
    return (await mutateData(this.apollo, RevokeCertificateDocument, { input: { certificateId, reason: reason.trim() } })).revokeCertificate;
  }
}
