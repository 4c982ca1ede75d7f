import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { DataSource } from 'typeorm';
import { personNotFound, unitNotFound } from '../supervision.exception';
import { PEOPLE_FROM, PeopleScope, SupervisedPerson } from './people-scope';

/**
 * Whom a caller oversees: admins everyone on the staff (people with a unit); a supervisor the active people of
 * their own unit subtree (org_units.path is materialised, `/root/…/unit/`) and their direct reports, never
 * themself. Narrowing to a unit outside that reach answers "not found".
 */
@Injectable()
export class SupervisionScopeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async overseenBy(principal: Principal, unitId?: string | null): Promise<PeopleScope> {
    const isAdmin = principal.roles.includes(Role.ADMIN);
    let reach: PeopleScope;
    let ownPath: string | null = null;
    if (isAdmin) {
      reach = { where: 'u.org_unit_id IS NOT NULL', params: [] };
    } else if (principal.roles.includes(Role.SUPERVISOR)) {
      ownPath = await this.unitPathOf(principal.userId);
      reach = ownPath
        ? { where: '(u.supervisor_id = ? OR o.path LIKE ?)', params: [principal.userId, `${ownPath}%`] }
        : { where: 'u.supervisor_id = ?', params: [principal.userId] };
    } else {
      reach = { where: '1 = 0', params: [] };
    }
    const base: PeopleScope = { where: `u.active = 1 AND u.id <> ? AND ${reach.where}`, params: [principal.userId, ...reach.params] };
    if (!unitId) return base;
    const unitPath = await this.pathOfUnit(unitId);
    if (!unitPath || (!isAdmin && !(ownPath && unitPath.startsWith(ownPath)))) throw unitNotFound(unitId);
    return { where: `${base.where} AND o.path LIKE ?`, params: [...base.params, `${unitPath}%`] };
  }

  /** Throws "not found" unless the person is within the caller's reach. */
  async assertOversees(principal: Principal, userId: string): Promise<void> {
    const scope = await this.overseenBy(principal);
    const rows: unknown[] = await this.dataSource.query(`SELECT u.id FROM ${PEOPLE_FROM} WHERE u.id = ? AND ${scope.where}`, [userId, ...scope.params]);
    if (rows.length === 0) throw personNotFound(userId);
  }

  /** The people of a scope, by unit (in tree order) and name. */
  async peopleIn(scope: PeopleScope): Promise<SupervisedPerson[]> {
    const rows: Array<{ id: string; name: string; nip: string | null; email: string; asn_type: string | null; unit_id: string | null; unit_name: string | null }> = await this.dataSource.query(
      `SELECT u.id, u.name, u.nip, u.email, u.asn_type, o.id AS unit_id, o.name AS unit_name FROM ${PEOPLE_FROM} WHERE ${scope.where} ORDER BY o.path, u.name, u.id`,
      [...scope.params],
    );
    return rows.map((row) => ({ userId: row.id, name: row.name, nip: row.nip, email: row.email, asnType: row.asn_type, unitId: row.unit_id, unitName: row.unit_name }));
  }

  async unitPathOf(userId: string): Promise<string | null> {
    const rows: Array<{ path: string | null }> = await this.dataSource.query(`SELECT o.path FROM ${PEOPLE_FROM} WHERE u.id = ?`, [userId]);
    return rows[0]?.path ?? null;
  }

  async pathOfUnit(unitId: string): Promise<string | null> {
    const rows: Array<{ path: string }> = await this.dataSource.query('SELECT path FROM org_units WHERE id = ?', [unitId]);
    return rows[0]?.path ?? null;
  }
}
