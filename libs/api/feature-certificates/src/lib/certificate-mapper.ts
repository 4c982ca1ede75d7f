import { CertificateDTO, CertificateTemplateDTO, CertificateVerificationDTO, VerificationStatusEnum } from './dto/certificate.dto';
import { CertificateEntity, CertificateTemplateEntity } from './entities/certificate.entities';
import { CertificateVerification } from './verification/certificate-verification.service';

export function toCertificateDTO(certificate: CertificateEntity, verificationUrl: string): CertificateDTO {
  return Object.assign(new CertificateDTO(), {
    id: certificate.id,
    courseId: certificate.courseId,
    userId: certificate.userId,
    serial: certificate.serial,
    verificationCode: certificate.verificationCode,
    verificationUrl,
    learnerName: certificate.learnerName,
    learnerNip: certificate.learnerNip,
    courseTitle: certificate.courseTitle,
    jpHours: certificate.jpHours,
    competencyType: certificate.competencyType,
    finalScore: certificate.finalScore,
    completedAt: certificate.completedAt,
    issuedAt: certificate.issuedAt,
    revokedAt: certificate.revokedAt,
    revocationReason: certificate.revocationReason,
  });
}

export function toVerificationDTO(result: CertificateVerification): CertificateVerificationDTO {
  return Object.assign(new CertificateVerificationDTO(), { ...result, status: VerificationStatusEnum[result.status] });
}

export function toTemplateDTO(template: CertificateTemplateEntity): CertificateTemplateDTO {
  return Object.assign(new CertificateTemplateDTO(), { id: template.id, name: template.name, institutionId: template.institutionId, courseId: template.courseId, layout: template.layout, updatedAt: template.updatedAt });
}
