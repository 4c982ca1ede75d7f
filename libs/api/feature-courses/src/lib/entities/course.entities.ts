import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import type { CourseStructure } from '../versions/course-structure';

export type CourseStatus = 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
export type CompetencyType = 'TEKNIS' | 'MANAJERIAL' | 'SOSIAL_KULTURAL';
export type CourseLevel = 'DASAR' | 'MENENGAH' | 'LANJUT';
export type EnrolmentSource = 'SELF' | 'ADMIN' | 'SUPERVISOR' | 'CSV';
export type EnrolmentStatus = 'ACTIVE' | 'COMPLETED';

const FK = { onUpdate: 'NO ACTION' } as const;

@Entity('topics')
@Index('UQ_topics_code', ['code'], { unique: true })
export class TopicEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 40 }) code!: string;
  @Column({ type: 'varchar', length: 100 }) name!: string;
  @Column({ name: 'created_at', type: 'datetime' }) createdAt!: Date;
}

/** A course: the catalogue entry, its editable draft (modules, activities) and a pointer to the published version. */
@Entity('courses')
@Index('IDX_courses_status_topic', ['status', 'topicId'])
export class CourseEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 2000 }) summary!: string;
  @Column({ name: 'cover_image_url', type: 'varchar', length: 500, nullable: true }) coverImageUrl!: string | null;
  @Column({ name: 'topic_id', type: 'varchar', length: 36 }) topicId!: string;
  @ManyToOne(() => TopicEntity, { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'topic_id', foreignKeyConstraintName: 'FK_courses_topic' })
  topic?: TopicEntity;
  @Column({ name: 'competency_type', type: 'varchar', length: 20 }) competencyType!: CompetencyType;
  @Column({ name: 'jp_hours', type: 'integer' }) jpHours!: number;
  @Column({ type: 'varchar', length: 10 }) level!: CourseLevel;
  @Column({ type: 'varchar', length: 5 }) language!: string;
  @Column({ name: 'owner_institution_id', type: 'varchar', length: 36, nullable: true }) ownerInstitutionId!: string | null;
  @ManyToOne('InstitutionEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'owner_institution_id', foreignKeyConstraintName: 'FK_courses_owner_institution' })
  ownerInstitution?: object;
  @Column({ name: 'created_by_id', type: 'varchar', length: 36 }) createdById!: string;
  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_courses_created_by' })
  createdBy?: object;
  @Column({ type: 'varchar', length: 12 }) status!: CourseStatus;
  @Column({ name: 'published_version_id', type: 'varchar', length: 36, nullable: true }) publishedVersionId!: string | null;
  @Column({ name: 'published_at', type: 'datetime', nullable: true }) publishedAt!: Date | null;
  @Column({ name: 'enrolment_closes_at', type: 'datetime', nullable: true }) enrolmentClosesAt!: Date | null;
  @Column({ name: 'created_at', type: 'datetime' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}

@Entity('course_trainers')
@Index('IDX_course_trainers_user', ['userId'])
export class CourseTrainerEntity {
  @PrimaryColumn({ name: 'course_id', type: 'varchar', length: 36 }) courseId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 }) userId!: string;
  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_course_trainers_course' })
  course?: CourseEntity;
  @ManyToOne('UserEntity', { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_course_trainers_user' })
  user?: object;
}

@Entity('course_modules')
@Index('IDX_course_modules_course', ['courseId', 'position'])
export class CourseModuleEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'course_id', type: 'varchar', length: 36 }) courseId!: string;
  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_course_modules_course' })
  course?: CourseEntity;
  @Column({ type: 'integer' }) position!: number;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 2000 }) summary!: string;
  /** The module opens only when the previous module's required activities are done. */
  @Column({ name: 'requires_previous', type: 'boolean', default: false }) requiresPrevious!: boolean;
  @Column({ name: 'created_at', type: 'datetime' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt!: Date;
}

@Entity('course_activities')
@Index('IDX_course_activities_module', ['moduleId', 'position'])
@Index('IDX_course_activities_course', ['courseId'])
export class CourseActivityEntity {
  /** Stable across versions: progress recorded against it survives a republish. */
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'module_id', type: 'varchar', length: 36 }) moduleId!: string;
  @ManyToOne(() => CourseModuleEntity, { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'FK_course_activities_module' })
  module?: CourseModuleEntity;
  @Column({ name: 'course_id', type: 'varchar', length: 36 }) courseId!: string;
  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_course_activities_course' })
  course?: CourseEntity;
  @Column({ type: 'integer' }) position!: number;
  /** The activity plugin's id. */
  @Column({ type: 'varchar', length: 40 }) type!: string;
  @Column({ name: 'schema_version', type: 'integer' }) schemaVersion!: number;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'json' }) content!: object;
  @Column({ type: 'boolean', default: true }) required!: boolean;
  @Column({ name: 'created_at', type: 'datetime' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt!: Date;
}

/** An immutable snapshot of a course's structure, made when it is published. Never updated. */
@Entity('course_versions')
@Index('UQ_course_versions_number', ['courseId', 'number'], { unique: true })
export class CourseVersionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'course_id', type: 'varchar', length: 36 }) courseId!: string;
  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_course_versions_course' })
  course?: CourseEntity;
  @Column({ type: 'integer' }) number!: number;
  @Column({ type: 'json' }) structure!: CourseStructure;
  @Column({ name: 'published_at', type: 'datetime' }) publishedAt!: Date;
  @Column({ name: 'published_by_id', type: 'varchar', length: 36 }) publishedById!: string;
  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'published_by_id', foreignKeyConstraintName: 'FK_course_versions_published_by' })
  publishedBy?: object;
}

