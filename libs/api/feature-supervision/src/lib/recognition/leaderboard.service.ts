import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { DataSource } from 'typeorm';
import { LeaderboardOptInEntity } from '../entities/supervision.entities';
import { LearningHoursQuery } from '../learning-hours/learning-hours.query';
import { PeopleScope } from '../scope/people-scope';
import { SupervisionScopeService } from '../scope/supervision-scope.service';
import { unitNotFound } from '../supervision.exception';
import { LeaderboardEntryDTO, UnitLeaderboardDTO } from './recognition.dto';

/** An opt-in leaderboard of a unit (and the units under it): only people who chose to appear are ranked. */
@Injectable()
export class LeaderboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: SupervisionScopeService,
    private readonly learningHours: LearningHoursQuery,
  ) {}

  async setOptIn(principal: Principal, optIn: boolean): Promise<boolean> {
    const repository = this.dataSource.getRepository(LeaderboardOptInEntity);
    if (optIn) await repository.upsert({ userId: principal.userId, optedInAt: new Date() }, ['userId']);
    else await repository.delete({ userId: principal.userId });
    return optIn;
  }

  async board(principal: Principal, year: number, unitId?: string | null): Promise<UnitLeaderboardDTO> {
    const unit = await this.visibleUnit(principal, unitId);
    const scope: PeopleScope = { where: 'u.active = 1 AND o.path LIKE ? AND u.id IN (SELECT user_id FROM leaderboard_opt_ins)', params: [`${unit.path}%`] };
    const people = await this.scopes.peopleIn(scope);
    const learning = await this.learningHours.countedIn(scope, year);
    const badges: Array<{ user_id: string; badges: number | string }> = await this.dataSource.query(
      `SELECT b.user_id, COUNT(*) AS badges FROM badges b JOIN users u ON u.id = b.user_id LEFT JOIN org_units o ON o.id = u.org_unit_id WHERE ${scope.where} GROUP BY b.user_id`,
      [...scope.params],
    );
    const badgeCount = new Map(badges.map((row) => [row.user_id, Number(row.badges)]));
    const ranked = people
      .map((person) => ({ userId: person.userId, name: person.name, unitName: person.unitName, jp: learning.filter((item) => item.userId === person.userId).reduce((total, item) => total + item.jpHours, 0), badges: badgeCount.get(person.userId) ?? 0 }))
      .sort((a, b) => b.jp - a.jp || a.name.localeCompare(b.name));
    const entries: LeaderboardEntryDTO[] = ranked.map((entry) => ({ ...entry, rank: ranked.findIndex((other) => other.jp === entry.jp) + 1 }));
    const optedIn = await this.dataSource.getRepository(LeaderboardOptInEntity).exists({ where: { userId: principal.userId } });
    return { unitId: unit.id, unitName: unit.name, year, optedIn, entries };
  }

  /** The caller's own unit; another unit only for admins and the supervisors of its subtree. */
  private async visibleUnit(principal: Principal, unitId?: string | null): Promise<{ id: string; name: string; path: string }> {
    const own: Array<{ id: string; name: string; path: string }> = await this.dataSource.query('SELECT o.id, o.name, o.path FROM users u JOIN org_units o ON o.id = u.org_unit_id WHERE u.id = ?', [principal.userId]);
    if (!unitId || unitId === own[0]?.id) {
      if (!own[0]) throw unitNotFound(unitId ?? 'of the caller');
      return own[0];
    }
    const rows: Array<{ id: string; name: string; path: string }> = await this.dataSource.query('SELECT id, name, path FROM org_units WHERE id = ?', [unitId]);
    const unit = rows[0];
    const oversees = principal.roles.includes(Role.ADMIN) || (principal.roles.includes(Role.SUPERVISOR) && !!own[0] && !!unit && unit.path.startsWith(own[0].path));
    if (!unit || !oversees) throw unitNotFound(unitId);
    return unit;
  }
}
