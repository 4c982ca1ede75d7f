import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, MaterialProcessors, Principal, StoragePort } from '@tunas/api/core';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { MaterialEntity, MaterialVersionEntity } from '../entities/material.entities';
import { LibraryCaller, MaterialAccessService } from '../material-access.service';
import { MaterialsException, MaterialsExceptionCode } from '../materials.exception';
import { sanitiseFileName, storageSafeName } from './file-name';
import { sniffUpload } from './file-sniffer';
import { assertWithinLimit, UploadRequest } from './upload-request';

export interface StoredVersion {
  materialId: string;
  versionId: string;
}

/**
 * Turns a finished upload into a material version: size, type sniffing and name checks, the checksum computed
 * while the file is copied into storage, the kind's processor (a SCORM package is inspected and extracted), and
 * one transaction that writes the material, the version and the audit entry. Any refusal removes whatever was
 * stored for the version, so a refused file leaves nothing behind.
 */
@Injectable()
export class MaterialUploadService {
  private readonly logger = new Logger(MaterialUploadService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MaterialAccessService,
    private readonly storage: StoragePort,
    private readonly processors: MaterialProcessors,
    private readonly audit: AuditLog,
  ) {}

  /** Checked when an upload is created and again when it finishes (permissions may change in between). */
  async authorise(principal: Principal, request: UploadRequest, size: number | null): Promise<{ caller: LibraryCaller; institutionId: string }> {
    if (size !== null) assertWithinLimit(request.kind, size);
    if (request.materialId) {
      const { caller, material } = await this.access.manageable(principal, request.materialId);
      if (material.archivedAt) throw new MaterialsException(MaterialsExceptionCode.MaterialArchived, `"${material.title}" is archived; restore it before uploading a new version`);
      if (material.kind !== request.kind) {
        throw new MaterialsException(MaterialsExceptionCode.InvalidUpload, `A new version of "${material.title}" must be a ${material.kind} file, not ${request.kind}`);
      }
      return { caller, institutionId: material.institutionId };
    }
    const caller = await this.access.caller(principal);
    if (caller.institutionId && (!request.institutionId || request.institutionId === caller.institutionId || !caller.admin)) {
      return { caller, institutionId: caller.institutionId };
    }
    if (caller.admin && request.institutionId) {
      const rows: unknown[] = await this.dataSource.query('SELECT id FROM institutions WHERE id = ?', [request.institutionId]);
      if (rows.length === 1) return { caller, institutionId: request.institutionId };
    }
    throw new MaterialsException(
      MaterialsExceptionCode.NoInstitution,
      caller.admin ? 'Name the partner institution of a new material (Upload-Metadata "institutionId")' : 'Only staff of a partner institution and admins can upload materials',
    );
  }

  async accept(principal: Principal, request: UploadRequest, stagedPath: string): Promise<StoredVersion> {
    const { size } = await stat(stagedPath);
    const { institutionId } = await this.authorise(principal, request, size);
    const detected = await sniffUpload(stagedPath, request.kind, sanitiseFileName(request.fileName));
    const materialId = request.materialId ?? randomUUID();
    const versionId = randomUUID();
    const folder = `materials/${materialId}/${versionId}`;
    const storageKey = `${folder}/${storageSafeName(detected.fileName)}`;
    try {
      const stored = await this.storage.put(storageKey, createReadStream(stagedPath), detected.contentType);
      const processor = this.processors.for(request.kind);
      const metadata = processor
        ? await processor.process(
            { materialId, versionId, kind: request.kind, fileName: detected.fileName, localPath: stagedPath, size: stored.size, sha256: stored.sha256, derivedPrefix: `${folder}/package/` },
            this.storage,
          )
        : null;
      await this.dataSource.transaction(async (manager) => {
        const now = new Date();
        let material = request.materialId ? await manager.getRepository(MaterialEntity).findOneByOrFail({ id: materialId }) : null;
        if (!material) {
          material = manager.getRepository(MaterialEntity).create({
            id: materialId,
            institutionId,
            kind: request.kind,
            title: request.title ?? titleFrom(detected.fileName),
            description: request.description,
            topic: request.topic,
            licence: request.licence,
            shared: false,
            currentVersionId: null,
            createdById: principal.userId,
            createdAt: now,
            updatedAt: now,
            archivedAt: null,
          });
          await manager.insert(MaterialEntity, material);
        }
        const rows: Array<{ latest: number | string | null }> = await manager.query('SELECT MAX(version) AS latest FROM material_versions WHERE material_id = ?', [materialId]);
        const version = Number(rows[0]?.latest ?? 0) + 1;
        const entry = Object.assign(new MaterialVersionEntity(), {
          id: versionId,
          materialId,
          version,
          fileName: detected.fileName,
          contentType: detected.contentType,
          size: stored.size,
          sha256: stored.sha256,
          storageKey,
          metadata,
          uploadedById: principal.userId,
          createdAt: now,
        });
        await manager.save(entry);
        await manager.update(MaterialEntity, { id: materialId }, { currentVersionId: versionId, updatedAt: now });
        await this.audit.record(manager, {
          actorId: principal.userId,
          action: 'material.uploaded',
          objectType: 'Material',
          objectId: materialId,
          summary: `Uploaded version ${version} of "${material.title}" (${detected.fileName})`,
          details: { versionId, version, kind: request.kind, size: stored.size, sha256: stored.sha256, contentType: detected.contentType },
        });
      });
      return { materialId, versionId };
    } catch (error) {
      await this.storage.deletePrefix(folder).catch((cleanup: unknown) => this.logger.error(`Could not remove ${folder} after a refused upload: ${String(cleanup)}`));
      throw error;
    }
  }
}

function titleFrom(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return (dot > 0 ? fileName.slice(0, dot) : fileName).slice(0, 200);
}
