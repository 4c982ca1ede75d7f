import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
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
 * Certificates of completed courses: issued in the completing transaction (`CertificateIssuerService` registers
 * itself with `CourseCompletionListeners`), as PDF and as a signed Open Badges 3.0 credential, publicly
 * verifiable and revocable.
 */
@Module({
  imports: [TypeOrmModule.forFeature(CERTIFICATE_ENTITIES)],
  controllers: [CertificatesController],
  providers: [
    CertificateTemplateService,
    CertificateIssuerService,
    CertificatesService,
    CertificateAccessService,
    CertificateVerificationService,
    CertificatePdfRenderer,
    IssuerKeyService,
    CredentialService,
    CertificatesResolver,
  ],
})
export class CertificatesModule {}
