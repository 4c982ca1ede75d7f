import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertUnreachable } from '@tunas/shared/contracts';
import { DataSource } from 'typeorm';
import { PEOPLE_FROM, PeopleScope, SupervisedPerson } from '../scope/people-scope';
import { DEFAULT_JP_TARGET, jpStanding, JpStanding } from './counted-learning';
import { toNumber } from './sql-values';

/** A person of a scope with the year's JP against their target (the numbers of the dashboard's people table). */
export interface PersonStanding extends SupervisedPerson, JpStanding {
  completions: number;
  averageScore: number | null;
}

export type StandingStatus = 'ALL' | 'BEHIND' | 'REACHED';
export type StandingOrder = 'NAME' | 'UNIT' | 'JP' | 'BEHIND_BY' | 'COMPLETIONS';

export interface StandingView {
  readonly status: StandingStatus;
  readonly orderBy: StandingOrder;
  readonly descending: boolean;
}

export interface UnitStanding {
  unitId: string | null;
  unitName: string | null;
  people: number;
  reached: number;
  totalJp: number;
}

export interface CompetencyStanding {
  competencyType: string;
  jp: number;
  completions: number;
  people: number;
  firstCompletedAt: string | Date;
}

interface StandingRow {
  user_id: string;
  name: string;
  nip: string | null;
  email: string;
  asn_type: string | null;
  unit_id: string | null;
  unit_name: string | null;
  jp: number | string;
  target: number | string;
  completions: number | string;
  score_sum: number | string | null;
  scored: number | string;
}

/** The JP learning record of the people of a scope (a PeopleScope condition applies as it does to PEOPLE_FROM). */
const LEARNING_FROM = 'learning_records lr JOIN users u ON u.id = lr.user_id LEFT JOIN org_units o ON o.id = u.org_unit_id';
const REACHED = 's.jp >= s.target';
const BEHIND_BY = '(CASE WHEN s.target > s.jp THEN s.target - s.jp ELSE 0 END)';

/**
 * The year's JP of every person of a scope, computed in the database: one row per person (GROUP BY over the JP
 * learning record and the target of their ASN type), so a page, a count or a per-unit aggregate never builds an
 * object per person in Node. Reads what `LearningHoursQuery.countedIn` reads, summed: the two always agree.
 */
@Injectable()
export class JpStandingsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One page of the people, filtered and sorted in SQL; ties are broken by name, then id, so pages never overlap. */
  async page(scope: PeopleScope, year: number, view: StandingView, offset: number, limit: number): Promise<PersonStanding[]> {
    const standings = standingsOf(scope, year);
    const rows: StandingRow[] = await this.dataSource.query(
      `SELECT s.* FROM (${standings.sql}) s WHERE ${statusCondition(view.status)} ORDER BY ${orderOf(view)} LIMIT ? OFFSET ?`,
      [...standings.params, limit, offset],
    );
    return rows.map(toStanding);
  }

  /** How many people of the scope are in the status (everyone: without reading any JP). */
  async count(scope: PeopleScope, year: number, status: StandingStatus): Promise<number> {
    if (status === 'ALL') {
      const rows: Array<{ total: number | string }> = await this.dataSource.query(`SELECT COUNT(*) AS total FROM ${PEOPLE_FROM} WHERE ${scope.where}`, [...scope.params]);
      return Number(rows[0]?.total ?? 0);
    }
    const standings = standingsOf(scope, year);
    const rows: Array<{ total: number | string }> = await this.dataSource.query(`SELECT COUNT(*) AS total FROM (${standings.sql}) s WHERE ${statusCondition(status)}`, [...standings.params]);
    return Number(rows[0]?.total ?? 0);
  }

  /** Everyone of the scope in the status, by unit (in tree order) and name: for exports and reminders. */
  async all(scope: PeopleScope, year: number, status: StandingStatus = 'ALL'): Promise<PersonStanding[]> {
    const standings = standingsOf(scope, year);
    const rows: StandingRow[] = await this.dataSource.query(
      `SELECT s.* FROM (${standings.sql}) s WHERE ${statusCondition(status)} ORDER BY s.unit_path, s.name, s.user_id`,
      [...standings.params],
    );
    return rows.map(toStanding);
  }

  /** The people of each unit, how many reached their target and their JP, units in tree order. */
  async byUnit(scope: PeopleScope, year: number): Promise<UnitStanding[]> {
    const standings = standingsOf(scope, year);
    const rows: Array<{ unit_id: string | null; unit_name: string | null; people: number | string; reached: number | string; total_jp: number | string }> = await this.dataSource.query(
      `SELECT s.unit_id, s.unit_name, COUNT(*) AS people, SUM(CASE WHEN ${REACHED} THEN 1 ELSE 0 END) AS reached, SUM(s.jp) AS total_jp
         FROM (${standings.sql}) s
        GROUP BY s.unit_id, s.unit_name, s.unit_path
        ORDER BY s.unit_path, s.unit_id`,
      [...standings.params],
    );
    return rows.map((row) => ({ unitId: row.unit_id, unitName: row.unit_name, people: Number(row.people), reached: Number(row.reached), totalJp: Number(row.total_jp) }));
  }

  /** JP, completions and people per competency type over the scope's learning of the year. */
  async byCompetencyType(scope: PeopleScope, year: number): Promise<CompetencyStanding[]> {
    const rows: Array<{ competency_type: string; jp: number | string; completions: number | string; people: number | string; first_at: string | Date }> = await this.dataSource.query(
      `SELECT lr.competency_type, SUM(lr.jp_hours) AS jp, COUNT(*) AS completions, COUNT(DISTINCT lr.user_id) AS people, MIN(lr.ended_at) AS first_at
         FROM ${LEARNING_FROM}
        WHERE lr.year = ? AND ${scope.where}
        GROUP BY lr.competency_type`,
      [year, ...scope.params],
    );
    return rows.map((row) => ({ competencyType: row.competency_type, jp: Number(row.jp), completions: Number(row.completions), people: Number(row.people), firstCompletedAt: row.first_at }));
  }

  /** Each person's JP per competency type (absent: none), for the export's columns. */
  async jpByCompetencyType(scope: PeopleScope, year: number): Promise<Map<string, Map<string, number>>> {
    const rows: Array<{ user_id: string; competency_type: string; jp: number | string }> = await this.dataSource.query(
      `SELECT lr.user_id, lr.competency_type, SUM(lr.jp_hours) AS jp
         FROM ${LEARNING_FROM}
        WHERE lr.year = ? AND ${scope.where}
        GROUP BY lr.user_id, lr.competency_type`,
      [year, ...scope.params],
    );
    const byPerson = new Map<string, Map<string, number>>();
    for (const row of rows) byPerson.set(row.user_id, (byPerson.get(row.user_id) ?? new Map<string, number>()).set(row.competency_type, Number(row.jp)));
    return byPerson;
  }
}

