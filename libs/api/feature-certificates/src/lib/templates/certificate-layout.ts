import { z } from 'zod';

/** The words a certificate may use; each appears in a layout's text as `{{name}}`. */
export const CERTIFICATE_PLACEHOLDERS = ['learnerName', 'nip', 'courseTitle', 'jpHours', 'competencyType', 'completedDate', 'finalScore', 'serial', 'issuer', 'city'] as const;
export type CertificatePlaceholder = (typeof CERTIFICATE_PLACEHOLDERS)[number];

const line = (max: number) => z.string().max(max);

/** A certificate's layout as admins edit it: text with placeholders, the issuer and the signatory. */
export const certificateLayoutSchema = z
  .object({
    heading: line(80),
    serialLine: line(120),
    intro: line(200),
    body: line(800),
    scoreLine: line(200),
    issuerName: line(200).min(1),
    city: line(80),
    signatoryTitle: line(200),
    signatoryName: line(200).min(1),
    signatoryNip: line(30),
    accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  })
  .strict();
export type CertificateLayout = z.infer<typeof certificateLayoutSchema>;

/** Used when no template is set for the course or its institution. */
export const DEFAULT_CERTIFICATE_LAYOUT: CertificateLayout = {
  heading: 'SERTIFIKAT',
  serialLine: 'Nomor: {{serial}}',
  intro: 'Diberikan kepada',
  body: 'NIP {{nip}}, yang telah menyelesaikan pelatihan daring "{{courseTitle}}" ({{competencyType}}) sebanyak {{jpHours}} jam pelajaran (JP) pada tanggal {{completedDate}}.',
  scoreLine: 'dengan nilai akhir {{finalScore}}',
  issuerName: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Palangka Raya',
  city: 'Palangka Raya',
  signatoryTitle: 'Kepala BKPSDM Kota Palangka Raya',
  signatoryName: 'Penandatangan Sertifikat',
  signatoryNip: '',
  accentColor: '#1b5e20',
};

/** Replaces every `{{placeholder}}`; unknown names stay as written so an admin sees the typo. */
export function fillPlaceholders(text: string, values: Record<CertificatePlaceholder, string>): string {
  return text.replace(/\{\{\s*([a-zA-Z]+)\s*\}\}/g, (whole, name: string) => ((CERTIFICATE_PLACEHOLDERS as readonly string[]).includes(name) ? values[name as CertificatePlaceholder] : whole));
}
