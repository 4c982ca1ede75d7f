import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@tunas/api/core';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LearningRecordException, LearningRecordExceptionCode } from '../learning-record.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Evidence files under DATA_DIR/evidence/<claim id>. Written to a temporary name and renamed, so a file is either
 * whole or absent; the SHA-256 kept on the claim is checked on every read.
 */
@Injectable()
export class EvidenceStore {
  private readonly folder: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.folder = join(config.dataDir, 'evidence');
  }

  static checksum(bytes: Buffer): string {
    return createHash('sha256').update(bytes).digest('hex');
  }

  async write(claimId: string, bytes: Buffer): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const temporary = join(this.folder, `.${randomUUID()}.part`);
    await writeFile(temporary, bytes, { flag: 'wx', mode: 0o600 });
    await rename(temporary, this.pathOf(claimId));
  }

  async remove(claimId: string): Promise<void> {
    await rm(this.pathOf(claimId), { force: true });
  }

  async read(claimId: string, sha256: string): Promise<Buffer> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.pathOf(claimId));
    } catch {
      throw new LearningRecordException(LearningRecordExceptionCode.EvidenceUnavailable, 'The evidence file is missing from storage');
    }
    if (EvidenceStore.checksum(bytes) !== sha256) {
      throw new LearningRecordException(LearningRecordExceptionCode.EvidenceUnavailable, 'The evidence file does not match its checksum');
    }
    return bytes;
  }

  private pathOf(claimId: string): string {
    if (!UUID.test(claimId)) throw new LearningRecordException(LearningRecordExceptionCode.EvidenceUnavailable, 'Not an evidence id');
    return join(this.folder, claimId);
  }
}
