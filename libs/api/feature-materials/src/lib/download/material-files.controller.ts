import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { Public, SignedUrls, StoragePort } from '@tunas/api/core';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { MaterialsHttpFilter } from '../materials-http.filter';
import { versionNotFound } from '../materials.exception';
import { MaterialFileAccess } from './material-file-access.service';
import { parseByteRange } from './byte-range';

/** Types a browser may show in a tab or a player; everything else is offered as a download. */
const INLINE = /^(application\/pdf|image\/(png|jpeg|gif|webp)|video\/|audio\/)/;

/**
 * Downloads of library files at `/materials/file/:token[/:fileName]`. The token is a short-lived signed URL that
 * `MaterialVersion.downloadUrl` minted after checking the reader's access, so a `<video src>` or a link works
 * without the bearer token. Serves single byte ranges (206) so video and audio can seek.
 */
@Controller('materials/file')
@UseFilters(MaterialsHttpFilter)
export class MaterialFilesController {
  constructor(
    private readonly signedUrls: SignedUrls,
    private readonly files: MaterialFileAccess,
    private readonly storage: StoragePort,
  ) {}

  @Public()
  @Get(':token')
  download(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.serve(token, request, response);
  }

  @Public()
  @Get(':token/:fileName')
  downloadNamed(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    return this.serve(token, request, response);
  }

  private async serve(token: string, request: Request, response: Response): Promise<void> {
    const grant = this.signedUrls.verify(MATERIAL_URL_PURPOSE, token);
    if (!grant) throw versionNotFound();
    const version = await this.files.version(grant.object);
    const range = parseByteRange(request.headers.range, version.size);
    response.setHeader('Accept-Ranges', 'bytes');
    response.setHeader('Content-Type', version.contentType);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, max-age=600');
    response.setHeader('ETag', `"${version.sha256}"`);
    response.setHeader('Content-Disposition', contentDisposition(INLINE.test(version.contentType) ? 'inline' : 'attachment', version.fileName));
    if (range === 'unsatisfiable') {
      response.setHeader('Content-Range', `bytes */${version.size}`);
      response.status(416).end();
      return;
    }
    if (range) {
      response.status(206);
      response.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${version.size}`);
      response.setHeader('Content-Length', String(range.end - range.start + 1));
    } else {
      response.status(200);
      response.setHeader('Content-Length', String(version.size));
    }
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const body = await this.storage.get(version.storageKey, range ?? undefined);
    await pipeline(body, response).catch(() => undefined); // the reader went away (a seek, a closed tab)
  }
}

export const MATERIAL_URL_PURPOSE = 'material';

/** `inline; filename="ascii"; filename*=UTF-8''encoded` (RFC 6266), with quotes and controls out of the ASCII form. */
export function contentDisposition(type: 'inline' | 'attachment', fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_') || 'berkas';
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
