import { Injectable, OnModuleInit } from '@nestjs/common';
import { AcceptedUpload, MaterialProcessor, MaterialProcessors, StoragePort } from '@tunas/api/core';
import { importScormPackage, ScormPackageError } from '@tunas/api/scorm-package';
import type { Readable } from 'node:stream';
import { contentTypeOf } from '../launch/content-types';
import { ScormException, ScormExceptionCode } from '../scorm.exception';
import type { ScormPackageMetadata } from '@tunas/shared/contracts';

/**
 * Imports an accepted SCORM zip: the archive is checked and its manifest parsed before anything is extracted, then
 * every file is stored under the version's derived prefix, from where `GET /scorm/:token/*path` serves it. The
 * summary becomes the version's metadata (what the activity editor offers and the content guard checks).
 *
 * SCORM content runs same-origin with the portal (as in Moodle), so its scripts can reach the runtime API in the
 * parent window: only partner staff and admins may upload packages, which the materials library enforces.
 */
@Injectable()
export class ScormPackageProcessor extends MaterialProcessor implements OnModuleInit {
  readonly kind = 'scorm' as const;

  constructor(private readonly processors: MaterialProcessors) {
    super();
  }

  onModuleInit(): void {
    this.processors.register(this);
  }

  async process(upload: AcceptedUpload, storage: StoragePort): Promise<Record<string, unknown>> {
    try {
      const summary = await importScormPackage(upload.localPath, async (relativePath, data) => {
        await storage.put(`${upload.derivedPrefix}${relativePath}`, data as Readable, contentTypeOf(relativePath));
      });
      const metadata: ScormPackageMetadata & Record<string, unknown> = {
        version: summary.version,
        title: summary.title,
        packagePrefix: upload.derivedPrefix,
        launchables: summary.launchables.map((launchable) => ({ itemIdentifier: launchable.itemIdentifier, title: launchable.title, launch: launchable.launch, scormType: launchable.scormType })),
        fileCount: summary.fileCount,
        totalBytes: summary.totalBytes,
        schemaVersion: summary.manifest.schemaVersion,
        warnings: summary.manifest.warnings.slice(0, 50),
      };
      return metadata;
    } catch (error) {
      if (error instanceof ScormPackageError) {
        throw new ScormException(ScormExceptionCode.PackageRefused, `The SCORM package is refused: ${error.message}`, [{ field: 'file', rule: error.code, message: error.message }]);
      }
      throw error;
    }
  }
}
