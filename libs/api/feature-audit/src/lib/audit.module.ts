import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditLog } from '@tunas/api/core';
import { AuditEventEntity } from './audit-event.entity';
import { AuditLogService } from './audit-log.service';
import { AuditResolver } from './audit.resolver';

/**
 * The audit log: provides the core `AuditLog` port to every feature (global, so features depend on the port only)
 * and the admins' `auditEvents` query.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  providers: [AuditLogService, { provide: AuditLog, useExisting: AuditLogService }, AuditResolver],
  exports: [AuditLog],
})
export class AuditModule {}
