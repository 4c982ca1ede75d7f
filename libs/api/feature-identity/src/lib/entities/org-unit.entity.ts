import { OrgUnitKind } from '@tunas/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';

/**
 * A node of the organisation tree: an instansi holds unit kerja, which may nest (kecamatan > kelurahan).
 * `path` is the chain of ids from the root ("/root/child/"), so a subtree is one indexed prefix query.
 */
@Entity('org_units')
@Index('UQ_org_units_code', ['code'], { unique: true })
@Index('IDX_org_units_path', ['path'])
export class OrgUnitEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  code!: string | null;

  @Column({ type: 'varchar', length: 16 })
  kind!: OrgUnitKind;

  @Column({ name: 'parent_id', type: 'varchar', length: 36, nullable: true })
  parentId!: string | null;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_org_units_parent' })
  parent?: OrgUnitEntity | null;

  @Column({ type: 'varchar', length: 740 })
  path!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
