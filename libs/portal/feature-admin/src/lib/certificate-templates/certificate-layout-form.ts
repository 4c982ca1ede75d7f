import { FormControl, FormGroup, Validators } from '@angular/forms';
import type { CertificateLayout, CertificateLayoutField } from '@tunas/portal/data-access/certification';

/** The API's limits per layout field (certificateLayoutSchema); the server checks them again. */
export const LAYOUT_MAX_LENGTH: Readonly<Record<Exclude<CertificateLayoutField, 'accentColor'>, number>> = {
  heading: 80,
  serialLine: 120,
  intro: 200,
  body: 800,
  scoreLine: 200,
  issuerName: 200,
  city: 80,
  signatoryTitle: 200,
  signatoryName: 200,
  signatoryNip: 30,
};

/** Fields a certificate cannot do without. */
export const REQUIRED_LAYOUT_FIELDS: readonly CertificateLayoutField[] = ['issuerName', 'signatoryName'];

/** Fields with room for more than a line. */
export const MULTILINE_LAYOUT_FIELDS: readonly CertificateLayoutField[] = ['body'];

export const ACCENT_COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;

export type LayoutForm = FormGroup<Record<CertificateLayoutField, FormControl<string>>>;

export function layoutForm(layout: CertificateLayout): LayoutForm {
  const text = (field: Exclude<CertificateLayoutField, 'accentColor'>) =>
    new FormControl(layout[field], {
      nonNullable: true,
      validators: [Validators.maxLength(LAYOUT_MAX_LENGTH[field]), ...(REQUIRED_LAYOUT_FIELDS.includes(field) ? [Validators.required] : [])],
    });
  return new FormGroup({
    heading: text('heading'),
    serialLine: text('serialLine'),
    intro: text('intro'),
    body: text('body'),
    scoreLine: text('scoreLine'),
    issuerName: text('issuerName'),
    city: text('city'),
    signatoryTitle: text('signatoryTitle'),
    signatoryName: text('signatoryName'),
    signatoryNip: text('signatoryNip'),
    accentColor: new FormControl(layout.accentColor, { nonNullable: true, validators: [Validators.required, Validators.pattern(ACCENT_COLOR_PATTERN)] }),
  });
}

/** Sample words for the preview, as a certificate would show them. */
export const SAMPLE_VALUES: Readonly<Record<string, string>> = {
  learnerName: 'Dewi Lestari, S.E.',
  nip: '199003152015032001',
  courseTitle: 'Pelayanan Prima di Kelurahan',
  jpHours: '4',
  competencyType: 'Teknis',
  completedDate: '12 Maret 2026',
  finalScore: '87,5',
  serial: 'TUNAS/2026/000123',
};

/** Fills `{{name}}` as issuing does; unknown names stay as written so the typo shows. */
export function fillSample(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{\s*([a-zA-Z]+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}
