import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { integer, text, timestamp, uuidColumn, uuidPrimary } from '../migration-columns';

const fk = (table: string, column: string, target: string) =>
  new TableForeignKey({ name: `FK_${table}_${column.replace(/_id$/, '')}`, columnNames: [column], referencedTableName: target, referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' });

/**
 * The supervisor's side: in-app notifications, the nudges supervisors send (one per supervisor, person and day,
 * enforced unique, and kept as the record of who reminded whom), milestone badges (one per person and award key,
 * so a badge is awarded exactly once) and the people who chose to appear on their unit's leaderboard.
 */
export class Supervision1764662400000 implements MigrationInterface {
  name = 'Supervision1764662400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'notifications',
        columns: [uuidPrimary(), uuidColumn('user_id'), text('kind', 40), text('title', 200), text('body', 2000), text('link', 500, true), timestamp('created_at'), timestamp('read_at', true)],
        indices: [new TableIndex({ name: 'IDX_notifications_user', columnNames: ['user_id', 'created_at'] })],
        foreignKeys: [fk('notifications', 'user_id', 'users')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'nudges',
        columns: [
          uuidPrimary(),
          uuidColumn('supervisor_id'),
          uuidColumn('user_id'),
          text('day', 10),
          integer('jp_year'),
          text('message', 500, true),
          uuidColumn('notification_id'),
          timestamp('created_at'),
          timestamp('emailed_at', true),
        ],
        indices: [
          new TableIndex({ name: 'UQ_nudges_supervisor_user_day', columnNames: ['supervisor_id', 'user_id', 'day'], isUnique: true }),
          new TableIndex({ name: 'IDX_nudges_user', columnNames: ['user_id', 'created_at'] }),
        ],
        foreignKeys: [fk('nudges', 'supervisor_id', 'users'), fk('nudges', 'user_id', 'users'), fk('nudges', 'notification_id', 'notifications')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'badges',
        columns: [uuidPrimary(), uuidColumn('user_id'), text('kind', 40), text('award_key', 60), { ...integer('year'), isNullable: true }, timestamp('awarded_at')],
        indices: [new TableIndex({ name: 'UQ_badges_user_award', columnNames: ['user_id', 'award_key'], isUnique: true })],
        foreignKeys: [fk('badges', 'user_id', 'users')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'leaderboard_opt_ins',
        columns: [{ ...uuidColumn('user_id'), isPrimary: true }, timestamp('opted_in_at')],
        foreignKeys: [fk('leaderboard_opt_ins', 'user_id', 'users')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('leaderboard_opt_ins');
    await queryRunner.dropTable('badges');
    await queryRunner.dropTable('nudges');
    await queryRunner.dropTable('notifications');
  }
}
