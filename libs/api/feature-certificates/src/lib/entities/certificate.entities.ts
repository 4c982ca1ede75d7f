import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { CertificateLayout } from '../templates/certificate-layout';

const FK = { onUpdate: 'NO ACTION' } as const;

/** A layout admins edit without code: for one course, for every course of an institution, or the default (neither). */
@Entity('certificate_templates')
@Index('IDX_certificate_templates_course', ['courseId'])
@Index('IDX_certificate_templates_institution', ['institutionId'])
export class CertificateTemplateEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ name: 'institution_id', type: 'varchar', length: 36, nullable: true }) institutionId!: string | null;
  @ManyToOne('InstitutionEntity', { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'institution_id', foreignKeyConstraintName: 'FK_certificate_templates_institution' })
  institution?: object;
  @Column({ name: 'course_id', type: 'varchar', length: 36, nullable: true }) courseId!: string | null;
  @ManyToOne('CourseEntity', { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_certificate_templates_course' })
  course?: object;
  @Column({ type: 'json' }) layout!: CertificateLayout;
  @Column({ name: 'updated_by_id', type: 'varchar', length: 36 }) updatedById!: string;
  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'FK_certificate_templates_updated_by' })
  updatedBy?: object;
  @Column({ name: 'created_at', type: 'datetime' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt!: Date;
}

/** What a certificate says, copied when it is issued; only revocation changes it afterwards. */
@Entity('certificates')
@Index('UQ_certificates_enrolment', ['enrolmentId'], { unique: true })
@Index('UQ_certificates_serial', ['serial'], { unique: true })
@Index('UQ_certificates_year_number', ['serialYear', 'serialNumber'], { unique: true })
@Index('UQ_certificates_verification_code', ['verificationCode'], { unique: true })
@Index('UQ_certificates_status_index', ['statusIndex'], { unique: true })
@Index('IDX_certificates_user', ['userId', 'issuedAt'])
@Index('IDX_certificates_course', ['courseId'])
export class CertificateEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'enrolment_id', type: 'varchar', length: 36 }) enrolmentId!: string;
  @ManyToOne('EnrolmentEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'FK_certificates_enrolment' })
  enrolment?: object;
  @Column({ name: 'user_id', type: 'varchar', length: 36 }) userId!: string;
  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_certificates_user' })
  user?: object;
  @Column({ name: 'course_id', type: 'varchar', length: 36 }) courseId!: string;
  @ManyToOne('CourseEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_certificates_course' })
  course?: object;
  @Column({ type: 'varchar', length: 40 }) serial!: string;
  @Column({ name: 'serial_year', type: 'integer' }) serialYear!: number;
  @Column({ name: 'serial_number', type: 'integer' }) serialNumber!: number;
  @Column({ name: 'verification_code', type: 'varchar', length: 64 }) verificationCode!: string;
  @Column({ name: 'status_index', type: 'integer' }) statusIndex!: number;
  @Column({ name: 'learner_name', type: 'varchar', length: 200 }) learnerName!: string;
  @Column({ name: 'learner_nip', type: 'varchar', length: 30, nullable: true }) learnerNip!: string | null;
  @Column({ name: 'course_title', type: 'varchar', length: 200 }) courseTitle!: string;
  @Column({ name: 'jp_hours', type: 'integer' }) jpHours!: number;
  @Column({ name: 'competency_type', type: 'varchar', length: 20 }) competencyType!: string;
  @Column({ name: 'final_score', type: 'double', nullable: true }) finalScore!: number | null;
  @Column({ name: 'completed_at', type: 'datetime' }) completedAt!: Date;
  @Column({ name: 'issued_at', type: 'datetime' }) issuedAt!: Date;
  @Column({ name: 'template_id', type: 'varchar', length: 36, nullable: true }) templateId!: string | null;
  @ManyToOne('CertificateTemplateEntity', { onDelete: 'SET NULL', ...FK })
  @JoinColumn({ name: 'template_id', foreignKeyConstraintName: 'FK_certificates_template' })
  template?: object;
  @Column({ type: 'json' }) layout!: CertificateLayout;
  /** The signed Open Badges credential, made on first download and kept (signing is not part of issuance). */
  @Column({ type: 'text', nullable: true }) credential!: string | null;
  @Column({ name: 'revoked_at', type: 'datetime', nullable: true }) revokedAt!: Date | null;
  @Column({ name: 'revoked_by_id', type: 'varchar', length: 36, nullable: true }) revokedById!: string | null;
  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'revoked_by_id', foreignKeyConstraintName: 'FK_certificates_revoked_by' })
  revokedBy?: object;
  @Column({ name: 'revocation_reason', type: 'varchar', length: 500, nullable: true }) revocationReason!: string | null;
}

/** Named counters taken under a row lock: serial numbers per year, positions in the status list. */
@Entity('certificate_counters')
export class CertificateCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) name!: string;
  @Column({ type: 'integer' }) value!: number;
}

/** Every public key the platform has signed credentials with; a retired key still verifies what it signed. */
@Entity('certificate_issuer_keys')
@Index('UQ_certificate_issuer_keys_public_key', ['publicKeyMultibase'], { unique: true })
export class IssuerKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 }) id!: string;
  @Column({ name: 'public_key_multibase', type: 'varchar', length: 100 }) publicKeyMultibase!: string;
  @Column({ name: 'created_at', type: 'datetime' }) createdAt!: Date;
  @Column({ name: 'retired_at', type: 'datetime', nullable: true }) retiredAt!: Date | null;
}

export const CERTIFICATE_ENTITIES = [CertificateTemplateEntity, CertificateEntity, CertificateCounterEntity, IssuerKeyEntity];
