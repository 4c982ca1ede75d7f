import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MaterialPort, MaterialVersionRef, Principal } from '@tunas/api/core';
import { DataSource } from 'typeorm';
import { MaterialEntity, MaterialVersionEntity } from './entities/material.entities';
import { MaterialAccessService } from './material-access.service';
import { MaterialsException, MaterialsExceptionCode } from './materials.exception';

/** The library as other features see it (`MaterialPort`): the SCORM feature and the course activity guards. */
@Injectable()
export class MaterialPortService extends MaterialPort {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MaterialAccessService,
  ) {
    super();
  }

  async usableVersion(principal: Principal, versionId: string): Promise<MaterialVersionRef> {
    const found = await this.load(versionId);
    const caller = await this.access.caller(principal);
    if (!found || !this.access.mayRead(caller, found.material)) {
      throw new MaterialsException(MaterialsExceptionCode.NotUsable, 'The material version does not exist or is not available to you');
    }
    if (found.material.archivedAt) throw new MaterialsException(MaterialsExceptionCode.NotUsable, `"${found.material.title}" is archived and cannot be added to a course`);
    return toRef(found.material, found.version);
  }

  async versionById(versionId: string): Promise<MaterialVersionRef | null> {
    const found = await this.load(versionId);
    return found ? toRef(found.material, found.version) : null;
  }

  private async load(versionId: string): Promise<{ material: MaterialEntity; version: MaterialVersionEntity } | null> {
    const version = await this.dataSource.getRepository(MaterialVersionEntity).findOne({ where: { id: versionId }, relations: { material: true } });
    return version?.material ? { material: version.material, version } : null;
  }
}

function toRef(material: MaterialEntity, version: MaterialVersionEntity): MaterialVersionRef {
  return {
    materialId: material.id,
    versionId: version.id,
    version: version.version,
    institutionId: material.institutionId,
    kind: material.kind,
    title: material.title,
    fileName: version.fileName,
    contentType: version.contentType,
    size: version.size,
    sha256: version.sha256,
    storageKey: version.storageKey,
    metadata: version.metadata,
  };
}
