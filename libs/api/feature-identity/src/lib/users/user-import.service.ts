import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, isUniqueViolation, Principal } from '@tunas/api/core';
import { AsnType, checkNip, isValidEmail, normaliseEmail, parseAsnType, Role } from '@tunas/shared/contracts';
import { CsvError, parse } from 'csv-parse/sync';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { ActivationService } from '../activation/activation.service';
import { OrgUnitEntity, UserEntity, UserRoleEntity } from '../entities';
import { IdentityException, IdentityExceptionCode } from '../identity.exception';
import { ImportLineErrorDTO, UserImportReportDTO } from './user-import.dto';
import { ActivationLinkDTO } from './user.dto';

/** The columns personnel systems (SIASN exports and the like) give us, in Indonesian. */
const REQUIRED_COLUMNS = ['nip', 'nama', 'email', 'unit_kerja', 'jenis_asn'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number];

interface ValidRow {
  line: number;
  nip: string;
  name: string;
  email: string;
  asnType: AsnType;
  orgUnitId: string;
}

const LOOKUP_CHUNK = 1000;
const INSERT_CHUNK = 500;

/**
 * Bulk import of learners from CSV. Every line is checked and every bad line reported with its number and
 * reason; a line is imported whole or not at all, and all good lines go in one transaction.
 */
