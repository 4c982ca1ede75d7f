import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig, RateLimitStore } from '@tunas/api/core';
import { DataSource } from 'typeorm';
import { CertificatesException, CertificatesExceptionCode } from '../certificates.exception';
import { CertificateEntity } from '../entities/certificate.entities';
import { maskNip } from '../issuance/certificate-numbers';

export type VerificationStatus = 'VALID' | 'REVOKED' | 'NOT_FOUND';

/** What anyone holding the code may learn: the minimum to recognise the certificate, the NIP masked. */
export interface CertificateVerification {
  status: VerificationStatus;
  serial: string | null;
  learnerName: string | null;
  maskedNip: string | null;
  courseTitle: string | null;
  completedAt: Date | null;
  jpHours: number | null;
  issuerName: string | null;
  revokedAt: Date | null;
  revocationReason: string | null;
}

const WINDOW_MS = 60_000;
const LOOKUPS_PER_WINDOW = 60;
const CODE_SHAPE = /^[A-Za-z0-9_-]{16,64}$/;

/** Public verification by code, limited per client address (shared across replicas when Redis is configured). */
@Injectable()
export class CertificateVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly limits: RateLimitStore,
  ) {}

  verificationUrl(code: string): string {
    return `${this.config.publicUrl}/verify/${code}`;
  }

  async verify(code: string, clientAddress: string): Promise<CertificateVerification> {
    if ((await this.limits.hit(`verify:${clientAddress}`, WINDOW_MS)) > LOOKUPS_PER_WINDOW) {
      throw new CertificatesException(CertificatesExceptionCode.TooManyVerifications, 'Too many verification requests; please wait a minute');
    }
    const certificate = CODE_SHAPE.test(code) ? await this.dataSource.getRepository(CertificateEntity).findOneBy({ verificationCode: code.toUpperCase() }) : null;
    if (!certificate) {
      return { status: 'NOT_FOUND', serial: null, learnerName: null, maskedNip: null, courseTitle: null, completedAt: null, jpHours: null, issuerName: null, revokedAt: null, revocationReason: null };
    }
    return {
      status: certificate.revokedAt ? 'REVOKED' : 'VALID',
      serial: certificate.serial,
      learnerName: certificate.learnerName,
      maskedNip: maskNip(certificate.learnerNip),
      courseTitle: certificate.courseTitle,
      completedAt: certificate.completedAt,
      jpHours: certificate.jpHours,
      issuerName: certificate.layout.issuerName,
      revokedAt: certificate.revokedAt,
      revocationReason: certificate.revocationReason,
    };
  }
}
