import { All, Controller, Req, Res, UseFilters } from '@nestjs/common';
import { Authenticated, AuthenticatedRequest, CurrentPrincipal, Principal } from '@tunas/api/core';
import type { Response } from 'express';
import { MaterialsHttpFilter } from '../materials-http.filter';
import { MaterialsException, MaterialsExceptionCode } from '../materials.exception';
import { TusUploadServer, uploadIdOwner } from './tus-upload.server';

/**
 * Resumable uploads (tus 1.0) at `/uploads`: every request (POST, HEAD, PATCH, DELETE) carries the bearer token,
 * and an upload can only be continued, inspected or cancelled by the person who created it.
 */
@Controller()
@UseFilters(MaterialsHttpFilter)
export class MaterialUploadsController {
  constructor(private readonly tus: TusUploadServer) {}

  @Authenticated()
  @All(['uploads', 'uploads/:id'])
  async upload(@CurrentPrincipal() principal: Principal, @Req() request: AuthenticatedRequest, @Res() response: Response): Promise<void> {
    const id = typeof request.params['id'] === 'string' ? request.params['id'] : null;
    if (id !== null && uploadIdOwner(id)?.userId !== principal.userId) {
      // Someone else's upload id and a malformed one get the same answer.
      throw new MaterialsException(MaterialsExceptionCode.UploadNotFound, 'Upload not found');
    }
    if (id === null && request.method === 'POST' && request.headers['upload-defer-length'] !== undefined) {
      throw new MaterialsException(MaterialsExceptionCode.InvalidUpload, 'Declare the file size (Upload-Length); deferred lengths are not accepted');
    }
    await this.tus.handle(request, response);
  }
}
