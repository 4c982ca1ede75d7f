import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { integer, real, text, timestamp, uuidColumn, uuidPrimary } from '../migration-columns';

const fk = (table: string, column: string, target: string, onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL') =>
  new TableForeignKey({ name: `FK_${table}_${column.replace(/_id$/, '')}`, columnNames: [column], referencedTableName: target, referencedColumnNames: ['id'], onDelete, onUpdate: 'NO ACTION' });

/**
 * The JP learning record. `learning_records` holds what counts toward a learner's yearly JP: one row per course
 * completion (unique `enrolment_id`) and one per approved external claim (unique `claim_id`), each copied when it
 * is recorded. `external_learning_claims` holds learning done elsewhere with its evidence file and the
 * supervisor's decision. `jp_targets` holds the yearly target per ASN type (absent: 20 JP).
 */
export class LearningRecord1764576000000 implements MigrationInterface {
  name = 'LearningRecord1764576000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'external_learning_claims',
        columns: [
          uuidPrimary(),
          uuidColumn('user_id'),
          text('title', 200),
          text('provider', 200),
          timestamp('started_on'),
          timestamp('ended_on'),
          integer('jp_hours'),
          text('competency_type', 20),
          text('route', 20),
          text('evidence_file_name', 200),
          text('evidence_media_type', 40),
          integer('evidence_size'),
          text('evidence_sha256', 64),
          text('status', 10),
          timestamp('submitted_at'),
          uuidColumn('reviewed_by_id', true),
          timestamp('reviewed_at', true),
          text('review_comment', 1000, true),
        ],
        indices: [
          new TableIndex({ name: 'IDX_external_learning_claims_user', columnNames: ['user_id', 'ended_on'] }),
          new TableIndex({ name: 'IDX_external_learning_claims_status', columnNames: ['status', 'submitted_at'] }),
        ],
        foreignKeys: [fk('external_learning_claims', 'user_id', 'users', 'RESTRICT'), fk('external_learning_claims', 'reviewed_by_id', 'users', 'RESTRICT')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'learning_records',
        columns: [
          uuidPrimary(),
          uuidColumn('user_id'),
          text('source', 10),
          uuidColumn('enrolment_id', true),
          uuidColumn('course_id', true),
          uuidColumn('certificate_id', true),
          uuidColumn('claim_id', true),
          text('title', 200),
          integer('jp_hours'),
          text('competency_type', 20),
          text('route', 20),
          text('provider', 200),
          timestamp('started_at'),
          timestamp('ended_at'),
          integer('year'),
          { ...real('score'), isNullable: true },
          timestamp('recorded_at'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_learning_records_enrolment', columnNames: ['enrolment_id'], isUnique: true }),
          new TableIndex({ name: 'UQ_learning_records_claim', columnNames: ['claim_id'], isUnique: true }),
          new TableIndex({ name: 'IDX_learning_records_user_year', columnNames: ['user_id', 'year'] }),
          new TableIndex({ name: 'IDX_learning_records_year', columnNames: ['year', 'competency_type'] }),
        ],
        foreignKeys: [
          fk('learning_records', 'user_id', 'users', 'RESTRICT'),
          fk('learning_records', 'enrolment_id', 'enrolments', 'RESTRICT'),
          fk('learning_records', 'course_id', 'courses', 'RESTRICT'),
          fk('learning_records', 'certificate_id', 'certificates', 'SET NULL'),
          fk('learning_records', 'claim_id', 'external_learning_claims', 'RESTRICT'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'jp_targets',
        columns: [{ ...text('asn_type', 8), isPrimary: true }, integer('jp_hours'), uuidColumn('updated_by_id'), timestamp('updated_at')],
        foreignKeys: [fk('jp_targets', 'updated_by_id', 'users', 'RESTRICT')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('jp_targets');
    await queryRunner.dropTable('learning_records');
    await queryRunner.dropTable('external_learning_claims');
  }
}
