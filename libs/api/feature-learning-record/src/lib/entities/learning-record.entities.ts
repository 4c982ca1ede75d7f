import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { CompetencyType, ExternalLearningStatus, LearningRecordSource, LearningRoute } from '../learning-record.types';

const FK = { onUpdate: 'NO ACTION' } as const;

/** Learning done outside Tunas, claimed by the learner with evidence, until (and after) a supervisor decides. */
@Entity('external_learning_claims')
@Index('IDX_external_learning_claims_user', ['userId', 'endedOn'])
@Index('IDX_external_learning_claims_status', ['status', 'submittedAt'])
export class ExternalLearningClaimEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'user_id', type: 'varchar', length: 36 }) userId!: string;
  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_external_learning_claims_user' })
  user?: object;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 200 }) provider!: string;
  @Column({ name: 'started_on', type: 'datetime' }) startedOn!: Date;
  @Column({ name: 'ended_on', type: 'datetime' }) endedOn!: Date;
  @Column({ name: 'jp_hours', type: 'integer' }) jpHours!: number;
  @Column({ name: 'competency_type', type: 'varchar', length: 20 }) competencyType!: CompetencyType;
  @Column({ type: 'varchar', length: 20 }) route!: LearningRoute;
  @Column({ name: 'evidence_file_name', type: 'varchar', length: 200 }) evidenceFileName!: string;
  @Column({ name: 'evidence_media_type', type: 'varchar', length: 40 }) evidenceMediaType!: string;
  @Column({ name: 'evidence_size', type: 'integer' }) evidenceSize!: number;
  @Column({ name: 'evidence_sha256', type: 'varchar', length: 64 }) evidenceSha256!: string;
  @Column({ type: 'varchar', length: 10 }) status!: ExternalLearningStatus;
  @Column({ name: 'submitted_at', type: 'datetime' }) submittedAt!: Date;
  @Column({ name: 'reviewed_by_id', type: 'varchar', length: 36, nullable: true }) reviewedById!: string | null;
  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'reviewed_by_id', foreignKeyConstraintName: 'FK_external_learning_claims_reviewed_by' })
  reviewedBy?: object;
  @Column({ name: 'reviewed_at', type: 'datetime', nullable: true }) reviewedAt!: Date | null;
  @Column({ name: 'review_comment', type: 'varchar', length: 1000, nullable: true }) reviewComment!: string | null;
}

/** One entry that counts toward a learner's JP: a course completion, or an approved external claim. */
@Entity('learning_records')
@Index('UQ_learning_records_enrolment', ['enrolmentId'], { unique: true })
@Index('UQ_learning_records_claim', ['claimId'], { unique: true })
@Index('IDX_learning_records_user_year', ['userId', 'year'])
@Index('IDX_learning_records_year', ['year', 'competencyType'])
export class LearningRecordEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'user_id', type: 'varchar', length: 36 }) userId!: string;
  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_learning_records_user' })
  user?: object;
  @Column({ type: 'varchar', length: 10 }) source!: LearningRecordSource;
  @Column({ name: 'enrolment_id', type: 'varchar', length: 36, nullable: true }) enrolmentId!: string | null;
  @ManyToOne('EnrolmentEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'FK_learning_records_enrolment' })
  enrolment?: object;
  @Column({ name: 'course_id', type: 'varchar', length: 36, nullable: true }) courseId!: string | null;
  @ManyToOne('CourseEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_learning_records_course' })
  course?: object;
  @Column({ name: 'certificate_id', type: 'varchar', length: 36, nullable: true }) certificateId!: string | null;
  @ManyToOne('CertificateEntity', { onDelete: 'SET NULL', ...FK })
  @JoinColumn({ name: 'certificate_id', foreignKeyConstraintName: 'FK_learning_records_certificate' })
  certificate?: object;
  @Column({ name: 'claim_id', type: 'varchar', length: 36, nullable: true }) claimId!: string | null;
  @ManyToOne(() => ExternalLearningClaimEntity, { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'claim_id', foreignKeyConstraintName: 'FK_learning_records_claim' })
  claim?: ExternalLearningClaimEntity;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ name: 'jp_hours', type: 'integer' }) jpHours!: number;
  @Column({ name: 'competency_type', type: 'varchar', length: 20 }) competencyType!: CompetencyType;
  @Column({ type: 'varchar', length: 20 }) route!: LearningRoute;
  @Column({ type: 'varchar', length: 200 }) provider!: string;
  @Column({ name: 'started_at', type: 'datetime' }) startedAt!: Date;
  @Column({ name: 'ended_at', type: 'datetime' }) endedAt!: Date;
  /** The UTC year of `ended_at`: the year whose target the entry counts toward. */
  @Column({ type: 'integer' }) year!: number;
  @Column({ type: 'double', nullable: true }) score!: number | null;
  @Column({ name: 'recorded_at', type: 'datetime' }) recordedAt!: Date;
}

/** The yearly JP target of one ASN type, set by admins; a type without a row has the default. */
@Entity('jp_targets')
export class JpTargetEntity {
  @PrimaryColumn({ name: 'asn_type', type: 'varchar', length: 8 }) asnType!: string;
  @Column({ name: 'jp_hours', type: 'integer' }) jpHours!: number;
  @Column({ name: 'updated_by_id', type: 'varchar', length: 36 }) updatedById!: string;
  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'FK_jp_targets_updated_by' })
  updatedBy?: object;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt!: Date;
}

export const LEARNING_RECORD_ENTITIES = [ExternalLearningClaimEntity, LearningRecordEntity, JpTargetEntity];
