import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUniqueViolation, Principal } from '@tunas/api/core';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NudgeEntity } from '../entities/supervision.entities';
import { JpStandingsQuery, PersonStanding } from '../learning-hours/jp-standings.query';
import { NotificationsService } from '../notifications/notifications.service';
import { narrowedTo } from '../scope/people-scope';
import { SupervisionScopeService } from '../scope/supervision-scope.service';
import { personNotFound } from '../supervision.exception';
import { NudgeLearnersInput, NudgeResultDTO, NudgeSkipDTO, NudgeSkipReason } from './nudge.dto';
import { NudgeMailer } from './nudge-mailer';

/**
 * Reminders from a supervisor to the people behind on this year's JP: an in-app notification and, with SMTP, an
 * e-mail. At most one per supervisor, person and UTC day (a unique index, so two clicks at once still send one);
 * every reminder is kept as the record of who reminded whom.
 */
@Injectable()
export class NudgesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: SupervisionScopeService,
    private readonly standings: JpStandingsQuery,
    private readonly notifications: NotificationsService,
    private readonly mailer: NudgeMailer,
  ) {}

  async nudge(principal: Principal, input: NudgeLearnersInput, now = new Date()): Promise<NudgeResultDTO> {
    const year = now.getUTCFullYear();
    const day = now.toISOString().slice(0, 10);
    const reach = await this.scopes.overseenBy(principal, input.unitId);
    const chosen = input.userIds ? [...new Set(input.userIds)] : null;
    // Without a choice: everyone behind in the whole reach (or unit), whatever page the supervisor is looking at.
    const people = chosen ? await this.standings.all(narrowedTo(reach, chosen), year) : await this.standings.all(reach, year, 'BEHIND');
    const found = new Set(people.map((person) => person.userId));
    const missing = chosen?.find((userId) => !found.has(userId));
    if (missing) throw personNotFound(missing);

    const skipped: NudgeSkipDTO[] = [];
    for (const person of people.filter((candidate) => candidate.reached)) skipped.push({ userId: person.userId, reason: NudgeSkipReason.NOT_BEHIND });
    const nudgedToday = new Set(
      (await this.dataSource.getRepository(NudgeEntity).find({ where: { supervisorId: principal.userId, day }, select: { userId: true } })).map((nudge) => nudge.userId),
    );
    const supervisorName = await this.nameOf(principal.userId);
    const message = input.message?.trim() || null;
    const nudged: Array<{ person: PersonStanding; nudgeId: string }> = [];
    for (const person of people.filter((candidate) => !candidate.reached)) {
      const nudgeId = nudgedToday.has(person.userId) ? null : await this.record(principal.userId, person, supervisorName, message, year, day, now);
      if (nudgeId) nudged.push({ person, nudgeId });
      else skipped.push({ userId: person.userId, reason: NudgeSkipReason.ALREADY_NUDGED_TODAY });
    }

    let emailed = 0;
    for (const { person, nudgeId } of nudged) {
      const accepted = await this.mailer.send({ to: { name: person.name, email: person.email }, supervisorName, jp: person.jp, target: person.target, behindBy: person.behindBy, year, message });
      if (accepted) {
        emailed++;
        await this.dataSource.getRepository(NudgeEntity).update({ id: nudgeId }, { emailedAt: new Date() });
      }
    }
    return { year, nudgedUserIds: nudged.map(({ person }) => person.userId), emailed, skipped };
  }

  /** The notification and its nudge commit together; null when this supervisor already reminded the person today. */
  private async record(supervisorId: string, person: PersonStanding, supervisorName: string, message: string | null, year: number, day: string, now: Date): Promise<string | null> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const notification = await this.notifications.create(
          manager,
          {
            userId: person.userId,
            kind: 'NUDGE',
            title: `Pengingat belajar dari ${supervisorName}`.slice(0, 200),
            body: [`Tahun ${year} Anda sudah mengumpulkan ${person.jp} dari ${person.target} JP; kurang ${person.behindBy} JP.`, message].filter(Boolean).join('\n\n'),
            link: '/kursus',
          },
          now,
        );
        const id = randomUUID();
        await manager.insert(NudgeEntity, { id, supervisorId, userId: person.userId, day, jpYear: year, message, notificationId: notification.id, createdAt: now, emailedAt: null });
        return id;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  }

  private async nameOf(userId: string): Promise<string> {
    const rows: Array<{ name: string }> = await this.dataSource.query('SELECT name FROM users WHERE id = ?', [userId]);
    return rows[0]?.name ?? 'Pimpinan';
  }
}
