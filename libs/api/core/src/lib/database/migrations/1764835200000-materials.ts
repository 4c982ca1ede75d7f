import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { flag, integer, json, text, timestamp, uuidColumn, uuidPrimary } from '../migration-columns';

const fk = (table: string, column: string, target: string, onDelete: 'CASCADE' | 'RESTRICT') =>
  new TableForeignKey({ name: `FK_${table}_${column.replace(/_id$/, '')}`, columnNames: [column], referencedTableName: target, referencedColumnNames: ['id'], onDelete, onUpdate: 'NO ACTION' });

/**
 * The partner institutions' materials library: a material (title, topic, licence, shared with trainers or not) and
 * its versions, each one uploaded file with its checksum and storage key. `current_version_id` names the newest
 * version; it has no foreign key because the two tables point at each other (the version is written first in the
 * same transaction). A version number is unique per material, so two uploads finishing at once cannot both become
 * version 2.
 */
export class Materials1764835200000 implements MigrationInterface {
  name = 'Materials1764835200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'materials',
        columns: [
          uuidPrimary(),
          uuidColumn('institution_id'),
          text('kind', 20),
          text('title', 200),
          text('description', 2000, true),
          text('topic', 100, true),
          text('licence', 100, true),
          flag('shared', false),
          uuidColumn('current_version_id', true),
          uuidColumn('created_by_id'),
          timestamp('created_at'),
          timestamp('updated_at'),
          timestamp('archived_at', true),
        ],
        indices: [
          new TableIndex({ name: 'IDX_materials_institution', columnNames: ['institution_id', 'updated_at'] }),
          new TableIndex({ name: 'IDX_materials_shared', columnNames: ['shared', 'updated_at'] }),
          new TableIndex({ name: 'IDX_materials_topic', columnNames: ['topic'] }),
        ],
        foreignKeys: [fk('materials', 'institution_id', 'institutions', 'RESTRICT'), fk('materials', 'created_by_id', 'users', 'RESTRICT')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'material_versions',
        columns: [
          uuidPrimary(),
          uuidColumn('material_id'),
          integer('version'),
          text('file_name', 255),
          text('content_type', 120),
          integer('size'),
          text('sha256', 64),
          text('storage_key', 1024),
          json('metadata', true),
          uuidColumn('uploaded_by_id'),
          timestamp('created_at'),
        ],
        indices: [new TableIndex({ name: 'UQ_material_versions_number', columnNames: ['material_id', 'version'], isUnique: true })],
        foreignKeys: [fk('material_versions', 'material_id', 'materials', 'CASCADE'), fk('material_versions', 'uploaded_by_id', 'users', 'RESTRICT')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('material_versions');
    await queryRunner.dropTable('materials');
  }
}
