import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { json, text, timestamp, uuidColumn, uuidPrimary } from '../migration-columns';

const REFUSED = ['UPDATE', 'DELETE'] as const;
const triggerName = (operation: (typeof REFUSED)[number]) => `TRG_audit_events_no_${operation.toLowerCase()}`;

/**
 * The append-only audit log of sensitive actions. `actor_id` has no foreign key so the log outlives what it names;
 * triggers refuse UPDATE and DELETE on both dialects, so not even a stray query can rewrite history.
 */
export class Audit1764748800000 implements MigrationInterface {
  name = 'Audit1764748800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'audit_events',
        columns: [uuidPrimary(), uuidColumn('actor_id'), text('action', 60), text('object_type', 40), text('object_id', 36), text('summary', 500), json('details', true), { ...timestamp('created_at'), precision: 3 }],
        indices: [
          new TableIndex({ name: 'IDX_audit_events_created', columnNames: ['created_at'] }),
          new TableIndex({ name: 'IDX_audit_events_actor', columnNames: ['actor_id', 'created_at'] }),
          new TableIndex({ name: 'IDX_audit_events_object', columnNames: ['object_type', 'object_id'] }),
        ],
      }),
    );
    const sqlite = queryRunner.connection.driver.options.type === 'better-sqlite3';
    for (const operation of REFUSED) {
      await queryRunner.query(
        sqlite
          ? `CREATE TRIGGER ${triggerName(operation)} BEFORE ${operation} ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END`
          : `CREATE TRIGGER ${triggerName(operation)} BEFORE ${operation} ON audit_events FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_events is append-only'`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const operation of REFUSED) await queryRunner.query(`DROP TRIGGER ${triggerName(operation)}`);
    await queryRunner.dropTable('audit_events');
  }
}
