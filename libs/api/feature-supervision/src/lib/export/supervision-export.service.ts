import { Injectable } from '@nestjs/common';
import { Principal } from '@tunas/api/core';
import { assertUnreachable } from '@tunas/shared/contracts';
import { stringify } from 'csv-stringify/sync';
import { Workbook } from 'exceljs';
import { SupervisionExportDTO, SupervisionExportFormat } from '../dashboard/supervision.dto';
import { JpStandingsQuery, PersonStanding } from '../learning-hours/jp-standings.query';
import { SupervisionScopeService } from '../scope/supervision-scope.service';

const COMPETENCY_COLUMNS: ReadonlyArray<[string, string]> = [
  ['TEKNIS', 'JP Teknis'],
  ['MANAJERIAL', 'JP Manajerial'],
  ['SOSIAL_KULTURAL', 'JP Sosial Kultural'],
];

/** The dashboard as a file for BKPSDM reporting: one row per person, the same numbers as the dashboard. */
@Injectable()
export class SupervisionExportService {
  constructor(
    private readonly scopes: SupervisionScopeService,
    private readonly standings: JpStandingsQuery,
  ) {}

  async export(principal: Principal, year: number, format: SupervisionExportFormat, unitId?: string | null): Promise<SupervisionExportDTO> {
    const scope = await this.scopes.overseenBy(principal, unitId);
    const [people, jpByType] = await Promise.all([this.standings.all(scope, year), this.standings.jpByCompetencyType(scope, year)]);
    const table = [header(year), ...people.map((person) => row(person, jpByType.get(person.userId)))];
    const filename = `rekap-jp-${year}`;
    switch (format) {
      case SupervisionExportFormat.CSV: {
        // A leading apostrophe keeps a spreadsheet from running a name that starts like a formula.
        const safe = (value: string | number) => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
        return { filename: `${filename}.csv`, contentType: 'text/csv; charset=utf-8', encoding: 'utf-8', content: stringify(table.map((cells) => cells.map(safe)), { bom: true }) };
      }
      case SupervisionExportFormat.XLSX: {
        const workbook = new Workbook();
        workbook.creator = 'Tunas';
        const sheet = workbook.addWorksheet(`JP ${year}`, { views: [{ state: 'frozen', ySplit: 1 }] });
        sheet.addRows(table);
        sheet.getRow(1).font = { bold: true };
        sheet.columns.forEach((column, index) => (column.width = index === 1 || index === 3 ? 36 : 14));
        const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
        return { filename: `${filename}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', encoding: 'base64', content: buffer.toString('base64') };
      }
      default:
        return assertUnreachable(format);
    }
  }
}

function header(year: number): string[] {
  return ['NIP', 'Nama', 'Jenis ASN', 'Unit kerja', `JP ${year}`, 'Target JP', 'Status', 'Kurang JP', 'Kursus selesai', 'Rata-rata nilai', ...COMPETENCY_COLUMNS.map(([, label]) => label)];
}

function row(person: PersonStanding, jpByType: ReadonlyMap<string, number> = new Map()): Array<string | number> {
  return [
    person.nip ?? '',
    person.name,
    person.asnType ?? '',
    person.unitName ?? '',
    person.jp,
    person.target,
    person.reached ? 'Tercapai' : 'Belum tercapai',
    person.behindBy,
    person.completions,
    person.averageScore ?? '',
    ...COMPETENCY_COLUMNS.map(([type]) => jpByType.get(type) ?? 0),
  ];
}
