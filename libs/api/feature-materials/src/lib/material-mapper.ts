import { MaterialDTO, MaterialKindEnum, MaterialVersionDTO } from './dto/material.dto';
import { MaterialEntity, MaterialVersionEntity } from './entities/material.entities';

export function toMaterialDTO(material: MaterialEntity): MaterialDTO {
  return {
    id: material.id,
    institutionId: material.institutionId,
    kind: material.kind.toUpperCase() as MaterialKindEnum,
    title: material.title,
    description: material.description,
    topic: material.topic,
    licence: material.licence,
    shared: material.shared,
    archived: !!material.archivedAt,
    createdAt: material.createdAt,
    updatedAt: material.updatedAt,
    currentVersionId: material.currentVersionId,
  };
}

export function toVersionDTO(version: MaterialVersionEntity): MaterialVersionDTO {
  return {
    id: version.id,
    version: version.version,
    fileName: version.fileName,
    contentType: version.contentType,
    size: version.size,
    sha256: version.sha256,
    createdAt: version.createdAt,
    metadata: version.metadata,
    uploadedById: version.uploadedById,
    materialId: version.materialId,
  };
}
