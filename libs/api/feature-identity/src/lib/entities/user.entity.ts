import { AsnType } from '@tunas/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, VersionColumn } from 'typeorm';
import { InstitutionEntity } from './institution.entity';
import { OrgUnitEntity } from './org-unit.entity';
import { UserRoleEntity } from './user-role.entity';

@Entity('users')
@Index('UQ_users_nip', ['nip'], { unique: true })
@Index('UQ_users_email', ['email'], { unique: true })
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** 18 digits; null for partner staff who are not ASN. */
  @Column({ type: 'varchar', length: 18, nullable: true })
  nip!: string | null;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Stored lower-case so uniqueness ignores case. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'asn_type', type: 'varchar', length: 8, nullable: true })
  asnType!: AsnType | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  position!: string | null;

  @Column({ name: 'org_unit_id', type: 'varchar', length: 36, nullable: true })
  orgUnitId!: string | null;

  @ManyToOne(() => OrgUnitEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'org_unit_id', foreignKeyConstraintName: 'FK_users_org_unit' })
  orgUnit?: OrgUnitEntity | null;

  @Column({ name: 'supervisor_id', type: 'varchar', length: 36, nullable: true })
  supervisorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'supervisor_id', foreignKeyConstraintName: 'FK_users_supervisor' })
  supervisor?: UserEntity | null;

  @Column({ name: 'institution_id', type: 'varchar', length: 36, nullable: true })
  institutionId!: string | null;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'FK_users_institution' })
  institution?: InstitutionEntity | null;

  /** argon2id PHC string; null until the person activates the account. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @OneToMany(() => UserRoleEntity, (role) => role.user, { cascade: true })
  roles!: UserRoleEntity[];

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
