import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MaterialVersionEntity } from '../entities/material.entities';
import { versionNotFound } from '../materials.exception';

/** The version a verified download token names (access was checked when the token was minted). */
@Injectable()
export class MaterialFileAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async version(versionId: string): Promise<MaterialVersionEntity> {
    const version = await this.dataSource.getRepository(MaterialVersionEntity).findOneBy({ id: versionId });
    if (!version) throw versionNotFound();
    return version;
  }
}
