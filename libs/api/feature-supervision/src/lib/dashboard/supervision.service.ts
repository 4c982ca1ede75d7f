import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@tunas/api/core';
import { DataSource } from 'typeorm';
import { LearningHoursQuery } from '../learning-hours/learning-hours.query';
import { toDate, toNumber } from '../learning-hours/sql-values';
import { toBadgeDTO } from '../recognition/badge-mapper';
import { BadgesService } from '../recognition/badges.service';
import { onePerson, PeopleScope } from '../scope/people-scope';
import { SupervisionScopeService } from '../scope/supervision-scope.service';
import { personNotFound } from '../supervision.exception';
import { SupervisedCertificateDTO, SupervisedEnrolmentDTO, SupervisedPersonDetailDTO } from './supervision.dto';
import { summarise, SupervisionSummary } from './supervision-summary';

/** What a supervisor (or an admin) sees of the people they oversee. */
@Injectable()
export class SupervisionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: SupervisionScopeService,
    private readonly learningHours: LearningHoursQuery,
    private readonly badges: BadgesService,
  ) {}

  async dashboard(principal: Principal, year: number, unitId?: string | null): Promise<SupervisionSummary> {
    return this.summaryOf(await this.scopes.overseenBy(principal, unitId), year);
  }

  async summaryOf(scope: PeopleScope, year: number): Promise<SupervisionSummary> {
    const [people, learning, targetOf] = await Promise.all([this.scopes.peopleIn(scope), this.learningHours.countedIn(scope, year), this.learningHours.targets()]);
    return summarise(people, learning, targetOf);
  }

  /** Drill-down to one person; NOT_FOUND for anyone outside the caller's reach. */
  async person(principal: Principal, userId: string, year: number): Promise<SupervisedPersonDetailDTO> {
    await this.scopes.assertOversees(principal, userId);
    const summary = await this.summaryOf(onePerson(userId), year);
    const person = summary.people[0];
    if (!person) throw personNotFound(userId);
    const [enrolments, certificates, badges] = await Promise.all([this.enrolments(userId), this.certificates(userId), this.badges.of(userId)]);
    return { year, person, enrolments, certificates, badges: badges.map(toBadgeDTO) };
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
