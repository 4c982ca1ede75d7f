import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, Principal } from '@tunas/api/core';
import { DataSource } from 'typeorm';
import { certificateNotFound, CertificatesException, CertificatesExceptionCode } from './certificates.exception';
import { CertificateEntity } from './entities/certificate.entities';

/** A learner's certificates, and revocation by admins. */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  mine(principal: Principal): Promise<CertificateEntity[]> {
    return this.dataSource.getRepository(CertificateEntity).find({ where: { userId: principal.userId }, order: { issuedAt: 'DESC' } });
  }

  /** Revokes once, recording who and why; the status list and verification show it from then on. */
  async revoke(principal: Principal, certificateId: string, reason: string): Promise<CertificateEntity> {
    const repository = this.dataSource.getRepository(CertificateEntity);
    const certificate = await repository.findOneBy({ id: certificateId });
    if (!certificate) throw certificateNotFound();
    await this.dataSource.transaction(async (manager) => {
      const updated = await manager
        .createQueryBuilder()
        .update(CertificateEntity)
        .set({ revokedAt: new Date(), revokedById: principal.userId, revocationReason: reason.trim() })
        .where('id = :id AND revoked_at IS NULL', { id: certificate.id })
        .execute();
      if (!updated.affected) throw new CertificatesException(CertificatesExceptionCode.AlreadyRevoked, `Certificate ${certificate.serial} is already revoked`);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'certificate.revoked',
        objectType: 'Certificate',
        objectId: certificate.id,
        summary: `Revoked certificate ${certificate.serial}: ${reason.trim()}`,
        details: { serial: certificate.serial, learnerId: certificate.userId, reason: reason.trim() },
      });
    });
    return repository.findOneByOrFail({ id: certificate.id });
  }
}
