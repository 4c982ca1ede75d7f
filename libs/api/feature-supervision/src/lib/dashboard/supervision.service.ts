import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@tunas/api/core';
import { DataSource } from 'typeorm';
import { CountedLearning } from '../learning-hours/counted-learning';
import { JpStandingsQuery, PersonStanding } from '../learning-hours/jp-standings.query';
import { LearningHoursQuery } from '../learning-hours/learning-hours.query';
import { toDate, toNumber } from '../learning-hours/sql-values';
import { toBadgeDTO } from '../recognition/badge-mapper';
import { BadgesService } from '../recognition/badges.service';
import { matching, onePerson } from '../scope/people-scope';
import { SupervisionScopeService } from '../scope/supervision-scope.service';
import { personNotFound } from '../supervision.exception';
import { SupervisedPeopleArgs, SupervisedPeoplePageDTO } from './supervised-people.dto';
import { aggregatesOf, SupervisionAggregates } from './supervision-aggregates';
import { SupervisedCertificateDTO, SupervisedEnrolmentDTO, SupervisedPersonDetailDTO, SupervisedPersonRowDTO } from './supervision.dto';

/**
 * What a supervisor (or an admin) sees of the people they oversee. Everything is computed in the database over the
 * caller's scope, so the number of queries and the objects built stay the same however large the office is.
 */
@Injectable()
export class SupervisionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: SupervisionScopeService,
    private readonly standings: JpStandingsQuery,
    private readonly learningHours: LearningHoursQuery,
    private readonly badges: BadgesService,
  ) {}

  /** Totals, per unit and per competency type: the dashboard's first screen without its people. */
  async dashboard(principal: Principal, year: number, unitId?: string | null): Promise<SupervisionAggregates> {
    const scope = await this.scopes.overseenBy(principal, unitId);
    const [units, competencies] = await Promise.all([this.standings.byUnit(scope, year), this.standings.byCompetencyType(scope, year)]);
    return aggregatesOf(units, competencies);
  }

  /** One page of the people in reach, searched, filtered and sorted in SQL. */
  async people(principal: Principal, args: SupervisedPeopleArgs): Promise<SupervisedPeoplePageDTO> {
    const scope = matching(await this.scopes.overseenBy(principal, args.unitId), args.search);
    const view = { status: args.status, orderBy: args.orderBy, descending: args.descending };
    const [total, page] = await Promise.all([this.standings.count(scope, args.year, args.status), this.standings.page(scope, args.year, view, args.offset, args.limit)]);
    return { total, offset: args.offset, limit: args.limit, items: page.map((person) => toRow(person, args.year)) };
  }

  /** Drill-down to one person; NOT_FOUND for anyone outside the caller's reach. */
  async person(principal: Principal, userId: string, year: number): Promise<SupervisedPersonDetailDTO> {
    await this.scopes.assertOversees(principal, userId);
    const [person] = await this.standings.all(onePerson(userId), year);
    if (!person) throw personNotFound(userId);
    const [enrolments, certificates, badges] = await Promise.all([this.enrolments(userId), this.certificates(userId), this.badges.of(userId)]);
    return { year, person: toRow(person, year), enrolments, certificates, badges: badges.map(toBadgeDTO) };
  }

  /** What counted toward each person's JP in the year, oldest first, for people already in the caller's reach. */
  async coursesOf(userIds: readonly string[], year: number): Promise<Map<string, CountedLearning[]>> {
    const byPerson = new Map<string, CountedLearning[]>(userIds.map((userId) => [userId, []]));
    if (userIds.length === 0) return byPerson;
    const learning = await this.learningHours.countedIn({ where: `u.id IN (${userIds.map(() => '?').join(', ')})`, params: userIds }, year);
    for (const item of learning) byPerson.get(item.userId)?.push(item);
    return byPerson;
  }

  private async enrolments(userId: string): Promise<SupervisedEnrolmentDTO[]> {
    const rows: Array<{
      id: string;
      course_id: string;
      title: string;
      competency_type: string;
      jp_hours: number | string;
      status: string;
      progress: number | string;
      enrolled_at: string | Date;
      completed_at: string | Date | null;
      score: number | string | null;
    }> = await this.dataSource.query(
      `SELECT e.id, e.course_id, c.title, c.competency_type, c.jp_hours, e.status, e.progress, e.enrolled_at, e.completed_at, cert.final_score AS score
         FROM enrolments e JOIN courses c ON c.id = e.course_id LEFT JOIN certificates cert ON cert.enrolment_id = e.id
        WHERE e.user_id = ? ORDER BY e.enrolled_at DESC, c.title`,
      [userId],
    );
    const quizzes: Array<{ enrolment_id: string; activity_id: string; title: string; best_grade: number | string | null; attempts: number | string }> = await this.dataSource.query(
      `SELECT enrolment_id, activity_id, MAX(title) AS title, MAX(grade) AS best_grade, COUNT(*) AS attempts
         FROM quiz_attempts WHERE user_id = ? AND status <> 'IN_PROGRESS' GROUP BY enrolment_id, activity_id`,
      [userId],
    );
    return rows.map((row) => ({
      courseId: row.course_id,
      title: row.title,
      competencyType: row.competency_type,
      jpHours: Number(row.jp_hours),
      status: row.status,
      progress: Number(row.progress),
      enrolledAt: toDate(row.enrolled_at),
      completedAt: row.completed_at === null ? null : toDate(row.completed_at),
      score: toNumber(row.score),
      quizzes: quizzes
        .filter((quiz) => quiz.enrolment_id === row.id)
        .map((quiz) => ({ activityId: quiz.activity_id, title: quiz.title, bestGrade: toNumber(quiz.best_grade), attempts: Number(quiz.attempts) })),
    }));
  }

  private async certificates(userId: string): Promise<SupervisedCertificateDTO[]> {
    const rows: Array<{ id: string; serial: string; course_title: string; jp_hours: number | string; issued_at: string | Date; revoked_at: string | Date | null }> = await this.dataSource.query(
      'SELECT id, serial, course_title, jp_hours, issued_at, revoked_at FROM certificates WHERE user_id = ? ORDER BY issued_at DESC',
      [userId],
    );
    return rows.map((row) => ({ id: row.id, serial: row.serial, courseTitle: row.course_title, jpHours: Number(row.jp_hours), issuedAt: toDate(row.issued_at), revoked: row.revoked_at !== null }));
  }
}

function toRow(person: PersonStanding, year: number): SupervisedPersonRowDTO {
  return { ...person, jpYear: year };
}
