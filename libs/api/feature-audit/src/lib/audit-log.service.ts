import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditEntry, AuditLog } from '@tunas/api/core';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventDTO, AuditEventFilter, AuditEventPageDTO, AuditEventPageInput } from './audit-event.dto';

/** Appends to `audit_events` inside the caller's transaction and reads the log for admins; it never changes an entry. */
@Injectable()
export class AuditLogService extends AuditLog {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {
    super();
  }

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.insert(AuditEventEntity, {
      id: randomUUID(),
      actorId: entry.actorId,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId,
      summary: entry.summary.slice(0, 500),
      details: entry.details ?? null,
      createdAt: new Date(),
    });
  }

  /** Newest first; the id breaks ties between events of the same instant so that pages do not overlap. */
  async list(filter: AuditEventFilter = {}, page: AuditEventPageInput = { offset: 0, limit: 50 }): Promise<AuditEventPageDTO> {
    const query = this.events.createQueryBuilder('e');
    if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter.actorId) query.andWhere('e.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.objectType) query.andWhere('e.object_type = :objectType', { objectType: filter.objectType });
    if (filter.objectId) query.andWhere('e.object_id = :objectId', { objectId: filter.objectId });
    if (filter.from) query.andWhere('e.created_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.created_at < :to', { to: filter.to });
    const [rows, total] = await query.orderBy('e.created_at', 'DESC').addOrderBy('e.id', 'DESC').skip(page.offset).take(page.limit).getManyAndCount();
    return { items: rows.map(toDTO), total };
  }
}

const toDTO = (event: AuditEventEntity): AuditEventDTO => ({ ...event });
