import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig, AuthenticatedRequest, DomainException, HTTP_STATUS_BY_CATEGORY, Principal, RateLimitStore } from '@tunas/api/core';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MaterialsException, MaterialsExceptionCode } from '../materials.exception';
import { isMaterialKind, MATERIAL_KINDS, MAX_UPLOAD_BYTES } from './material-kinds';
import { MaterialUploadService } from './material-upload.service';
import { parseUploadRequest, tooLarge } from './upload-request';

type TusServer = InstanceType<(typeof import('@tus/server'))['Server']>;
/** What the tus hooks receive: a web Request with the Node request it wraps (srvx). */
type TusRequest = { headers: Headers; runtime?: { node?: { req: unknown } } };

/** Unfinished uploads are forgotten after a day; the staging folder is swept every hour. */
const STAGING_EXPIRY_MS = 24 * 60 * 60 * 1000;
const SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/** An upload id names its owner and kind, so every replica can check both without a lookup. */
const UPLOAD_ID = new RegExp(`^([0-9a-f-]{36})_(${MATERIAL_KINDS.join('|')})_[0-9a-f]{32}$`);

export function uploadIdOwner(id: string): { userId: string; kind: string } | null {
  const match = UPLOAD_ID.exec(id);
  return match ? { userId: match[1], kind: match[2] } : null;
}

/** New uploads a person may start per hour: generous for a partner filling a library, a wall for a script. */
export const UPLOADS_PER_WINDOW = 120;
const UPLOAD_WINDOW_MS = 3_600_000;

/**
 * The tus 1.0 server behind `/uploads` (`@tus/server` with `@tus/file-store`): uploads are staged under
 * `DATA_DIR/uploads-staging` until complete, then handed to `MaterialUploadService` and removed.
 *
 * Several API replicas need the staging folder on shared storage (or `@tus/s3-store` instead of the file store)
 * and a shared tus locker, because a resumed upload may reach another replica than the one that started it.
 */
