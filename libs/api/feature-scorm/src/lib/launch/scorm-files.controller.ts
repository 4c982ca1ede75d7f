import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { assertStorageKey, MaterialPort, Public, SignedUrls, StorageNotFoundError, StoragePort } from '@tunas/api/core';
import type { Request, Response } from 'express';
import { scormPackageMetadataSchema } from '@tunas/shared/contracts';
import { contentTypeOf } from './content-types';

/**
 * The package runs its own inline scripts (authoring tools write them) and may only be framed by Tunas. SCORM
 * content runs same-origin with the portal, as in Moodle, so that it can find the runtime API in its parent
 * window; that is why only partner staff and admins may upload packages.
 */
const PACKAGE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * `GET /scorm/:token/*path`: a file of a SCORM package, for the frame the player opens. The frame cannot send the
 * bearer token, so `scormLaunch` mints a signed token for the learner and the package version; this route only
 * verifies it and keeps the path inside the package. Anything else is a 404.
 */
@Controller('scorm')
export class ScormFilesController {
  private readonly logger = new Logger(ScormFilesController.name);

  constructor(
    private readonly signedUrls: SignedUrls,
    private readonly storage: StoragePort,
    private readonly moduleRef: ModuleRef,
  ) {}

  @Public()
  @Get(':token/*path')
  async file(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const grant = this.signedUrls.verify('scorm', token);
    const relative = grant ? packagePath(request.path, token) : null;
    if (!grant || !relative) return notFound(response);
    const version = await this.moduleRef.get(MaterialPort, { strict: false }).versionById(grant.object);
    const metadata = scormPackageMetadataSchema.safeParse(version?.metadata);
    if (!version || version.kind !== 'scorm' || !metadata.success) return notFound(response);
    const key = `${metadata.data.packagePrefix}${relative}`;
    const stored = await this.storage.stat(key);
    if (!stored) return notFound(response);
    let body;
    try {
      body = await this.storage.get(key);
    } catch (error) {
      if (error instanceof StorageNotFoundError) return notFound(response);
      throw error;
    }
    response.status(200);
    response.setHeader('Content-Type', contentTypeOf(relative));
    response.setHeader('Content-Length', String(stored.size));
    response.setHeader('Content-Security-Policy', PACKAGE_CSP);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, max-age=3600');
    body.on('error', (error) => {
      this.logger.warn(`SCORM file ${key} stopped streaming: ${String(error)}`);
      response.destroy(error);
    });
    body.pipe(response);
  }
}

/**
 * The package-relative path of the request, decoded segment by segment, or null when it is empty or would leave
 * the package (`..`, `.`, empty segments, encoded slashes) or is no valid storage key.
 */
export function packagePath(requestPath: string, token: string): string | null {
  const prefix = `/scorm/${token}/`;
  if (!requestPath.startsWith(prefix)) return null;
  let segments: string[];
  try {
    segments = requestPath.slice(prefix.length).split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
  if (!segments.length || segments.some((segment) => !segment || segment === '.' || segment === '..' || /[\\/\0]/.test(segment))) return null;
  const relative = segments.join('/');
  try {
    assertStorageKey(relative);
  } catch {
    return null;
  }
  return relative;
}

function notFound(response: Response): void {
  response.status(404).type('text/plain').send('Not found');
}
