import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, Principal } from '@tunas/api/core';
import { Brackets, DataSource } from 'typeorm';
import { certificateNotFound, CertificatesException, CertificatesExceptionCode } from './certificates.exception';
import { CertificatesArgs, CertificateStatusFilter } from './dto/certificate-page.dto';
import { CertificateEntity } from './entities/certificate.entities';

/** A learner's certificates; finding and revoking certificates for admins. */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  mine(principal: Principal): Promise<CertificateEntity[]> {
    return this.dataSource.getRepository(CertificateEntity).find({ where: { userId: principal.userId }, order: { issuedAt: 'DESC' } });
  }

  /**
   * A page of every certificate, newest first, in two statements whatever the page size: the copied learner and
   * course fields make joins unnecessary. `!` escapes LIKE's wildcards (a backslash differs between SQLite and MySQL).
   */
  async search(args: CertificatesArgs): Promise<{ total: number; items: CertificateEntity[] }> {
    const query = this.dataSource.getRepository(CertificateEntity).createQueryBuilder('c');
    if (args.status === CertificateStatusFilter.VALID) query.andWhere('c.revoked_at IS NULL');
    if (args.status === CertificateStatusFilter.REVOKED) query.andWhere('c.revoked_at IS NOT NULL');
    const text = args.search?.trim().toLowerCase();
    if (text) {
      const pattern = `%${text.replace(/[!%_]/g, (character) => `!${character}`)}%`;
      query.andWhere(
        new Brackets((where) =>
          where
            .where("LOWER(c.serial) LIKE :pattern ESCAPE '!'", { pattern })
            .orWhere("LOWER(c.learner_name) LIKE :pattern ESCAPE '!'")
            .orWhere("c.learner_nip LIKE :pattern ESCAPE '!'")
            .orWhere("LOWER(c.course_title) LIKE :pattern ESCAPE '!'"),
        ),
      );
    }
    const [items, total] = await query.orderBy('c.issued_at', 'DESC').addOrderBy('c.serial_year', 'DESC').addOrderBy('c.serial_number', 'DESC').offset(args.offset).limit(args.limit).getManyAndCount();
    return { total, items };
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
