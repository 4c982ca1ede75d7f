import type { QuizSettings } from '@tunas/shared/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { QuestionEntity, QuestionVersionEntity } from './question-bank.entities';

const FK = { onUpdate: 'NO ACTION' } as const;

/** IN_PROGRESS while the learner answers; NEEDS_GRADING after submission while an essay waits; GRADED once every slot has a grade. */
export type AttemptStatus = 'IN_PROGRESS' | 'NEEDS_GRADING' | 'GRADED';

@Entity('quiz_attempts')
@Index('UQ_quiz_attempts_open', ['userId', 'activityId', 'openMarker'], { unique: true })
@Index('UQ_quiz_attempts_number', ['userId', 'activityId', 'number'], { unique: true })
@Index('IDX_quiz_attempts_activity', ['activityId', 'status'])
@Index('IDX_quiz_attempts_deadline', ['status', 'deadlineAt'])
export class QuizAttemptEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'course_id', type: 'varchar', length: 36 }) courseId!: string;
  @ManyToOne('CourseEntity', { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_quiz_attempts_course' })
  course?: object;
  @Column({ name: 'activity_id', type: 'varchar', length: 36 }) activityId!: string;
  @Column({ name: 'enrolment_id', type: 'varchar', length: 36 }) enrolmentId!: string;
  @ManyToOne('EnrolmentEntity', { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'enrolment_id', foreignKeyConstraintName: 'FK_quiz_attempts_enrolment' })
  enrolment?: object;
  @Column({ name: 'user_id', type: 'varchar', length: 36 }) userId!: string;
  @ManyToOne('UserEntity', { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_quiz_attempts_user' })
  user?: object;
  /** The quiz activity's title when the attempt started (kept, so pages need not load the course). */
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'integer' }) number!: number;
  @Column({ type: 'varchar', length: 16 }) status!: AttemptStatus;
  /** 1 while in progress, null after: the unique index allows one open attempt per learner and quiz. */
  @Column({ name: 'open_marker', type: 'integer', nullable: true }) openMarker!: number | null;
  /** The quiz settings as they were when the attempt started. */
  @Column({ type: 'json' }) settings!: QuizSettings;
  @Column({ name: 'started_at', type: 'datetime' }) startedAt!: Date;
  @Column({ name: 'deadline_at', type: 'datetime', nullable: true }) deadlineAt!: Date | null;
  @Column({ name: 'submitted_at', type: 'datetime', nullable: true }) submittedAt!: Date | null;
  @Column({ name: 'auto_submitted', type: 'boolean', default: false }) autoSubmitted!: boolean;
  @Column({ type: 'double', nullable: true }) marks!: number | null;
  @Column({ name: 'max_marks', type: 'double' }) maxMarks!: number;
  /** marks / maxMarks in [0, 1]; null until every slot is graded. */
  @Column({ type: 'double', nullable: true }) grade!: number | null;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt!: Date;
}

export type SlotState = 'correct' | 'partial' | 'incorrect' | 'needsGrading' | 'unanswered';

export interface ManualGrade {
  mark: number;
  comment: string;
  gradedById: string;
  gradedAt: string;
}

@Entity('quiz_attempt_slots')
@Index('UQ_quiz_attempt_slots_slot', ['attemptId', 'slot'], { unique: true })
@Index('IDX_quiz_attempt_slots_question', ['questionId'])
export class QuizAttemptSlotEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'attempt_id', type: 'varchar', length: 36 }) attemptId!: string;
  @ManyToOne(() => QuizAttemptEntity, { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'FK_quiz_attempt_slots_attempt' })
  attempt?: QuizAttemptEntity;
  @Column({ type: 'integer' }) slot!: number;
  @Column({ type: 'integer' }) page!: number;
  @Column({ name: 'question_id', type: 'varchar', length: 36 }) questionId!: string;
  @ManyToOne(() => QuestionEntity, { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'FK_quiz_attempt_slots_question' })
  question?: QuestionEntity;
  @Column({ name: 'question_version_id', type: 'varchar', length: 36 }) questionVersionId!: string;
  @ManyToOne(() => QuestionVersionEntity, { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'question_version_id', foreignKeyConstraintName: 'FK_quiz_attempt_slots_question_version' })
  questionVersion?: QuestionVersionEntity;
  @Column({ name: 'max_mark', type: 'double' }) maxMark!: number;
  @Column({ type: 'integer' }) seed!: number;
  @Column({ type: 'json', nullable: true }) response!: object | null;
  /** The learner device's counter for this slot: a save with a lower or equal number never overwrites a newer one. */
  @Column({ type: 'integer', default: 0 }) sequence!: number;
  @Column({ type: 'boolean', default: false }) flagged!: boolean;
  @Column({ name: 'answered_at', type: 'datetime', nullable: true }) answeredAt!: Date | null;
  @Column({ type: 'double', nullable: true }) fraction!: number | null;
  @Column({ type: 'varchar', length: 16, nullable: true }) state!: SlotState | null;
  @Column({ name: 'manual_grade', type: 'json', nullable: true }) manualGrade!: ManualGrade | null;
}
