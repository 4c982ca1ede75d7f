import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { integer, json, real, text, timestamp, uuidColumn, uuidPrimary } from '../migration-columns';

const fk = (table: string, column: string, target: string, onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL') =>
  new TableForeignKey({ name: `FK_${table}_${column.replace(/_id$/, '')}`, columnNames: [column], referencedTableName: target, referencedColumnNames: ['id'], onDelete, onUpdate: 'NO ACTION' });

/**
 * Certificates: one per completed enrolment (unique on `enrolment_id`), with a serial unique per year and an
 * unguessable verification code. What a certificate says is copied onto it when it is issued, so renaming a
 * course or a person later does not change a certificate already handed out. `certificate_counters` hands out
 * serial numbers and status-list positions under a row lock; `certificate_issuer_keys` keeps every public key
 * the platform ever signed with, so credentials signed before a key rotation still verify.
 */
export class Certificates1764489600000 implements MigrationInterface {
  name = 'Certificates1764489600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'certificate_templates',
        columns: [uuidPrimary(), text('name', 200), uuidColumn('institution_id', true), uuidColumn('course_id', true), json('layout'), uuidColumn('updated_by_id'), timestamp('created_at'), timestamp('updated_at')],
        indices: [new TableIndex({ name: 'IDX_certificate_templates_course', columnNames: ['course_id'] }), new TableIndex({ name: 'IDX_certificate_templates_institution', columnNames: ['institution_id'] })],
        foreignKeys: [
          fk('certificate_templates', 'institution_id', 'institutions', 'CASCADE'),
          fk('certificate_templates', 'course_id', 'courses', 'CASCADE'),
          fk('certificate_templates', 'updated_by_id', 'users', 'RESTRICT'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'certificates',
        columns: [
          uuidPrimary(),
          uuidColumn('enrolment_id'),
          uuidColumn('user_id'),
          uuidColumn('course_id'),
          text('serial', 40),
          integer('serial_year'),
          integer('serial_number'),
          text('verification_code', 64),
          integer('status_index'),
          text('learner_name', 200),
          text('learner_nip', 30, true),
          text('course_title', 200),
          integer('jp_hours'),
          text('competency_type', 20),
          { ...real('final_score'), isNullable: true },
          timestamp('completed_at'),
          timestamp('issued_at'),
          uuidColumn('template_id', true),
          json('layout'),
          { name: 'credential', type: 'text', isNullable: true },
          timestamp('revoked_at', true),
          uuidColumn('revoked_by_id', true),
          text('revocation_reason', 500, true),
        ],
        indices: [
          new TableIndex({ name: 'UQ_certificates_enrolment', columnNames: ['enrolment_id'], isUnique: true }),
          new TableIndex({ name: 'UQ_certificates_serial', columnNames: ['serial'], isUnique: true }),
          new TableIndex({ name: 'UQ_certificates_year_number', columnNames: ['serial_year', 'serial_number'], isUnique: true }),
          new TableIndex({ name: 'UQ_certificates_verification_code', columnNames: ['verification_code'], isUnique: true }),
          new TableIndex({ name: 'UQ_certificates_status_index', columnNames: ['status_index'], isUnique: true }),
          new TableIndex({ name: 'IDX_certificates_user', columnNames: ['user_id', 'issued_at'] }),
          new TableIndex({ name: 'IDX_certificates_course', columnNames: ['course_id'] }),
        ],
        foreignKeys: [
          fk('certificates', 'enrolment_id', 'enrolments', 'RESTRICT'),
          fk('certificates', 'user_id', 'users', 'RESTRICT'),
          fk('certificates', 'course_id', 'courses', 'RESTRICT'),
          fk('certificates', 'template_id', 'certificate_templates', 'SET NULL'),
          fk('certificates', 'revoked_by_id', 'users', 'RESTRICT'),
        ],
      }),
    );
    await queryRunner.createTable(new Table({ name: 'certificate_counters', columns: [{ ...text('name', 40), isPrimary: true }, integer('value')] }));
    await queryRunner.createTable(
      new Table({
        name: 'certificate_issuer_keys',
        columns: [{ ...text('id', 40), isPrimary: true }, text('public_key_multibase', 100), timestamp('created_at'), timestamp('retired_at', true)],
        indices: [new TableIndex({ name: 'UQ_certificate_issuer_keys_public_key', columnNames: ['public_key_multibase'], isUnique: true })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('certificate_issuer_keys');
    await queryRunner.dropTable('certificate_counters');
    await queryRunner.dropTable('certificates');
    await queryRunner.dropTable('certificate_templates');
  }
}
