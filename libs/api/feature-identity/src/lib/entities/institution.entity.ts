import { InstitutionKind } from '@tunas/shared/contracts';
import { Column, Entity, Index, PrimaryColumn, VersionColumn } from 'typeorm';

/** A partner institution (usually a university) whose staff upload materials and co-author courses. */
@Entity('institutions')
@Index('UQ_institutions_name', ['name'], { unique: true })
export class InstitutionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'short_name', type: 'varchar', length: 50, nullable: true })
  shortName!: string | null;

  @Column({ type: 'varchar', length: 20 })
  kind!: InstitutionKind;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
