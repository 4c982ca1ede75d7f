import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequireRoles } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { AuditEventFilter, AuditEventPageDTO, AuditEventPageInput } from './audit-event.dto';
import { AuditLogService } from './audit-log.service';

@Resolver()
export class AuditResolver {
  constructor(private readonly auditLog: AuditLogService) {}

  @RequireRoles(Role.ADMIN)
  @Query(() => AuditEventPageDTO, { description: 'The audit log of sensitive actions, newest first (admins only)' })
  auditEvents(
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter: AuditEventFilter | null,
    @Args('page', { type: () => AuditEventPageInput, nullable: true }) page: AuditEventPageInput | null,
  ): Promise<AuditEventPageDTO> {
    return this.auditLog.list(filter ?? {}, page ?? undefined);
  }
}