@Injectable()
export class TusUploadServer implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(TusUploadServer.name);
  private readonly stagingDir: string;
  private server: Promise<TusServer> | null = null;
  private sweeper: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly uploads: MaterialUploadService,
    private readonly rateLimits: RateLimitStore,
  ) {
    this.stagingDir = join(config.dataDir, 'uploads-staging');
  }

  onModuleInit(): void {
    this.sweeper = setInterval(() => void this.sweepExpired(), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    await (await this.tus()).handle(request, response);
  }

  /** Removes staged uploads untouched for longer than the expiry (their clients gave up). */
  async sweepExpired(now = Date.now()): Promise<number> {
    let removed = 0;
    let names: string[];
    try {
      names = await readdir(this.stagingDir);
    } catch {
      return 0;
    }
    for (const name of names) {
      const path = join(this.stagingDir, name);
      try {
        if (now - (await stat(path)).mtimeMs > STAGING_EXPIRY_MS) {
          await rm(path, { force: true });
          removed++;
        }
      } catch (error) {
        this.logger.warn(`Could not sweep ${path}: ${String(error)}`);
      }
    }
    return removed;
  }

  /** `@tus/server` is an ES module: loaded on the first upload request through `import()`. */
  private tus(): Promise<TusServer> {
    this.server ??= this.create();
    return this.server;
  }

  private async create(): Promise<TusServer> {
    await mkdir(this.stagingDir, { recursive: true });
    const [{ Server }, { FileStore }] = await Promise.all([import('@tus/server'), import('@tus/file-store')]);
    return new Server({
      path: '/uploads',
      relativeLocation: true,
      respectForwardedHeaders: this.config.trustProxy,
      datastore: new FileStore({ directory: this.stagingDir, expirationPeriodInMilliseconds: STAGING_EXPIRY_MS }),
      namingFunction: (req, metadata) => {
        const principal = principalOf(req);
        const request = parseUploadRequest(metadata ?? undefined);
        return `${principal.userId}_${request.kind}_${randomBytes(16).toString('hex')}`;
      },
      maxSize: (_req, id) => {
        const kind = id ? uploadIdOwner(id)?.kind : null;
        return isMaterialKind(kind) ? MAX_UPLOAD_BYTES[kind] : Math.max(...Object.values(MAX_UPLOAD_BYTES));
      },
      onUploadCreate: async (req, upload) => {
        const principal = principalOf(req);
        // Counted per person in the shared store (Redis when configured), so replicas enforce one limit together.
        // Resuming (HEAD/PATCH) is not counted: only starting a new upload is.
        const started = await this.rateLimits.hit(`upload:${principal.userId}`, UPLOAD_WINDOW_MS);
        if (started > UPLOADS_PER_WINDOW) {
          throw new MaterialsException(MaterialsExceptionCode.TooManyUploads, `At most ${UPLOADS_PER_WINDOW} uploads may be started per hour; please wait and try again`);
        }
        await this.uploads.authorise(principal, parseUploadRequest(upload.metadata), upload.size ?? null);
        return {};
      },
      onUploadFinish: async (req, upload) => {
        const staged = join(this.stagingDir, upload.id);
        try {
          const stored = await this.uploads.accept(principalOf(req), parseUploadRequest(upload.metadata), staged);
          return { status_code: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(stored) };
        } finally {
          await Promise.all([rm(staged, { force: true }), rm(`${staged}.json`, { force: true })]);
        }
      },
      onResponseError: (req, error) => this.errorResponse(req, error),
    });
  }

  /** Every refusal as JSON `{"error": {"code", "message"}}`; a size refusal names the kind's limit. */
  private errorResponse(req: TusRequest, error: Error | { status_code: number; body: string }): { status_code: number; body: string } {
    if (error instanceof DomainException) {
      const status = statusFor(error);
      return { status_code: status, body: JSON.stringify({ error: { code: error.code, message: error.message } }) };
    }
    if ('status_code' in error && error.status_code === 413) {
      const kind = kindOfRequest(req);
      const message = kind ? tooLarge(kind, null).message : 'The file is too large';
      return { status_code: 413, body: JSON.stringify({ error: { code: MaterialsExceptionCode.FileTooLarge, message } }) };
    }
    if ('status_code' in error) {
      return { status_code: error.status_code, body: JSON.stringify({ error: { code: `TUS_${error.status_code}`, message: error.body.trim() } }) };
    }
    this.logger.error(error.stack ?? error.message);
    return { status_code: 500, body: JSON.stringify({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side; it has been logged' } }) };
  }
}

function principalOf(req: TusRequest): Principal {
  const principal = (req.runtime?.node?.req as AuthenticatedRequest | undefined)?.principal;
  // The controller lets no request through without one; this guards the hooks if that ever changes.
  if (!principal) throw new MaterialsException(MaterialsExceptionCode.UploadNotFound, 'Upload not found');
  return principal;
}

function statusFor(error: DomainException): number {
  if (error instanceof MaterialsException) {
    switch (error.code) {
      case MaterialsExceptionCode.FileTooLarge:
        return 413;
      case MaterialsExceptionCode.FileTypeMismatch:
        return 422;
      default:
        break;
    }
  }
  const status = HTTP_STATUS_BY_CATEGORY[error.category];
  // A processor's refusal of the content (a broken SCORM manifest, a zip bomb) is unprocessable, not a bad request.
  return status === 400 && !(error instanceof MaterialsException) ? 422 : status;
}

function kindOfRequest(req: TusRequest): (typeof MATERIAL_KINDS)[number] | null {
  const url = (req.runtime?.node?.req as IncomingMessage | undefined)?.url ?? '';
  const fromId = uploadIdOwner(url.split('?')[0].split('/').pop() ?? '')?.kind;
  if (isMaterialKind(fromId)) return fromId;
  const header = req.headers.get('upload-metadata') ?? '';
  const encoded = header
    .split(',')
    .map((pair) => pair.trim().split(' '))
    .find(([key]) => key === 'kind')?.[1];
  const kind = encoded ? Buffer.from(encoded, 'base64').toString('utf8') : null;
  return isMaterialKind(kind) ? kind : null;
}
