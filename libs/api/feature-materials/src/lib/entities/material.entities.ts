import type { MaterialKind } from '@tunas/api/core';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

const FK = { onUpdate: 'NO ACTION' } as const;

/** One item of an institution's library; its file is its current version. */
@Entity('materials')
@Index('IDX_materials_institution', ['institutionId', 'updatedAt'])
@Index('IDX_materials_shared', ['shared', 'updatedAt'])
@Index('IDX_materials_topic', ['topic'])
export class MaterialEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'institution_id', type: 'varchar', length: 36 }) institutionId!: string;
  @ManyToOne('InstitutionEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'FK_materials_institution' })
  institution?: object;
  @Column({ type: 'varchar', length: 20 }) kind!: MaterialKind;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 2000, nullable: true }) description!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) topic!: string | null;
  @Column({ type: 'varchar', length: 100, nullable: true }) licence!: string | null;
  /** Usable by trainers of any institution (read and put in courses); partner staff manage it either way. */
  @Column({ type: 'boolean', default: false }) shared!: boolean;
  @Column({ name: 'current_version_id', type: 'varchar', length: 36, nullable: true }) currentVersionId!: string | null;
  @Column({ name: 'created_by_id', type: 'varchar', length: 36 }) createdById!: string;
  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_materials_created_by' })
  createdBy?: object;
  @Column({ name: 'created_at', type: 'datetime' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt!: Date;
  @Column({ name: 'archived_at', type: 'datetime', nullable: true }) archivedAt!: Date | null;
}

/** One uploaded file of a material; never changed once written (a new upload is a new version). */
@Entity('material_versions')
@Index('UQ_material_versions_number', ['materialId', 'version'], { unique: true })
export class MaterialVersionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'material_id', type: 'varchar', length: 36 }) materialId!: string;
  @ManyToOne(() => MaterialEntity, { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'material_id', foreignKeyConstraintName: 'FK_material_versions_material' })
  material?: MaterialEntity;
  @Column({ type: 'integer' }) version!: number;
  @Column({ name: 'file_name', type: 'varchar', length: 255 }) fileName!: string;
  @Column({ name: 'content_type', type: 'varchar', length: 120 }) contentType!: string;
  @Column({ type: 'integer' }) size!: number;
  @Column({ type: 'varchar', length: 64 }) sha256!: string;
  @Column({ name: 'storage_key', type: 'varchar', length: 1024 }) storageKey!: string;
  @Column({ type: 'json', nullable: true }) metadata!: Record<string, unknown> | null;
  @Column({ name: 'uploaded_by_id', type: 'varchar', length: 36 }) uploadedById!: string;
  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'uploaded_by_id', foreignKeyConstraintName: 'FK_material_versions_uploaded_by' })
  uploadedBy?: object;
  @Column({ name: 'created_at', type: 'datetime' }) createdAt!: Date;
}

export const MATERIAL_ENTITIES = [MaterialEntity, MaterialVersionEntity];
