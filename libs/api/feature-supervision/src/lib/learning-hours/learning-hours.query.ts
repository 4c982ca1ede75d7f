import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PeopleScope } from '../scope/people-scope';
import { CountedLearning, DEFAULT_JP_TARGET } from './counted-learning';
import { toDate, toNumber } from './sql-values';

interface LearningRow {
  user_id: string;
  course_id: string | null;
  title: string;
  jp_hours: number | string;
  competency_type: string;
  completed_at: string | Date;
  score: number | string | null;
}

/**
 * Where JP come from: the one place that reads what counts toward the yearly target, so every report (dashboard,
 * drill-down, export, nudges, badges, leaderboard) agrees.
 */
@Injectable()
export class LearningHoursQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * What counts toward the people's JP in the year, oldest first: the JP learning record (course completions and
   * approved external claims; `year` is the UTC year of `ended_at`, see libs/api/feature-learning-record).
   */
  async countedIn(scope: PeopleScope, year: number, manager: EntityManager = this.dataSource.manager): Promise<CountedLearning[]> {
    const rows: LearningRow[] = await manager.query(
      `SELECT lr.user_id, lr.course_id, lr.title, lr.jp_hours, lr.competency_type, lr.ended_at AS completed_at, lr.score
         FROM learning_records lr
         JOIN users u ON u.id = lr.user_id
         LEFT JOIN org_units o ON o.id = u.org_unit_id
        WHERE lr.year = ? AND ${scope.where}
        ORDER BY lr.ended_at, lr.title, lr.id`,
      [year, ...scope.params],
    );
    return rows.map((row) => ({
      userId: row.user_id,
      courseId: row.course_id,
      title: row.title,
      jpHours: Number(row.jp_hours),
      competencyType: row.competency_type,
      completedAt: toDate(row.completed_at),
      score: toNumber(row.score),
    }));
  }

  /** The yearly target of a person of this ASN type (jp_targets, else 20 JP). */
  async targets(manager: EntityManager = this.dataSource.manager): Promise<(asnType: string | null) => number> {
    const rows: Array<{ asn_type: string; jp_hours: number | string }> = await manager.query('SELECT asn_type, jp_hours FROM jp_targets');
    const byType = new Map(rows.map((row) => [row.asn_type, Number(row.jp_hours)]));
    return (asnType) => (asnType ? byType.get(asnType) : undefined) ?? DEFAULT_JP_TARGET;
  }
}
