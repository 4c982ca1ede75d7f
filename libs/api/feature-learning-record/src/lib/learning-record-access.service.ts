import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { DataSource } from 'typeorm';

/**
 * Who may see a learner's record and review their claims. The rule is the courses feature's `oversees`, read
 * through SQL because features never import each other: the person reports to the supervisor directly, or works
 * in the supervisor's unit subtree.
 */
@Injectable()
export class LearningRecordAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The learner themself, admins, and their supervisors. */
  async mayRead(principal: Principal, userId: string): Promise<boolean> {
    if (principal.userId === userId || principal.roles.includes(Role.ADMIN)) return true;
    return principal.roles.includes(Role.SUPERVISOR) && this.supervises(principal.userId, userId);
  }

  /** Admins and the learner's supervisors; nobody reviews their own claim. */
  async mayReview(principal: Principal, userId: string): Promise<boolean> {
    if (principal.userId === userId) return false;
    if (principal.roles.includes(Role.ADMIN)) return true;
    return principal.roles.includes(Role.SUPERVISOR) && this.supervises(principal.userId, userId);
  }

  async supervises(supervisorId: string, userId: string): Promise<boolean> {
    const rows: Array<{ supervisor_id: string | null; path: string | null; own_path: string | null }> = await this.dataSource.query(
      `SELECT u.supervisor_id, o.path, (SELECT so.path FROM users s JOIN org_units so ON so.id = s.org_unit_id WHERE s.id = ?) AS own_path
         FROM users u LEFT JOIN org_units o ON o.id = u.org_unit_id WHERE u.id = ?`,
      [supervisorId, userId],
    );
    const row = rows[0];
    if (!row) return false;
    return row.supervisor_id === supervisorId || (!!row.own_path && !!row.path && row.path.startsWith(row.own_path));
  }

  /** The unit path whose subtree the supervisor oversees, or null. */
  async ownUnitPath(userId: string): Promise<string | null> {
    const rows: Array<{ path: string }> = await this.dataSource.query('SELECT o.path FROM users u JOIN org_units o ON o.id = u.org_unit_id WHERE u.id = ?', [userId]);
    return rows[0]?.path ?? null;
  }
}