/**
 * One row per person of the scope: who they are, their unit (with its path, for tree order), the year's JP,
 * completions and score sums from the JP learning record, and the target of their ASN type (else 20 JP).
 */
function standingsOf(scope: PeopleScope, year: number): { sql: string; params: unknown[] } {
  return {
    sql: `SELECT u.id AS user_id, u.name, u.nip, u.email, u.asn_type, o.id AS unit_id, o.name AS unit_name, o.path AS unit_path,
                 COALESCE(SUM(lr.jp_hours), 0) AS jp, COALESCE(MAX(t.jp_hours), ${DEFAULT_JP_TARGET}) AS target,
                 COUNT(lr.id) AS completions, SUM(lr.score) AS score_sum, COUNT(lr.score) AS scored
            FROM ${PEOPLE_FROM}
            LEFT JOIN jp_targets t ON t.asn_type = u.asn_type
            LEFT JOIN learning_records lr ON lr.user_id = u.id AND lr.year = ?
           WHERE ${scope.where}
           GROUP BY u.id, u.name, u.nip, u.email, u.asn_type, o.id, o.name, o.path`,
    params: [year, ...scope.params],
  };
}

function statusCondition(status: StandingStatus): string {
  switch (status) {
    case 'ALL':
      return '1 = 1';
    case 'BEHIND':
      return `NOT (${REACHED})`;
    case 'REACHED':
      return REACHED;
    default:
      return assertUnreachable(status);
  }
}

function orderOf(view: StandingView): string {
  const direction = view.descending ? 'DESC' : 'ASC';
  const byName = `LOWER(s.name) ${direction}, s.user_id ${direction}`;
  const thenByName = 'LOWER(s.name) ASC, s.user_id ASC';
  switch (view.orderBy) {
    case 'NAME':
      return byName;
    case 'UNIT':
      return `LOWER(s.unit_name) ${direction}, ${thenByName}`;
    case 'JP':
      return `s.jp ${direction}, ${thenByName}`;
    case 'BEHIND_BY':
      return `${BEHIND_BY} ${direction}, ${thenByName}`;
    case 'COMPLETIONS':
      return `s.completions ${direction}, ${thenByName}`;
    default:
      return assertUnreachable(view.orderBy);
  }
}

function toStanding(row: StandingRow): PersonStanding {
  const scored = Number(row.scored);
  const scoreSum = toNumber(row.score_sum) ?? 0;
  return {
    userId: row.user_id,
    name: row.name,
    nip: row.nip,
    email: row.email,
    asnType: row.asn_type,
    unitId: row.unit_id,
    unitName: row.unit_name,
    ...jpStanding(Number(row.jp), Number(row.target)),
    completions: Number(row.completions),
    averageScore: scored ? Math.round((scoreSum / scored) * 100) / 100 : null,
  };
}
