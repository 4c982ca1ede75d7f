import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { flag, integer, json, real, text, timestamp, uuidColumn, uuidPrimary } from '../migration-columns';

const fk = (table: string, column: string, target: string, onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL') =>
  new TableForeignKey({ name: `FK_${table}_${column.replace(/_id$/, '')}`, columnNames: [column], referencedTableName: target, referencedColumnNames: ['id'], onDelete, onUpdate: 'NO ACTION' });

/**
 * Question banks with versioned questions, and quiz attempts. An attempt points at the question versions it
 * was built from, so editing a question never changes an attempt already taken. `open_marker` is 1 while an
 * attempt is in progress and NULL afterwards: the unique index on it allows one open attempt per learner and
 * quiz on every dialect (NULLs never collide).
 */
export class Quiz1764403200000 implements MigrationInterface {
  name = 'Quiz1764403200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'question_banks',
        columns: [uuidPrimary(), text('name', 200), uuidColumn('course_id', true), uuidColumn('owner_institution_id', true), uuidColumn('created_by_id'), timestamp('created_at'), timestamp('updated_at')],
        indices: [new TableIndex({ name: 'IDX_question_banks_course', columnNames: ['course_id'] })],
        foreignKeys: [fk('question_banks', 'course_id', 'courses', 'CASCADE'), fk('question_banks', 'owner_institution_id', 'institutions', 'RESTRICT'), fk('question_banks', 'created_by_id', 'users', 'RESTRICT')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'question_categories',
        columns: [uuidPrimary(), uuidColumn('bank_id'), uuidColumn('parent_id', true), text('path', 700), text('name', 200), integer('position'), timestamp('created_at')],
        indices: [new TableIndex({ name: 'IDX_question_categories_bank_path', columnNames: ['bank_id', 'path'] })],
        foreignKeys: [fk('question_categories', 'bank_id', 'question_banks', 'CASCADE'), fk('question_categories', 'parent_id', 'question_categories', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'questions',
        columns: [
          uuidPrimary(),
          uuidColumn('bank_id'),
          uuidColumn('category_id'),
          uuidColumn('current_version_id', true),
          text('status', 12),
          text('id_number', 100, true),
          uuidColumn('created_by_id'),
          timestamp('created_at'),
          timestamp('updated_at'),
          integer('version'),
        ],
        indices: [new TableIndex({ name: 'IDX_questions_category_status', columnNames: ['category_id', 'status'] }), new TableIndex({ name: 'IDX_questions_bank', columnNames: ['bank_id'] })],
        foreignKeys: [fk('questions', 'bank_id', 'question_banks', 'CASCADE'), fk('questions', 'category_id', 'question_categories', 'RESTRICT'), fk('questions', 'created_by_id', 'users', 'RESTRICT')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'question_versions',
        columns: [
          uuidPrimary(),
          uuidColumn('question_id'),
          integer('number'),
          text('type', 40),
          integer('schema_version'),
          text('name', 255),
          real('default_mark'),
          json('body'),
          json('config'),
          json('tags'),
          uuidColumn('created_by_id'),
          timestamp('created_at'),
        ],
        indices: [new TableIndex({ name: 'UQ_question_versions_number', columnNames: ['question_id', 'number'], isUnique: true })],
        foreignKeys: [fk('question_versions', 'question_id', 'questions', 'CASCADE'), fk('question_versions', 'created_by_id', 'users', 'RESTRICT')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'quiz_attempts',
        columns: [
          uuidPrimary(),
          uuidColumn('course_id'),
          uuidColumn('activity_id'),
          uuidColumn('enrolment_id'),
          uuidColumn('user_id'),
          text('title', 200),
          integer('number'),
          text('status', 16),
          { name: 'open_marker', type: 'integer', isNullable: true },
          json('settings'),
          timestamp('started_at'),
          timestamp('deadline_at', true),
          timestamp('submitted_at', true),
          flag('auto_submitted', false),
          { ...real('marks'), isNullable: true },
          real('max_marks'),
          { ...real('grade'), isNullable: true },
          timestamp('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_quiz_attempts_open', columnNames: ['user_id', 'activity_id', 'open_marker'], isUnique: true }),
          new TableIndex({ name: 'UQ_quiz_attempts_number', columnNames: ['user_id', 'activity_id', 'number'], isUnique: true }),
          new TableIndex({ name: 'IDX_quiz_attempts_activity', columnNames: ['activity_id', 'status'] }),
          new TableIndex({ name: 'IDX_quiz_attempts_deadline', columnNames: ['status', 'deadline_at'] }),
        ],
        foreignKeys: [fk('quiz_attempts', 'course_id', 'courses', 'CASCADE'), fk('quiz_attempts', 'enrolment_id', 'enrolments', 'CASCADE'), fk('quiz_attempts', 'user_id', 'users', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'quiz_attempt_slots',
        columns: [
          uuidPrimary(),
          uuidColumn('attempt_id'),
          integer('slot'),
          integer('page'),
          uuidColumn('question_id'),
          uuidColumn('question_version_id'),
          real('max_mark'),
          integer('seed'),
          json('response', true),
          integer('sequence', 0),
          flag('flagged', false),
          timestamp('answered_at', true),
          { ...real('fraction'), isNullable: true },
          text('state', 16, true),
          json('manual_grade', true),
        ],
        indices: [new TableIndex({ name: 'UQ_quiz_attempt_slots_slot', columnNames: ['attempt_id', 'slot'], isUnique: true }), new TableIndex({ name: 'IDX_quiz_attempt_slots_question', columnNames: ['question_id'] })],
        foreignKeys: [fk('quiz_attempt_slots', 'attempt_id', 'quiz_attempts', 'CASCADE'), fk('quiz_attempt_slots', 'question_id', 'questions', 'RESTRICT'), fk('quiz_attempt_slots', 'question_version_id', 'question_versions', 'RESTRICT')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['quiz_attempt_slots', 'quiz_attempts', 'question_versions', 'questions', 'question_categories', 'question_banks']) {
      await queryRunner.dropTable(table);
    }
  }
}
