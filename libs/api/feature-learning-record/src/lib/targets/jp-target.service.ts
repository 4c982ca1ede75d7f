import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, Principal } from '@tunas/api/core';
import { ALL_ASN_TYPES, AsnType } from '@tunas/shared/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { JpTargetDTO } from '../dto/learning-record.dto';
import { JpTargetEntity } from '../entities/learning-record.entities';
import { DEFAULT_JP_TARGET } from '../learning-record.types';

/** Yearly JP targets per ASN type (PPPK rules may differ from PNS); admins set them, the default is 20 JP. */
@Injectable()
export class JpTargetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async list(): Promise<JpTargetDTO[]> {
    const rows = await this.dataSource.getRepository(JpTargetEntity).find();
    const byType = new Map(rows.map((row) => [row.asnType, row]));
    return ALL_ASN_TYPES.map((asnType) => toTargetDTO(asnType, byType.get(asnType) ?? null));
  }

  async set(principal: Principal, asnType: AsnType, jpHours: number): Promise<JpTargetDTO> {
    const row: JpTargetEntity = { asnType, jpHours, updatedById: principal.userId, updatedAt: new Date() };
    await this.dataSource.transaction(async (manager) => {
      const previous = (await manager.findOneBy(JpTargetEntity, { asnType }))?.jpHours ?? null;
      await manager.upsert(JpTargetEntity, row, ['asnType']);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'jp_target.set',
        objectType: 'JpTarget',
        objectId: asnType,
        summary: `Set the yearly JP target of ${asnType} to ${jpHours} JP (was ${previous ?? `the default ${DEFAULT_JP_TARGET}`})`,
        details: { previous, jpHours },
      });
    });
    return toTargetDTO(asnType, row);
  }

  /** The target of a person's ASN type; people without one (partner staff) get the default. */
  async targetFor(asnType: string | null, manager: EntityManager = this.dataSource.manager): Promise<number> {
    if (!asnType) return DEFAULT_JP_TARGET;
    return (await manager.findOneBy(JpTargetEntity, { asnType }))?.jpHours ?? DEFAULT_JP_TARGET;
  }
}

function toTargetDTO(asnType: AsnType, row: JpTargetEntity | null): JpTargetDTO {
  return Object.assign(new JpTargetDTO(), { asnType, jpHours: row?.jpHours ?? DEFAULT_JP_TARGET, configured: !!row, updatedAt: row?.updatedAt ?? null });
}
