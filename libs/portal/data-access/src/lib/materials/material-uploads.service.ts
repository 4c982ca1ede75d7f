import { Injectable, inject } from '@angular/core';
import { type DetailedError, type HttpRequest, type HttpResponse, type PreviousUpload, Upload, defaultOptions } from 'tus-js-client';
import { AuthStore } from '../auth/auth.store';
import { type MaterialKind, uploadKind } from './material-kind';

/** The tus endpoint of the API (same origin). */
export const MATERIAL_UPLOADS_PATH = '/uploads';

/** 5 MB chunks: on a link that drops, at most one chunk is sent again. */
const CHUNK_SIZE = 5 * 1024 * 1024;
/** Retries for links that come and go, the longest a minute apart. */
const RETRY_DELAYS = [0, 1000, 3000, 5000, 10000, 20000, 30000, 60000];
/** Renew the access token when it has less than this left, so no chunk is sent with a token about to lapse. */
const TOKEN_MARGIN_MS = 60_000;

export interface MaterialUploadRequest {
  readonly file: File;
  readonly kind: MaterialKind;
  readonly title: string;
  readonly description?: string;
  readonly topic?: string;
  readonly licence?: string;
  /** Set to upload a new version of this material. */
  readonly materialId?: string;
}

export interface UploadedMaterial {
  readonly materialId: string;
  readonly versionId: string;
}

/** Why an upload stopped: the API refused the file (its message names the problem) or the link failed for good. */
export type MaterialUploadFailure =
  | { readonly type: 'refused'; readonly status: number; readonly code: string; readonly message: string }
  | { readonly type: 'unauthenticated' }
  | { readonly type: 'network'; readonly message: string };

export interface MaterialUploadListener {
  progress(bytesSent: number, bytesTotal: number): void;
  /** The server already held this many bytes of an earlier attempt; sending continues from there. */
  resumed(offset: number, bytesTotal: number): void;
  /** Null when the server had the whole file already (a finished upload picked again): no new ids to report. */
  succeeded(result: UploadedMaterial | null): void;
  failed(failure: MaterialUploadFailure): void;
}

/** One running upload; pausing keeps what the server has, cancelling removes it there too. */
export interface MaterialUploadHandle {
  pause(): Promise<void>;
  resume(): void;
  cancel(): Promise<void>;
}

/** An upload an earlier visit on this device started and did not finish. */
export interface UnfinishedUpload {
  readonly storageKey: string;
  readonly fileName: string;
  readonly title: string;
  readonly kind: string;
  readonly size: number | null;
  readonly startedAt: string;
  readonly materialId: string | null;
}

/**
 * Resumable material uploads with tus. The upload URL of every unfinished upload is kept in localStorage under a
 * fingerprint of the signed-in person and the file, so after a reload (or a dropped connection) picking the same
 * file again continues from the last byte the server has. Each request carries a fresh access token.
 */
@Injectable({ providedIn: 'root' })
export class MaterialUploads {
  private readonly auth = inject(AuthStore);

  constructor() {
    // Devices are shared: what one person left unfinished is not listed to the next.
    this.auth.registerSignOutTask((userId) => this.forgetAll(userId));
  }

  /** Starts (or, when this device has an unfinished upload of the same file, continues) an upload. */
  async start(request: MaterialUploadRequest, listener: MaterialUploadListener): Promise<MaterialUploadHandle> {
    const userId = this.auth.user()?.id ?? 'anonymous';
    const target = request.materialId ?? 'new';
    const upload = new Upload(request.file, {
      endpoint: MATERIAL_UPLOADS_PATH,
      chunkSize: CHUNK_SIZE,
      retryDelays: RETRY_DELAYS,
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      metadata: uploadMetadata(request),
      // Straight to the network: through the service worker, the progress would count bytes handed to the worker.
      headers: { 'ngsw-bypass': 'true' },
      fingerprint: (file: File) =>
        Promise.resolve([fingerprintPrefix(userId), target, file.name, file.size, file.lastModified].join('-')),
      onBeforeRequest: (req: HttpRequest) => this.authorize(req),
      onAfterResponse: (req: HttpRequest, res: HttpResponse) => {
        if (req.getMethod() === 'HEAD' && res.getStatus() === 200) {
          const offset = Number.parseInt(res.getHeader('Upload-Offset') ?? '', 10);
          if (offset > 0) listener.resumed(offset, request.file.size);
        }
      },
      onShouldRetry: (error: DetailedError, _attempt: number) => shouldRetry(error, () => this.auth.refreshAccessToken()),
      onProgress: (sent: number, total: number) => listener.progress(sent, total),
      onSuccess: ({ lastResponse }) => listener.succeeded(uploadedMaterial(lastResponse.getBody())),
      onError: (error: Error | DetailedError) => listener.failed(uploadFailure(error)),
    });

    const previous = await upload.findPreviousUploads();
    if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
    upload.start();

    return {
      pause: () => upload.abort(false),
      resume: () => upload.start(),
      cancel: () => upload.abort(true),
    };
  }

