import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, isUniqueViolation, notFound, Principal, staleVersion } from '@tunas/api/core';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, Like } from 'typeorm';
import { OrgUnitEntity, UserEntity } from '../entities';
import { IdentityException, IdentityExceptionCode } from '../identity.exception';
import { CreateOrgUnitInput, OrgUnitDTO, UpdateOrgUnitInput } from './org-unit.dto';

@Injectable()
export class OrgUnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async list(): Promise<OrgUnitDTO[]> {
    const units = await this.dataSource.getRepository(OrgUnitEntity).find({ order: { path: 'ASC' } });
    return units.map(OrgUnitDTO.from);
  }

  async findByIds(ids: readonly string[]): Promise<OrgUnitDTO[]> {
    if (ids.length === 0) return [];
    return (await this.dataSource.getRepository(OrgUnitEntity).find({ where: { id: In([...ids]) } })).map(OrgUnitDTO.from);
  }

  async create(input: CreateOrgUnitInput): Promise<OrgUnitDTO> {
    const unit = await this.dataSource.transaction(async (manager) => {
      const parent = input.parentId ? await this.load(manager, input.parentId, 'parentId') : null;
      const id = randomUUID();
      const now = new Date();
      const unit = manager.create(OrgUnitEntity, {
        id,
        name: input.name.trim(),
        code: input.code?.trim() || null,
        kind: input.kind,
        parentId: parent?.id ?? null,
        path: `${parent?.path ?? '/'}${id}/`,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
      await this.insertUnique(manager, unit);
      return unit;
    });
    return OrgUnitDTO.from(unit);
  }

  async update(input: UpdateOrgUnitInput): Promise<OrgUnitDTO> {
    await this.dataSource.transaction(async (manager) => {
      const unit = await this.load(manager, input.id, 'id');
      if (unit.version !== input.version) throw staleVersion('This unit');
      const changes: Partial<OrgUnitEntity> = {
        name: input.name?.trim() || unit.name,
        code: input.code !== undefined ? input.code?.trim() || null : unit.code,
        updatedAt: new Date(),
        version: unit.version + 1,
      };
      if (input.parentId !== undefined && input.parentId !== unit.parentId) {
        const parent = input.parentId ? await this.load(manager, input.parentId, 'parentId') : null;
        if (parent && parent.path.startsWith(unit.path)) {
          throw IdentityException.field(IdentityExceptionCode.OrgUnitCycle, 'parentId', 'ORG_UNIT_CYCLE', 'A unit cannot be moved under itself or one of its own sub-units');
        }
        const newPath = `${parent?.path ?? '/'}${unit.id}/`;
        await this.movePaths(manager, unit.path, newPath);
        changes.parentId = parent?.id ?? null;
        changes.path = newPath;
      }
      try {
        const result = await manager.update(OrgUnitEntity, { id: unit.id, version: input.version }, changes);
        if (result.affected !== 1) throw staleVersion('This unit');
      } catch (error) {
        if (isUniqueViolation(error)) throw codeTaken(changes.code ?? '');
        throw error;
      }
    });
    return OrgUnitDTO.from(await this.dataSource.getRepository(OrgUnitEntity).findOneByOrFail({ id: input.id }));
  }

  async delete(actor: Principal, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.load(manager, id, 'id');
      const [children, members] = await Promise.all([
        manager.count(OrgUnitEntity, { where: { parentId: unit.id } }),
        manager.count(UserEntity, { where: { orgUnitId: unit.id } }),
      ]);
      if (children > 0 || members > 0) {
        throw new IdentityException(
          IdentityExceptionCode.OrgUnitNotEmpty,
          `"${unit.name}" still has ${children} sub-unit(s) and ${members} member(s); move them first`,
        );
      }
      await manager.delete(OrgUnitEntity, { id: unit.id });
      await this.audit.record(manager, { actorId: actor.userId, action: 'org_unit.deleted', objectType: 'OrgUnit', objectId: unit.id, summary: `Deleted the unit "${unit.name}"` });
      return true;
    });
  }

  /** Rewrites the path prefix of a unit and all its descendants. */
  private async movePaths(manager: EntityManager, oldPrefix: string, newPrefix: string): Promise<void> {
    const subtree = await manager.find(OrgUnitEntity, { where: { path: Like(`${oldPrefix}%`) }, select: { id: true, path: true } });
    for (const node of subtree) {
      if (node.path === oldPrefix) continue; // the unit itself is written by the caller, with its version check
      await manager.update(OrgUnitEntity, { id: node.id }, { path: newPrefix + node.path.slice(oldPrefix.length) });
    }
  }

  private async load(manager: EntityManager, id: string, field: string): Promise<OrgUnitEntity> {
    const unit = await manager.findOne(OrgUnitEntity, { where: { id } });
    if (!unit) {
      if (field === 'id') throw notFound('Organisation unit', id);
      throw IdentityException.field(IdentityExceptionCode.UnknownReference, field, 'UNKNOWN_REFERENCE', `Organisation unit ${id} does not exist`);
    }
    return unit;
  }

  private async insertUnique(manager: EntityManager, unit: OrgUnitEntity): Promise<void> {
    try {
      await manager.insert(OrgUnitEntity, unit);
    } catch (error) {
      if (isUniqueViolation(error)) throw codeTaken(unit.code ?? '');
      throw error;
    }
  }
}

function codeTaken(code: string): IdentityException {
  return IdentityException.field(IdentityExceptionCode.OrgUnitCodeTaken, 'code', 'ORG_UNIT_CODE_TAKEN', `Unit code ${code} is already used`);
}
