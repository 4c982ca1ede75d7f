import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CourseCompletionListener } from '@tunas/api/core';
import { CertificateAccessService } from './certificate-access.service';
import { CertificatesController } from './certificates.controller';
import { CertificatesResolver } from './certificates.resolver';
import { CertificatesService } from './certificates.service';
import { CredentialService } from './credentials/credential.service';
import { IssuerKeyService } from './credentials/issuer-key.service';
import { CERTIFICATE_ENTITIES } from './entities/certificate.entities';
import { CertificateIssuerService } from './issuance/certificate-issuer.service';
import { CertificatePdfRenderer } from './pdf/certificate-pdf.renderer';
import { CertificateTemplateService } from './templates/certificate-template.service';
import { CertificateVerificationService } from './verification/certificate-verification.service';

/**
 * Certificates of completed courses: issued in the completing transaction, as PDF and as a signed Open Badges 3.0
 * credential, publicly verifiable and revocable. Global so that the courses feature finds the
 * CourseCompletionListener without importing this module.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(CERTIFICATE_ENTITIES)],
  controllers: [CertificatesController],
  providers: [
    CertificateTemplateService,
    CertificateIssuerService,
    { provide: CourseCompletionListener, useExisting: CertificateIssuerService },
    CertificatesService,
    CertificateAccessService,
    CertificateVerificationService,
    CertificatePdfRenderer,
    IssuerKeyService,
    CredentialService,
    CertificatesResolver,
  ],
  exports: [CourseCompletionListener],
})
export class CertificatesModule {}