  /** The signed-in person's unfinished uploads on this device, newest first. */
  async unfinished(): Promise<UnfinishedUpload[]> {
    const userId = this.auth.user()?.id;
    if (!userId) return [];
    const uploads = await this.storedUploads(userId);
    return uploads
      .map((upload) => ({
        storageKey: upload.urlStorageKey,
        fileName: upload.metadata['filename'] ?? '',
        title: upload.metadata['title'] ?? upload.metadata['filename'] ?? '',
        kind: upload.metadata['kind'] ?? '',
        size: upload.size,
        startedAt: upload.creationTime,
        materialId: upload.metadata['materialId'] ?? null,
      }))
      .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  }

  /** Forgets an unfinished upload on this device (the server drops unfinished uploads after a while). */
  async forget(storageKey: string): Promise<void> {
    await defaultOptions.urlStorage.removeUpload(storageKey);
  }

  private async forgetAll(userId: string): Promise<void> {
    for (const upload of await this.storedUploads(userId)) {
      await defaultOptions.urlStorage.removeUpload(upload.urlStorageKey);
    }
  }

  private async storedUploads(userId: string): Promise<PreviousUpload[]> {
    const all = await defaultOptions.urlStorage.findAllUploads();
    return all.filter((upload) => upload.urlStorageKey.startsWith(`tus::${fingerprintPrefix(userId)}-`));
  }

  private async authorize(req: HttpRequest): Promise<void> {
    let token = this.auth.accessToken();
    if (!token || expiresWithin(token, TOKEN_MARGIN_MS)) {
      await this.auth.refreshAccessToken();
      token = this.auth.accessToken();
    }
    if (token) req.setHeader('Authorization', `Bearer ${token}`);
  }
}

function fingerprintPrefix(userId: string): string {
  return `tunas-material-${userId}`;
}

function uploadMetadata(request: MaterialUploadRequest): Record<string, string> {
  const optional: Record<string, string | undefined> = {
    description: request.description?.trim(),
    topic: request.topic?.trim(),
    licence: request.licence?.trim(),
    materialId: request.materialId,
  };
  return {
    filename: request.file.name,
    kind: uploadKind(request.kind),
    title: request.title.trim() || request.file.name,
    ...Object.fromEntries(Object.entries(optional).filter((entry): entry is [string, string] => !!entry[1])),
  };
}

/** True when the token's `exp` claim falls within `marginMs` from now (or cannot be read). */
export function expiresWithin(token: string, marginMs: number, now = Date.now()): boolean {
  try {
    const payload: unknown = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    const exp = typeof payload === 'object' && payload !== null && 'exp' in payload ? payload.exp : null;
    return typeof exp !== 'number' || exp * 1000 - now < marginMs;
  } catch {
    return true;
  }
}

/**
 * Retries what a flaky link causes (no answer, 5xx, 409/423 while the server settles an offset); a 401 once the
 * session is renewed; never a refusal of the file itself (other 4xx).
 */
export function shouldRetry(error: DetailedError, renewSession: () => Promise<boolean>): boolean {
  const status = error.originalResponse?.getStatus() ?? 0;
  if (status === 401) {
    void renewSession();
    return true;
  }
  return status === 0 || status >= 500 || status === 409 || status === 423;
}

export function uploadedMaterial(body: string): UploadedMaterial | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (isRecord(parsed) && typeof parsed['materialId'] === 'string' && typeof parsed['versionId'] === 'string') {
      return { materialId: parsed['materialId'], versionId: parsed['versionId'] };
    }
  } catch {
    // An empty body: the server had the whole file before this visit.
  }
  return null;
}

export function uploadFailure(error: Error | DetailedError): MaterialUploadFailure {
  const response = 'originalResponse' in error ? error.originalResponse : null;
  if (!response) return { type: 'network', message: error.message };
  const status = response.getStatus();
  if (status === 401) return { type: 'unauthenticated' };
  let code = `HTTP_${status}`;
  let message = '';
  try {
    const parsed: unknown = JSON.parse(response.getBody());
    const detail = isRecord(parsed) && isRecord(parsed['error']) ? parsed['error'] : null;
    if (detail && typeof detail['code'] === 'string') code = detail['code'];
    if (detail && typeof detail['message'] === 'string') message = detail['message'];
  } catch {
    message = response.getBody().slice(0, 300);
  }
  return { type: 'refused', status, code, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
