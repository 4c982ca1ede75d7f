import { CertificateEntity } from './entities/certificate.entities';
import { CertificatePlaceholder } from './templates/certificate-layout';

const COMPETENCY_NAMES: Record<string, string> = { TEKNIS: 'Teknis', MANAJERIAL: 'Manajerial', SOSIAL_KULTURAL: 'Sosial Kultural' };

/** Competency types as Bahasa Indonesia writes them. */
export function competencyName(type: string): string {
  return COMPETENCY_NAMES[type] ?? type;
}

/** `27 November 2026`, in Indonesian, in WIB (the issuing office's time zone). */
export function indonesianDate(date: Date): string {
  return new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Jakarta' }).format(date);
}

export function scoreText(score: number | null): string {
  return score === null ? '-' : new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(score);
}

/** The values a template's placeholders stand for. */
export function placeholderValues(certificate: CertificateEntity): Record<CertificatePlaceholder, string> {
  return {
    learnerName: certificate.learnerName,
    nip: certificate.learnerNip ?? '-',
    courseTitle: certificate.courseTitle,
    jpHours: String(certificate.jpHours),
    competencyType: competencyName(certificate.competencyType),
    completedDate: indonesianDate(certificate.completedAt),
    finalScore: scoreText(certificate.finalScore),
    serial: certificate.serial,
    issuer: certificate.layout.issuerName,
    city: certificate.layout.city,
  };
}
