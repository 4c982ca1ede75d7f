import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Principal } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { MaterialEntity } from './entities/material.entities';
import { materialNotFound } from './materials.exception';

/** The caller as the library's rules see them. */
export interface LibraryCaller {
  readonly principal: Principal;
  readonly admin: boolean;
  readonly trainer: boolean;
  /** The partner institution whose library the caller manages (partner staff only). */
  readonly institutionId: string | null;
}

/**
 * Who may do what with a material: admins everything; partner staff manage their own institution's library (shared
 * or not, archived or not); trainers read, and put in courses, shared materials that are not archived. Anyone
 * else is told a material does not exist, so ids cannot be probed.
 */
@Injectable()
export class MaterialAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async caller(principal: Principal, manager: EntityManager = this.dataSource.manager): Promise<LibraryCaller> {
    const partner = principal.roles.includes(Role.PARTNER);
    let institutionId: string | null = null;
    if (partner) {
      const rows: Array<{ institution_id: string | null }> = await manager.query('SELECT institution_id FROM users WHERE id = ?', [principal.userId]);
      institutionId = rows[0]?.institution_id ?? null;
    }
    return { principal, admin: principal.roles.includes(Role.ADMIN), trainer: principal.roles.includes(Role.TRAINER), institutionId };
  }

  mayManage(caller: LibraryCaller, material: Pick<MaterialEntity, 'institutionId'>): boolean {
    return caller.admin || (!!caller.institutionId && caller.institutionId === material.institutionId);
  }

  mayRead(caller: LibraryCaller, material: Pick<MaterialEntity, 'institutionId' | 'shared' | 'archivedAt'>): boolean {
    return this.mayManage(caller, material) || (caller.trainer && material.shared && !material.archivedAt);
  }

  async readable(principal: Principal, id: string): Promise<{ caller: LibraryCaller; material: MaterialEntity }> {
    const caller = await this.caller(principal);
    const material = await this.dataSource.getRepository(MaterialEntity).findOneBy({ id });
    if (!material || !this.mayRead(caller, material)) throw materialNotFound();
    return { caller, material };
  }

  async manageable(principal: Principal, id: string, manager: EntityManager = this.dataSource.manager): Promise<{ caller: LibraryCaller; material: MaterialEntity }> {
    const caller = await this.caller(principal, manager);
    const material = await manager.getRepository(MaterialEntity).findOneBy({ id });
    if (!material || !this.mayManage(caller, material)) throw materialNotFound();
    return { caller, material };
  }
}
