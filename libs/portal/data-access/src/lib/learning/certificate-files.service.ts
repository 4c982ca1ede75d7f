import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { AuthStore } from '../auth/auth.store';

export type CertificateFileKind = 'pdf' | 'credential';

const PATHS: Readonly<Record<CertificateFileKind, (id: string) => string>> = {
  pdf: (id) => `/certificates/${encodeURIComponent(id)}.pdf`,
  credential: (id) => `/certificates/${encodeURIComponent(id)}/credential.json`,
};

/**
 * Fetches a certificate's PDF or Open Badges credential with the in-memory access token (the REST endpoints
 * take the bearer token, not the refresh cookie), as a Blob the page hands to the browser.
 */
@Injectable({ providedIn: 'root' })
export class CertificateFiles {
  private readonly http = inject(HttpClient);
  private readonly auth = inject(AuthStore);

  async fetch(certificateId: string, kind: CertificateFileKind): Promise<Blob> {
    try {
      return await this.request(certificateId, kind);
    } catch (error) {
      // An access token that expired while the page was open: renew it once and retry.
      if (isUnauthorized(error) && (await this.auth.refreshAccessToken())) {
        return this.request(certificateId, kind);
      }
      throw error;
    }
  }

  private request(certificateId: string, kind: CertificateFileKind): Promise<Blob> {
    const token = this.auth.accessToken();
    const headers = token ? new HttpHeaders({ authorization: `Bearer ${token}` }) : new HttpHeaders();
    return firstValueFrom(this.http.get(PATHS[kind](certificateId), { headers, responseType: 'blob' }));
  }
}

function isUnauthorized(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'status' in error && error.status === 401;
}
