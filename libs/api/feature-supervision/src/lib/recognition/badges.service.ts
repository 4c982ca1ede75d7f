import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CompletionStage, CourseCompletion, CourseCompletionListener, CourseCompletionListeners, isUniqueViolation, Principal } from '@tunas/api/core';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { BadgeEntity } from '../entities/supervision.entities';
import { LearningHoursQuery } from '../learning-hours/learning-hours.query';
import { NotificationsService } from '../notifications/notifications.service';
import { onePerson, PEOPLE_FROM, PeopleScope } from '../scope/people-scope';
import { BadgeKind, badgeTitle, CORE_TOPIC_CODES, dueBadges } from './badge-rules';

/**
 * Milestone badges. Awarded in the transaction that completes a course (a completion listener, after the JP
 * record) and, for what changes without a completion (an approved external claim reaching the target), when a
 * person's badges are read. The unique (user, award key) index makes every badge exactly-once.
 */
@Injectable()
export class BadgesService extends CourseCompletionListener implements OnModuleInit {
  readonly listenerName = 'badges';
  readonly stage = CompletionStage.Recognition;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly listeners: CourseCompletionListeners,
    private readonly learningHours: LearningHoursQuery,
    private readonly notifications: NotificationsService,
  ) {
    super();
  }

  onModuleInit(): void {
    this.listeners.register(this);
  }

  async onCourseCompleted(manager: EntityManager, completion: CourseCompletion): Promise<void> {
    await this.awardDue(manager, onePerson(completion.userId), completion.completedAt.getUTCFullYear());
  }

  /** The caller's badges, after awarding what they have earned by now. */
  async mine(principal: Principal): Promise<BadgeEntity[]> {
    await this.dataSource.transaction((manager) => this.awardDue(manager, onePerson(principal.userId), new Date().getUTCFullYear()));
    return this.of(principal.userId);
  }

  of(userId: string): Promise<BadgeEntity[]> {
    return this.dataSource.getRepository(BadgeEntity).find({ where: { userId }, order: { awardedAt: 'ASC', awardKey: 'ASC' } });
  }

  /** Awards every badge the people in the scope have earned and do not hold yet; returns how many were new. */
  async awardDue(manager: EntityManager, scope: PeopleScope, year: number): Promise<number> {
    const people: Array<{ id: string; asn_type: string | null }> = await manager.query(`SELECT u.id, u.asn_type FROM ${PEOPLE_FROM} WHERE ${scope.where}`, [...scope.params]);
    if (people.length === 0) return 0;
    const completions: Array<{ user_id: string; completed: number | string; core_topics: number | string }> = await manager.query(
      `SELECT e.user_id, COUNT(*) AS completed, COUNT(DISTINCT CASE WHEN t.code IN (${CORE_TOPIC_CODES.map(() => '?').join(', ')}) THEN t.code END) AS core_topics
         FROM enrolments e
         JOIN courses c ON c.id = e.course_id
         JOIN topics t ON t.id = c.topic_id
         JOIN users u ON u.id = e.user_id
         LEFT JOIN org_units o ON o.id = u.org_unit_id
        WHERE e.status = 'COMPLETED' AND ${scope.where}
        GROUP BY e.user_id`,
      [...CORE_TOPIC_CODES, ...scope.params],
    );
    const learning = await this.learningHours.countedIn(scope, year, manager);
    const targetOf = await this.learningHours.targets(manager);
    const held: Array<{ user_id: string; award_key: string }> = await manager.query(
      `SELECT b.user_id, b.award_key FROM badges b JOIN users u ON u.id = b.user_id LEFT JOIN org_units o ON o.id = u.org_unit_id WHERE ${scope.where}`,
      [...scope.params],
    );
    const heldKeys = new Set(held.map((row) => `${row.user_id} ${row.award_key}`));
    const byUser = new Map(completions.map((row) => [row.user_id, row]));
    let awarded = 0;
    const now = new Date();
    for (const person of people) {
      const facts = byUser.get(person.id);
      const due = dueBadges({
        userId: person.id,
        completedCourses: Number(facts?.completed ?? 0),
        coreTopicsCompleted: Number(facts?.core_topics ?? 0),
        year,
        jp: learning.filter((item) => item.userId === person.id).reduce((total, item) => total + item.jpHours, 0),
        target: targetOf(person.asn_type),
      });
      for (const badge of due.filter((candidate) => !heldKeys.has(`${candidate.userId} ${candidate.awardKey}`))) {
        if (await this.award(manager, badge.userId, badge.kind, badge.awardKey, badge.year, now)) awarded++;
      }
    }
    return awarded;
  }

  /** False when someone else awarded the same badge first (the unique index decides). */
  private async award(manager: EntityManager, userId: string, kind: BadgeKind, awardKey: string, year: number | null, now: Date): Promise<boolean> {
    try {
      await manager.insert(BadgeEntity, { id: randomUUID(), userId, kind, awardKey, year, awardedAt: now });
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
    const title = badgeTitle(kind, year);
    await this.notifications.create(manager, { userId, kind: 'BADGE', title: `Lencana baru: ${title}`, body: `Selamat! Anda mendapat lencana "${title}".`, link: '/' }, now);
    return true;
  }
}
