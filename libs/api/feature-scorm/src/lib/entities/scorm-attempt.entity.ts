import type { ScormCompletionStatus, ScormSuccessStatus } from '@tunas/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

const FK = { onUpdate: 'NO ACTION' } as const;

/**
 * One learner's attempt at a SCORM activity: the runtime data (CMI) the package last committed, and what the
 * server derived from it. A launch continues the newest attempt (resume) unless the learner asks for a new one.
 */
@Entity('scorm_attempts')
@Index('UQ_scorm_attempts_number', ['userId', 'activityId', 'attemptNumber'], { unique: true })
@Index('IDX_scorm_attempts_course', ['courseId'])
export class ScormAttemptEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'user_id', type: 'varchar', length: 36 }) userId!: string;
  @ManyToOne('UserEntity', { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_scorm_attempts_user' })
  user?: object;
  @Column({ name: 'course_id', type: 'varchar', length: 36 }) courseId!: string;
  @ManyToOne('CourseEntity', { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_scorm_attempts_course' })
  course?: object;
  @Column({ name: 'activity_id', type: 'varchar', length: 36 }) activityId!: string;
  /** The library version the attempt plays; a course edit that swaps the package starts fresh attempts. */
  @Column({ name: 'material_version_id', type: 'varchar', length: 36 }) materialVersionId!: string;
  @Column({ name: 'scorm_version', type: 'varchar', length: 8 }) scormVersion!: '1.2' | '2004';
  @Column({ name: 'attempt_number', type: 'integer' }) attemptNumber!: number;
  /** The committed runtime data (`{ cmi: … }`), bounded by the commit validation; null before the first commit. */
  @Column({ type: 'json', nullable: true }) cmi!: object | null;
  @Column({ name: 'completion_status', type: 'varchar', length: 16 }) completionStatus!: ScormCompletionStatus;
  @Column({ name: 'success_status', type: 'varchar', length: 16 }) successStatus!: ScormSuccessStatus;
  @Column({ name: 'score_scaled', type: 'double', nullable: true }) scoreScaled!: number | null;
  @Column({ name: 'score_raw', type: 'double', nullable: true }) scoreRaw!: number | null;
  @Column({ type: 'varchar', length: 1000, nullable: true }) location!: string | null;
  @Column({ name: 'total_time_seconds', type: 'double', default: 0 }) totalTimeSeconds!: number;
  @Column({ name: 'session_count', type: 'integer', default: 0 }) sessionCount!: number;
  /** The player's counter: a commit with a number not above it is ignored, so a late retry never overwrites newer data. */
  @Column({ name: 'commit_sequence', type: 'integer', default: 0 }) commitSequence!: number;
  /** Set when the package called Terminate/LMSFinish; a new launch of the attempt clears it. */
  @Column({ name: 'terminated_at', type: 'datetime', nullable: true }) terminatedAt!: Date | null;
  @Column({ name: 'created_at', type: 'datetime' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt!: Date;
}

export const SCORM_ENTITIES = [ScormAttemptEntity];
