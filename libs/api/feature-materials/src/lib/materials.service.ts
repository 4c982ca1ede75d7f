import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, Principal } from '@tunas/api/core';
import { Brackets, DataSource, In, SelectQueryBuilder } from 'typeorm';
import { MaterialFilterInput, MaterialPageInput, UpdateMaterialInput } from './dto/material.dto';
import { MaterialEntity, MaterialVersionEntity } from './entities/material.entities';
import { LibraryCaller, MaterialAccessService } from './material-access.service';
import { MaterialsException, MaterialsExceptionCode } from './materials.exception';

/** Reading and curating the library; uploads live in `MaterialUploadService`. */
@Injectable()
export class MaterialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MaterialAccessService,
    private readonly audit: AuditLog,
  ) {}

  async list(principal: Principal, filter: MaterialFilterInput | null | undefined, page: MaterialPageInput): Promise<{ items: MaterialEntity[]; total: number }> {
    const caller = await this.access.caller(principal);
    const query = this.visible(caller, !!filter?.includeArchived);
    if (filter?.kind) query.andWhere('m.kind = :kind', { kind: filter.kind.toLowerCase() });
    if (filter?.topic) query.andWhere('m.topic = :topic', { topic: filter.topic });
    if (filter?.institutionId) query.andWhere('m.institution_id = :institutionId', { institutionId: filter.institutionId });
    const search = filter?.search?.trim().toLowerCase();
    if (search) {
      // '!' as the LIKE escape: a backslash means different things in SQLite and MySQL string literals.
      const pattern = `%${search.replace(/[!%_]/g, (c) => `!${c}`)}%`;
      query.andWhere(new Brackets((where) => where.where("LOWER(m.title) LIKE :pattern ESCAPE '!'", { pattern }).orWhere("LOWER(m.description) LIKE :pattern ESCAPE '!'", { pattern })));
    }
    const [items, total] = await query.orderBy('m.updated_at', 'DESC').addOrderBy('m.id', 'ASC').skip(page.offset).take(page.limit).getManyAndCount();
    return { items, total };
  }

  async topics(principal: Principal): Promise<string[]> {
    const caller = await this.access.caller(principal);
    const rows: Array<{ topic: string }> = await this.visible(caller, false).select('DISTINCT m.topic', 'topic').andWhere('m.topic IS NOT NULL').orderBy('m.topic', 'ASC').limit(500).getRawMany();
    return rows.map((row) => row.topic);
  }

  async update(principal: Principal, input: UpdateMaterialInput): Promise<MaterialEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { material } = await this.access.manageable(principal, input.id, manager);
      const before = { title: material.title, description: material.description, topic: material.topic, licence: material.licence, shared: material.shared };
      if (input.title != null) material.title = input.title.trim() || material.title;
      if (input.description != null) material.description = input.description.trim() || null;
      if (input.topic != null) material.topic = input.topic.trim() || null;
      if (input.licence != null) material.licence = input.licence.trim() || null;
      if (input.shared != null) material.shared = input.shared;
      material.updatedAt = new Date();
      await manager.save(material);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'material.updated',
        objectType: 'Material',
        objectId: material.id,
        summary: `Updated material "${material.title}"`,
        details: { before, after: { title: material.title, description: material.description, topic: material.topic, licence: material.licence, shared: material.shared } },
      });
      return material;
    });
  }

  async archive(principal: Principal, id: string): Promise<MaterialEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { material } = await this.access.manageable(principal, id, manager);
      if (material.archivedAt) throw new MaterialsException(MaterialsExceptionCode.MaterialArchived, `"${material.title}" is already archived`);
      material.archivedAt = new Date();
      material.updatedAt = material.archivedAt;
      await manager.save(material);
      await this.audit.record(manager, { actorId: principal.userId, action: 'material.archived', objectType: 'Material', objectId: material.id, summary: `Archived material "${material.title}"` });
      return material;
    });
  }

  /** Versions of many materials in one query, newest first (for the `versions` field loader). */
  async versionsOf(materialIds: readonly string[]): Promise<MaterialVersionEntity[]> {
    if (materialIds.length === 0) return [];
    return this.dataSource.getRepository(MaterialVersionEntity).find({ where: { materialId: In([...materialIds]) }, order: { version: 'DESC' } });
  }

  async versionsById(ids: readonly string[]): Promise<MaterialVersionEntity[]> {
    if (ids.length === 0) return [];
    return this.dataSource.getRepository(MaterialVersionEntity).findBy({ id: In([...ids]) });
  }

  async institutionNames(ids: readonly string[]): Promise<Array<{ id: string; name: string }>> {
    if (ids.length === 0) return [];
    return this.dataSource.query(`SELECT id, name FROM institutions WHERE id IN (${ids.map(() => '?').join(', ')})`, [...ids]);
  }

  async userNames(ids: readonly string[]): Promise<Array<{ id: string; name: string }>> {
    if (ids.length === 0) return [];
    return this.dataSource.query(`SELECT id, name FROM users WHERE id IN (${ids.map(() => '?').join(', ')})`, [...ids]);
  }

  /** The materials the caller may see: their institution's (managed), shared ones (trainers), all (admins). */
  private visible(caller: LibraryCaller, includeArchived: boolean): SelectQueryBuilder<MaterialEntity> {
    const query = this.dataSource.getRepository(MaterialEntity).createQueryBuilder('m');
    if (caller.admin) {
      if (!includeArchived) query.where('m.archived_at IS NULL');
      return query;
    }
    query.where(
      new Brackets((where) => {
        if (caller.institutionId) {
          where.orWhere(includeArchived ? 'm.institution_id = :own' : '(m.institution_id = :own AND m.archived_at IS NULL)', { own: caller.institutionId });
        }
        if (caller.trainer) where.orWhere('(m.shared = :shared AND m.archived_at IS NULL)', { shared: true });
        if (!caller.institutionId && !caller.trainer) where.where('1 = 0');
      }),
    );
    return query;
  }
}

