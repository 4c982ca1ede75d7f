import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { MaterialEntity } from './entities/material.entities';
import { MaterialUploadService } from './upload/material-upload.service';

export interface DemoMaterial {
  path: string;
  fileName: string;
  title: string;
  topic: string;
  description: string;
}

/**
 * Demo mode: a few real files in the partner's library, taken through the same checks as an upload (type
 * sniffing, checksum, storage, audit), shared with trainers. Runs once: nothing happens when the partner's
 * institution already has materials.
 */
@Injectable()
export class MaterialsDemoSeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uploads: MaterialUploadService,
  ) {}

  async seedOnce(partnerEmail: string, materials: readonly DemoMaterial[]): Promise<number> {
    const rows: Array<{ id: string; institution_id: string | null }> = await this.dataSource.query('SELECT id, institution_id FROM users WHERE email = ?', [partnerEmail]);
    const partner = rows[0];
    if (!partner?.institution_id) return 0;
    if (await this.dataSource.getRepository(MaterialEntity).existsBy({ institutionId: partner.institution_id })) return 0;
    const principal: Principal = { userId: partner.id, roles: [Role.PARTNER], sessionId: 'demo-seed' };
    let seeded = 0;
    for (const material of materials) {
      if (!existsSync(material.path)) continue;
      const { materialId } = await this.uploads.accept(
        principal,
        { kind: 'document', fileName: material.fileName, title: material.title, materialId: null, description: material.description, topic: material.topic, licence: 'CC BY 4.0', institutionId: null },
        material.path,
      );
      await this.dataSource.getRepository(MaterialEntity).update({ id: materialId }, { shared: true });
      seeded++;
    }
    return seeded;
  }
}