@Injectable()
export class UserImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activation: ActivationService,
    private readonly audit: AuditLog,
  ) {}

  async import(actor: Principal, csv: string, dryRun: boolean): Promise<UserImportReportDTO> {
    const records = parseCsv(csv);
    if (records.length === 0) throw csvError('The file is empty; expected a header line nip,nama,email,unit_kerja,jenis_asn');
    const columns = headerIndex(records[0].record);
    const dataRows = records.slice(1);

    const errors: ImportLineErrorDTO[] = [];
    const units = await this.unitLookup();
    const seenNip = new Map<string, number>();
    const seenEmail = new Map<string, number>();
    const candidates: ValidRow[] = [];

    for (const { record, line } of dataRows) {
      const value = (column: Column) => (record[columns[column]] ?? '').trim();
      const rawNip = value('nip');
      const fail = (reason: string) => errors.push(Object.assign(new ImportLineErrorDTO(), { line, reason, nip: rawNip || null }));
      if (record.length !== records[0].record.length) {
        fail(`expected ${records[0].record.length} fields, found ${record.length}`);
        continue;
      }
      const asnType = parseAsnType(value('jenis_asn'));
      if (!asnType) {
        fail(`jenis_asn "${value('jenis_asn')}" must be PNS, CPNS or PPPK`);
        continue;
      }
      const nip = checkNip(rawNip, asnType);
      if (!nip.ok) {
        fail(`nip: ${nip.error.message}`);
        continue;
      }
      const name = value('nama');
      if (name.length < 2 || name.length > 200) {
        fail('nama must have 2 to 200 characters');
        continue;
      }
      if (!isValidEmail(value('email'))) {
        fail(`email "${value('email')}" is not a valid e-mail address`);
        continue;
      }
      const email = normaliseEmail(value('email'));
      const unit = units.resolve(value('unit_kerja'));
      if (typeof unit === 'string') {
        fail(unit);
        continue;
      }
      if (seenNip.has(nip.nip)) {
        fail(`nip ${nip.nip} already appears on line ${seenNip.get(nip.nip)}`);
        continue;
      }
      if (seenEmail.has(email)) {
        fail(`email ${email} already appears on line ${seenEmail.get(email)}`);
        continue;
      }
      seenNip.set(nip.nip, line);
      seenEmail.set(email, line);
      candidates.push({ line, nip: nip.nip, name, email, asnType, orgUnitId: unit.id });
    }

    const taken = await this.alreadyRegistered(candidates);
    const valid = candidates.filter((row) => {
      const reason = taken.nips.has(row.nip) ? `nip ${row.nip} is already registered` : taken.emails.has(row.email) ? `email ${row.email} is already registered` : null;
      if (reason) errors.push(Object.assign(new ImportLineErrorDTO(), { line: row.line, reason, nip: row.nip }));
      return reason === null;
    });
    errors.sort((a, b) => a.line - b.line);

    const report: UserImportReportDTO = Object.assign(new UserImportReportDTO(), { dryRun, totalRows: dataRows.length, imported: valid.length, errors, activations: [] as ActivationLinkDTO[] });
    if (dryRun || valid.length === 0) return report;
    report.activations = await this.store(actor, valid, dataRows.length);
    return report;
  }

  private async store(actor: Principal, rows: ValidRow[], totalRows: number) {
    const now = new Date();
    const users = rows.map((row) =>
      Object.assign(new UserEntity(), {
        id: randomUUID(),
        nip: row.nip,
        name: row.name,
        email: row.email,
        asnType: row.asnType,
        position: null,
        orgUnitId: row.orgUnitId,
        supervisorId: null,
        institutionId: null,
        passwordHash: null,
        active: true,
        createdAt: now,
        updatedAt: now,
        version: 1,
      }),
    );
    let links: Map<string, { url: string; expiresAt: Date }>;
    try {
      links = await this.dataSource.transaction(async (manager) => {
        for (let start = 0; start < users.length; start += INSERT_CHUNK) {
          const chunk = users.slice(start, start + INSERT_CHUNK);
          await manager.insert(UserEntity, chunk);
          await manager.insert(UserRoleEntity, chunk.map((user) => ({ userId: user.id, role: Role.LEARNER })));
        }
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'users.imported',
          objectType: 'UserImport',
          objectId: randomUUID(),
          summary: `Imported ${users.length} learner(s) from a CSV of ${totalRows} line(s)`,
          details: { imported: users.length, totalRows },
        });
        return this.activation.createTokensForNewUsers(manager, users, now);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw csvError('Someone registered one of these people while the import ran; nothing was imported, please run it again');
      }
      throw error;
    }
    const activations: ActivationLinkDTO[] = [];
    for (const user of users) {
      const link = links.get(user.id);
      if (link) activations.push(await this.activation.deliver(user, link));
    }
    return activations;
  }

  private async unitLookup() {
    const units = await this.dataSource.getRepository(OrgUnitEntity).find({ select: { id: true, name: true, code: true } });
    const byCode = new Map(units.filter((unit) => unit.code).map((unit) => [unit.code!.toLowerCase(), unit]));
    const byName = new Map<string, OrgUnitEntity[]>();
    for (const unit of units) byName.set(unit.name.toLowerCase(), [...(byName.get(unit.name.toLowerCase()) ?? []), unit]);
    return {
      /** The unit, or the reason it cannot be chosen. Codes win over names; a name shared by two units is ambiguous. */
      resolve(raw: string): OrgUnitEntity | string {
        const key = raw.trim().toLowerCase();
        if (!key) return 'unit_kerja is empty';
        const byItsCode = byCode.get(key);
        if (byItsCode) return byItsCode;
        const named = byName.get(key) ?? [];
        if (named.length === 1) return named[0];
        if (named.length > 1) return `unit_kerja "${raw}" matches ${named.length} units; use the unit code instead`;
        return `unit_kerja "${raw}" is not a known unit (name or code)`;
      },
    };
  }

  private async alreadyRegistered(rows: ValidRow[]): Promise<{ nips: Set<string>; emails: Set<string> }> {
    const nips = new Set<string>();
    const emails = new Set<string>();
    const repository = this.dataSource.getRepository(UserEntity);
    for (let start = 0; start < rows.length; start += LOOKUP_CHUNK) {
      const chunk = rows.slice(start, start + LOOKUP_CHUNK);
      const byNip = await repository.find({ where: { nip: In(chunk.map((row) => row.nip)) }, select: { nip: true } });
      byNip.forEach((user) => user.nip && nips.add(user.nip));
      const byEmail = await repository.find({ where: { email: In(chunk.map((row) => row.email)) }, select: { email: true } });
      byEmail.forEach((user) => emails.add(user.email));
    }
    return { nips, emails };
  }
}

function parseCsv(csv: string): Array<{ record: string[]; line: number }> {
  try {
    const rows = parse(csv, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      // Excel in an Indonesian locale saves CSV with semicolons.
      delimiter: detectDelimiter(csv),
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
    return rows.map((row) => ({ record: row.record, line: row.info.lines }));
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw csvError(`The file is not valid CSV${line ? ` at line ${line}` : ''}: ${error.message.replace(/^Invalid [^:]*: /, '')}; nothing was imported`);
    }
    throw error;
  }
}

function detectDelimiter(csv: string): string {
  const firstLine = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
}

function headerIndex(header: string[]): Record<Column, number> {
  const names = header.map((name) => name.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length) {
    throw csvError(`Line 1 must be the header nip,nama,email,unit_kerja,jenis_asn; missing: ${missing.join(', ')}; nothing was imported`);
  }
  return Object.fromEntries(REQUIRED_COLUMNS.map((column) => [column, names.indexOf(column)])) as Record<Column, number>;
}

function csvError(message: string): IdentityException {
  return IdentityException.field(IdentityExceptionCode.InvalidCsv, 'csv', 'CSV_INVALID', message);
}
