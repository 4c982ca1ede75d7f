import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { integer, json, real, text, timestamp, uuidColumn, uuidPrimary } from '../migration-columns';

const fk = (column: string, target: string) =>
  new TableForeignKey({ name: `FK_scorm_attempts_${column.replace(/_id$/, '')}`, columnNames: [column], referencedTableName: target, referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' });

/**
 * SCORM runtime data per learner, activity and attempt. The committed CMI is kept whole for resume; the statuses,
 * score, location and times are columns so progress and reports need not parse it. `commit_sequence` lets the
 * server ignore a late, retried commit.
 */
export class Scorm1764921600000 implements MigrationInterface {
  name = 'Scorm1764921600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'scorm_attempts',
        columns: [
          uuidPrimary(),
          uuidColumn('user_id'),
          uuidColumn('course_id'),
          uuidColumn('activity_id'),
          uuidColumn('material_version_id'),
          text('scorm_version', 8),
          integer('attempt_number'),
          json('cmi', true),
          text('completion_status', 16),
          text('success_status', 16),
          { ...real('score_scaled'), isNullable: true },
          { ...real('score_raw'), isNullable: true },
          text('location', 1000, true),
          real('total_time_seconds', 0),
          integer('session_count', 0),
          integer('commit_sequence', 0),
          timestamp('terminated_at', true),
          timestamp('created_at'),
          timestamp('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_scorm_attempts_number', columnNames: ['user_id', 'activity_id', 'attempt_number'], isUnique: true }),
          new TableIndex({ name: 'IDX_scorm_attempts_course', columnNames: ['course_id'] }),
        ],
        foreignKeys: [fk('user_id', 'users'), fk('course_id', 'courses')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('scorm_attempts');
  }
}
