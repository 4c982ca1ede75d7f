import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { auditColumns, flag, text, timestamp, uuidColumn, uuidPrimary } from '../migration-columns';

/** People, organisation units, partner institutions, roles and the tokens that sign them in. */
export class Identity1764230400000 implements MigrationInterface {
  name = 'Identity1764230400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'org_units',
        columns: [
          uuidPrimary(),
          text('name', 200),
          text('code', 50, true),
          text('kind', 16),
          uuidColumn('parent_id', true),
          text('path', 740),
          ...auditColumns(),
        ],
        indices: [new TableIndex({ name: 'UQ_org_units_code', columnNames: ['code'], isUnique: true }), new TableIndex({ name: 'IDX_org_units_path', columnNames: ['path'] })],
        foreignKeys: [new TableForeignKey({ name: 'FK_org_units_parent', columnNames: ['parent_id'], referencedTableName: 'org_units', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'institutions',
        columns: [uuidPrimary(), text('name', 200), text('short_name', 50, true), text('kind', 20), flag('active', true), ...auditColumns()],
        indices: [new TableIndex({ name: 'UQ_institutions_name', columnNames: ['name'], isUnique: true })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          uuidPrimary(),
          text('nip', 18, true),
          text('name', 200),
          text('email', 254),
          text('asn_type', 8, true),
          text('position', 200, true),
          uuidColumn('org_unit_id', true),
          uuidColumn('supervisor_id', true),
          uuidColumn('institution_id', true),
          text('password_hash', 255, true),
          flag('active', true),
          ...auditColumns(),
        ],
        indices: [
          new TableIndex({ name: 'UQ_users_nip', columnNames: ['nip'], isUnique: true }),
          new TableIndex({ name: 'UQ_users_email', columnNames: ['email'], isUnique: true }),
        ],
        foreignKeys: [
          new TableForeignKey({ name: 'FK_users_org_unit', columnNames: ['org_unit_id'], referencedTableName: 'org_units', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' }),
          new TableForeignKey({ name: 'FK_users_supervisor', columnNames: ['supervisor_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'SET NULL', onUpdate: 'NO ACTION' }),
          new TableForeignKey({ name: 'FK_users_institution', columnNames: ['institution_id'], referencedTableName: 'institutions', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'user_roles',
        columns: [{ ...uuidColumn('user_id'), isPrimary: true }, { ...text('role', 16), isPrimary: true }],
        indices: [new TableIndex({ name: 'IDX_user_roles_role', columnNames: ['role'] })],
        foreignKeys: [new TableForeignKey({ name: 'FK_user_roles_user', columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'refresh_tokens',
        columns: [
          uuidPrimary(),
          uuidColumn('user_id'),
          uuidColumn('family_id'),
          text('token_hash', 64),
          timestamp('expires_at'),
          timestamp('revoked_at', true),
          timestamp('created_at'),
        ],
        indices: [
          new TableIndex({ name: 'UQ_refresh_tokens_hash', columnNames: ['token_hash'], isUnique: true }),
          new TableIndex({ name: 'IDX_refresh_tokens_family', columnNames: ['family_id'] }),
        ],
        foreignKeys: [new TableForeignKey({ name: 'FK_refresh_tokens_user', columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'activation_tokens',
        columns: [uuidPrimary(), uuidColumn('user_id'), text('token_hash', 64), timestamp('expires_at'), timestamp('used_at', true), timestamp('created_at')],
        indices: [new TableIndex({ name: 'UQ_activation_tokens_hash', columnNames: ['token_hash'], isUnique: true })],
        foreignKeys: [new TableForeignKey({ name: 'FK_activation_tokens_user', columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['activation_tokens', 'refresh_tokens', 'user_roles', 'users', 'institutions', 'org_units']) {
      await queryRunner.dropTable(table);
    }
  }
}
