import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { auditColumns, flag, integer, json, real, text, timestamp, uuidColumn, uuidPrimary } from '../migration-columns';

const fk = (table: string, column: string, target: string, onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL') =>
  new TableForeignKey({ name: `FK_${table}_${column.replace(/_id$/, '')}`, columnNames: [column], referencedTableName: target, referencedColumnNames: ['id'], onDelete, onUpdate: 'NO ACTION' });

/** Courses built from activity plugins: drafts, immutable published versions, enrolments, progress, the event log. */
export class Courses1764316800000 implements MigrationInterface {
  name = 'Courses1764316800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'topics',
        columns: [uuidPrimary(), text('code', 40), text('name', 100), timestamp('created_at')],
        indices: [new TableIndex({ name: 'UQ_topics_code', columnNames: ['code'], isUnique: true })],
      }),
    );
    const now = new Date().toISOString().slice(0, 19).replace('T', ' ');
    await queryRunner.query(
      `INSERT INTO topics (id, code, name, created_at) VALUES
        ('7c0a4a4e-5d3e-4b8e-9a61-0d6f2b9c1a01', 'MANAJEMEN_PROYEK', 'Manajemen Proyek', '${now}'),
        ('7c0a4a4e-5d3e-4b8e-9a61-0d6f2b9c1a02', 'FASILITASI', 'Fasilitasi', '${now}'),
        ('7c0a4a4e-5d3e-4b8e-9a61-0d6f2b9c1a03', 'PEMANFAATAN_TI', 'Pemanfaatan TI', '${now}')`,
    );
    await queryRunner.createTable(
      new Table({
        name: 'courses',
        columns: [
          uuidPrimary(),
          text('title', 200),
          text('summary', 2000),
          text('cover_image_url', 500, true),
          uuidColumn('topic_id'),
          text('competency_type', 20),
          integer('jp_hours'),
          text('level', 10),
          text('language', 5),
          uuidColumn('owner_institution_id', true),
          uuidColumn('created_by_id'),
          text('status', 12),
          uuidColumn('published_version_id', true),
          timestamp('published_at', true),
          timestamp('enrolment_closes_at', true),
          ...auditColumns(),
        ],
        indices: [new TableIndex({ name: 'IDX_courses_status_topic', columnNames: ['status', 'topic_id'] })],
        foreignKeys: [fk('courses', 'topic_id', 'topics', 'RESTRICT'), fk('courses', 'owner_institution_id', 'institutions', 'RESTRICT'), fk('courses', 'created_by_id', 'users', 'RESTRICT')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'course_trainers',
        columns: [{ ...uuidColumn('course_id'), isPrimary: true }, { ...uuidColumn('user_id'), isPrimary: true }],
        indices: [new TableIndex({ name: 'IDX_course_trainers_user', columnNames: ['user_id'] })],
        foreignKeys: [fk('course_trainers', 'course_id', 'courses', 'CASCADE'), fk('course_trainers', 'user_id', 'users', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'course_modules',
        columns: [uuidPrimary(), uuidColumn('course_id'), integer('position'), text('title', 200), text('summary', 2000), flag('requires_previous', false), timestamp('created_at'), timestamp('updated_at')],
        indices: [new TableIndex({ name: 'IDX_course_modules_course', columnNames: ['course_id', 'position'] })],
        foreignKeys: [fk('course_modules', 'course_id', 'courses', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'course_activities',
        columns: [
          uuidPrimary(),
          uuidColumn('module_id'),
          uuidColumn('course_id'),
          integer('position'),
          text('type', 40),
          integer('schema_version'),
          text('title', 200),
          json('content'),
          flag('required', true),
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        indices: [new TableIndex({ name: 'IDX_course_activities_module', columnNames: ['module_id', 'position'] }), new TableIndex({ name: 'IDX_course_activities_course', columnNames: ['course_id'] })],
        foreignKeys: [fk('course_activities', 'module_id', 'course_modules', 'CASCADE'), fk('course_activities', 'course_id', 'courses', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'course_versions',
        columns: [uuidPrimary(), uuidColumn('course_id'), integer('number'), json('structure'), timestamp('published_at'), uuidColumn('published_by_id')],
        indices: [new TableIndex({ name: 'UQ_course_versions_number', columnNames: ['course_id', 'number'], isUnique: true })],
        foreignKeys: [fk('course_versions', 'course_id', 'courses', 'CASCADE'), fk('course_versions', 'published_by_id', 'users', 'RESTRICT')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'enrolments',
        columns: [
          uuidPrimary(),
          uuidColumn('course_id'),
          uuidColumn('user_id'),
          uuidColumn('course_version_id'),
          text('source', 12),
          text('status', 12),
          real('progress', 0),
          uuidColumn('last_activity_id', true),
          timestamp('last_accessed_at', true),
          timestamp('enrolled_at'),
          timestamp('completed_at', true),
          uuidColumn('enrolled_by_id', true),
          integer('version'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_enrolments_course_user', columnNames: ['course_id', 'user_id'], isUnique: true }),
          new TableIndex({ name: 'IDX_enrolments_user', columnNames: ['user_id', 'status'] }),
        ],
        foreignKeys: [fk('enrolments', 'course_id', 'courses', 'RESTRICT'), fk('enrolments', 'user_id', 'users', 'RESTRICT'), fk('enrolments', 'course_version_id', 'course_versions', 'RESTRICT')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'activity_progress',
        columns: [uuidPrimary(), uuidColumn('enrolment_id'), uuidColumn('activity_id'), json('state'), real('completion', 0), timestamp('completed_at', true), timestamp('updated_at')],
        indices: [new TableIndex({ name: 'UQ_activity_progress_enrolment_activity', columnNames: ['enrolment_id', 'activity_id'], isUnique: true })],
        foreignKeys: [fk('activity_progress', 'enrolment_id', 'enrolments', 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'learning_events',
        columns: [
          uuidPrimary(),
          uuidColumn('actor_id'),
          text('verb', 40),
          text('object_type', 40),
          uuidColumn('object_id'),
          uuidColumn('course_id', true),
          json('result', true),
          json('context', true),
          text('idempotency_key', 100, true),
          timestamp('occurred_at'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_learning_events_idempotency', columnNames: ['idempotency_key'], isUnique: true }),
          new TableIndex({ name: 'IDX_learning_events_actor', columnNames: ['actor_id', 'occurred_at'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['learning_events', 'activity_progress', 'enrolments', 'course_versions', 'course_activities', 'course_modules', 'course_trainers', 'courses', 'topics']) {
      await queryRunner.dropTable(table);
    }
  }
}
