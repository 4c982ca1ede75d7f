import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, Principal } from '@tunas/api/core';
import { normaliseNip, Role } from '@tunas/shared/contracts';
import { CsvError, parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { CourseAccessService } from '../course-access.service';
import { CoursesException, CoursesExceptionCode } from '../courses.exception';
import { EnrolmentLineErrorDTO, EnrolmentReportDTO } from '../dto/course.dto';
import { LearningService } from './learning.service';

/** Enrolment of other people, by admins (anyone) and supervisors (their unit subtree and direct reports). */
@Injectable()
export class EnrolmentAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CourseAccessService,
    private readonly learning: LearningService,
    private readonly audit: AuditLog,
  ) {}

  async enrolUsers(principal: Principal, courseId: string, userIds: string[]): Promise<EnrolmentReportDTO> {
    const unique = [...new Set(userIds)];
    const exists = new Set<string>();
    for (let start = 0; start < unique.length; start += 1000) {
      const chunk = unique.slice(start, start + 1000);
      const found: Array<{ id: string }> = await this.dataSource.query(`SELECT id FROM users WHERE id IN (${chunk.map(() => '?').join(',')})`, chunk);
      found.forEach((row) => exists.add(row.id));
    }
    const errors: EnrolmentLineErrorDTO[] = [];
    const lines: Array<{ line: number; userId: string; nip: string | null }> = [];
    unique.forEach((userId, index) => {
      if (exists.has(userId)) lines.push({ line: index + 1, userId, nip: null });
      else errors.push(Object.assign(new EnrolmentLineErrorDTO(), { line: index + 1, reason: `user ${userId} does not exist`, nip: null }));
    });
    return this.enrolResolved(principal, courseId, lines, errors);
  }

  async enrolByCsv(principal: Principal, courseId: string, csv: string): Promise<EnrolmentReportDTO> {
    let records: Array<{ record: string[]; info: { lines: number } }>;
    try {
      records = parse(csv, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true, delimiter: csv.split(/\r?\n/, 1)[0].includes(';') ? ';' : ',' }) as unknown as typeof records;
    } catch (error) {
      if (error instanceof CsvError) throw csvError(`The file is not valid CSV: ${error.message}`);
      throw error;
    }
    const header = records[0]?.record.map((name) => name.trim().toLowerCase()) ?? [];
    const nipColumn = header.indexOf('nip');
    if (nipColumn < 0) throw csvError('Line 1 must be a header with a nip column');
    const errors: EnrolmentLineErrorDTO[] = [];
    const rows = records.slice(1).map(({ record, info }) => ({ line: info.lines, nip: normaliseNip(record[nipColumn] ?? '') }));
    const known = new Map<string, string>();
    for (let start = 0; start < rows.length; start += 1000) {
      const nips = rows.slice(start, start + 1000).map((row) => row.nip).filter((nip) => /^\d{18}$/.test(nip));
      if (!nips.length) continue;
      const found: Array<{ id: string; nip: string }> = await this.dataSource.query(`SELECT id, nip FROM users WHERE nip IN (${nips.map(() => '?').join(',')})`, nips);
      found.forEach((user) => known.set(user.nip, user.id));
    }
    const lines: Array<{ line: number; userId: string; nip: string | null }> = [];
    const seen = new Map<string, number>();
    for (const row of rows) {
      const fail = (reason: string) => errors.push(Object.assign(new EnrolmentLineErrorDTO(), { line: row.line, reason, nip: row.nip || null }));
      if (!/^\d{18}$/.test(row.nip)) fail(`nip "${row.nip}" must have 18 digits`);
      else if (!known.has(row.nip)) fail(`nip ${row.nip} is not registered`);
      else if (seen.has(row.nip)) fail(`nip ${row.nip} already appears on line ${seen.get(row.nip)}`);
      else {
        seen.set(row.nip, row.line);
        lines.push({ line: row.line, userId: known.get(row.nip)!, nip: row.nip });
      }
    }
    return this.enrolResolved(principal, courseId, lines, errors, 'CSV');
  }

  private async enrolResolved(principal: Principal, courseId: string, lines: Array<{ line: number; userId: string; nip: string | null }>, errors: EnrolmentLineErrorDTO[], source: 'CSV' | null = null): Promise<EnrolmentReportDTO> {
    const overseen = await this.access.overseenAmong(principal, lines.map((line) => line.userId));
    const allowed: string[] = [];
    for (const line of lines) {
      if (overseen.has(line.userId)) allowed.push(line.userId);
      else errors.push(Object.assign(new EnrolmentLineErrorDTO(), { line: line.line, reason: 'this person is outside your supervision', nip: line.nip }));
    }
    const by = source ?? (principal.roles.includes(Role.ADMIN) ? 'ADMIN' : 'SUPERVISOR');
    // Set-based: chunks of people, each enrolled with its learning events in one transaction (see LearningService.enrolMany).
    const { enrolled, alreadyEnrolled } = await this.learning.enrolMany(courseId, allowed, by, principal.userId);
    errors.sort((a, b) => a.line - b.line);
    // A CSV import that enrolled anyone is recorded once in the audit log.
    if (source === 'CSV' && enrolled > 0) {
      await this.dataSource.transaction((manager) =>
        this.audit.record(manager, {
          actorId: principal.userId,
          action: 'enrolments.imported',
          objectType: 'Course',
          objectId: courseId,
          summary: `Enrolled ${enrolled} learner(s) from a CSV (${alreadyEnrolled} already enrolled, ${errors.length} line(s) refused)`,
          details: { enrolled, alreadyEnrolled, refused: errors.length },
        }),
      );
    }
    return Object.assign(new EnrolmentReportDTO(), { enrolled, alreadyEnrolled, errors });
  }
}

function csvError(message: string): CoursesException {
  return new CoursesException(CoursesExceptionCode.InvalidCsv, message, [{ field: 'csv', rule: 'CSV_INVALID', message }]);
}