@Entity('enrolments')
@Index('UQ_enrolments_course_user', ['courseId', 'userId'], { unique: true })
@Index('IDX_enrolments_user', ['userId', 'status'])
export class EnrolmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'course_id', type: 'varchar', length: 36 }) courseId!: string;
  @ManyToOne(() => CourseEntity, { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_enrolments_course' })
  course?: CourseEntity;
  @Column({ name: 'user_id', type: 'varchar', length: 36 }) userId!: string;
  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_enrolments_user' })
  user?: object;
  /** The version this learner studies; moved forward only when a republish is safe for them. */
  @Column({ name: 'course_version_id', type: 'varchar', length: 36 }) courseVersionId!: string;
  @ManyToOne(() => CourseVersionEntity, { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'course_version_id', foreignKeyConstraintName: 'FK_enrolments_course_version' })
  courseVersion?: CourseVersionEntity;
  @Column({ type: 'varchar', length: 12 }) source!: EnrolmentSource;
  @Column({ type: 'varchar', length: 12 }) status!: EnrolmentStatus;
  /** Share of required activities completed, 0..1, kept with every progress write. */
  @Column({ type: 'double', default: 0 }) progress!: number;
  @Column({ name: 'last_activity_id', type: 'varchar', length: 36, nullable: true }) lastActivityId!: string | null;
  @Column({ name: 'last_accessed_at', type: 'datetime', nullable: true }) lastAccessedAt!: Date | null;
  @Column({ name: 'enrolled_at', type: 'datetime' }) enrolledAt!: Date;
  @Column({ name: 'completed_at', type: 'datetime', nullable: true }) completedAt!: Date | null;
  @Column({ name: 'enrolled_by_id', type: 'varchar', length: 36, nullable: true }) enrolledById!: string | null;
  @VersionColumn() version!: number;
}

@Entity('activity_progress')
@Index('UQ_activity_progress_enrolment_activity', ['enrolmentId', 'activityId'], { unique: true })
export class ActivityProgressEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'enrolment_id', type: 'varchar', length: 36 }) enrolmentId!: string;
  @ManyToOne(() => EnrolmentEntity, { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'FK_activity_progress_enrolment' })
  enrolment?: EnrolmentEntity;
  @Column({ name: 'activity_id', type: 'varchar', length: 36 }) activityId!: string;
  @Column({ type: 'json' }) state!: object;
  @Column({ type: 'double', default: 0 }) completion!: number;
  @Column({ name: 'completed_at', type: 'datetime', nullable: true }) completedAt!: Date | null;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt!: Date;
}

/**
 * The learning event log, shaped as xAPI statements (actor, verb, object, result, context, timestamp).
 * Append-only: written in the same transaction as the state change it describes, never updated.
 */
@Entity('learning_events')
@Index('UQ_learning_events_idempotency', ['idempotencyKey'], { unique: true })
@Index('IDX_learning_events_actor', ['actorId', 'occurredAt'])
export class LearningEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'actor_id', type: 'varchar', length: 36 }) actorId!: string;
  @Column({ type: 'varchar', length: 40 }) verb!: string;
  @Column({ name: 'object_type', type: 'varchar', length: 40 }) objectType!: string;
  @Column({ name: 'object_id', type: 'varchar', length: 36 }) objectId!: string;
  @Column({ name: 'course_id', type: 'varchar', length: 36, nullable: true }) courseId!: string | null;
  @Column({ type: 'json', nullable: true }) result!: object | null;
  @Column({ type: 'json', nullable: true }) context!: object | null;
  @Column({ name: 'idempotency_key', type: 'varchar', length: 100, nullable: true }) idempotencyKey!: string | null;
  @Column({ name: 'occurred_at', type: 'datetime' }) occurredAt!: Date;
}

export const COURSE_ENTITIES = [TopicEntity, CourseEntity, CourseTrainerEntity, CourseModuleEntity, CourseActivityEntity, CourseVersionEntity, EnrolmentEntity, ActivityProgressEntity, LearningEventEntity];
