import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, VersionColumn } from 'typeorm';
import type { QuestionTextFormat } from '@tunas/shared/plugin-sdk';

// Relations to other features' tables name their entity by string, so this feature never imports another.
const FK = { onUpdate: 'NO ACTION' } as const;

@Entity('question_banks')
@Index('IDX_question_banks_course', ['courseId'])
export class QuestionBankEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  /** The course the bank belongs to; null for a shared bank. */
  @Column({ name: 'course_id', type: 'varchar', length: 36, nullable: true }) courseId!: string | null;
  @ManyToOne('CourseEntity', { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'course_id', foreignKeyConstraintName: 'FK_question_banks_course' })
  course?: object;
  @Column({ name: 'owner_institution_id', type: 'varchar', length: 36, nullable: true }) ownerInstitutionId!: string | null;
  @ManyToOne('InstitutionEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'owner_institution_id', foreignKeyConstraintName: 'FK_question_banks_owner_institution' })
  ownerInstitution?: object;
  @Column({ name: 'created_by_id', type: 'varchar', length: 36 }) createdById!: string;
  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_question_banks_created_by' })
  createdBy?: object;
  @Column({ name: 'created_at', type: 'datetime' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt!: Date;
}

/** Categories nest; `path` is the chain of ids from the root, "/a/b/", so a subtree is one prefix match (700 characters: 18 levels, and an index MariaDB accepts). */
@Entity('question_categories')
@Index('IDX_question_categories_bank_path', ['bankId', 'path'])
export class QuestionCategoryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'bank_id', type: 'varchar', length: 36 }) bankId!: string;
  @ManyToOne(() => QuestionBankEntity, { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'bank_id', foreignKeyConstraintName: 'FK_question_categories_bank' })
  bank?: QuestionBankEntity;
  @Column({ name: 'parent_id', type: 'varchar', length: 36, nullable: true }) parentId!: string | null;
  @ManyToOne(() => QuestionCategoryEntity, { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_question_categories_parent' })
  parent?: QuestionCategoryEntity;
  @Column({ type: 'varchar', length: 700 }) path!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'integer' }) position!: number;
  @Column({ name: 'created_at', type: 'datetime' }) createdAt!: Date;
}

export type QuestionStatus = 'READY' | 'HIDDEN';

/** A question's identity; what it says lives in its versions. */
@Entity('questions')
@Index('IDX_questions_category_status', ['categoryId', 'status'])
@Index('IDX_questions_bank', ['bankId'])
export class QuestionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'bank_id', type: 'varchar', length: 36 }) bankId!: string;
  @ManyToOne(() => QuestionBankEntity, { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'bank_id', foreignKeyConstraintName: 'FK_questions_bank' })
  bank?: QuestionBankEntity;
  @Column({ name: 'category_id', type: 'varchar', length: 36 }) categoryId!: string;
  @ManyToOne(() => QuestionCategoryEntity, { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'FK_questions_category' })
  category?: QuestionCategoryEntity;
  @Column({ name: 'current_version_id', type: 'varchar', length: 36, nullable: true }) currentVersionId!: string | null;
  @Column({ type: 'varchar', length: 12 }) status!: QuestionStatus;
  @Column({ name: 'id_number', type: 'varchar', length: 100, nullable: true }) idNumber!: string | null;
  @Column({ name: 'created_by_id', type: 'varchar', length: 36 }) createdById!: string;
  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_questions_created_by' })
  createdBy?: object;
  @Column({ name: 'created_at', type: 'datetime' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'datetime' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}

export interface QuestionBody {
  text: string;
  textFormat: QuestionTextFormat;
  generalFeedback: string;
}

/** One immutable version of a question: saving a question writes a new version. */
@Entity('question_versions')
@Index('UQ_question_versions_number', ['questionId', 'number'], { unique: true })
export class QuestionVersionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'question_id', type: 'varchar', length: 36 }) questionId!: string;
  @ManyToOne(() => QuestionEntity, { onDelete: 'CASCADE', ...FK })
  @JoinColumn({ name: 'question_id', foreignKeyConstraintName: 'FK_question_versions_question' })
  question?: QuestionEntity;
  @Column({ type: 'integer' }) number!: number;
  @Column({ type: 'varchar', length: 40 }) type!: string;
  @Column({ name: 'schema_version', type: 'integer' }) schemaVersion!: number;
  @Column({ type: 'varchar', length: 255 }) name!: string;
  @Column({ name: 'default_mark', type: 'double' }) defaultMark!: number;
  @Column({ type: 'json' }) body!: QuestionBody;
  @Column({ type: 'json' }) config!: object;
  @Column({ type: 'json' }) tags!: string[];
  @Column({ name: 'created_by_id', type: 'varchar', length: 36 }) createdById!: string;
  @ManyToOne('UserEntity', { onDelete: 'RESTRICT', ...FK })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_question_versions_created_by' })
  createdBy?: object;
  @Column({ name: 'created_at', type: 'datetime' }) createdAt!: Date;
}
