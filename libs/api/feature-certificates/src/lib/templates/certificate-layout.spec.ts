import { certificateLayoutSchema, DEFAULT_CERTIFICATE_LAYOUT, fillPlaceholders } from './certificate-layout';

describe('certificate layouts', () => {
  const values = { learnerName: 'Siti', nip: '1985', courseTitle: 'Fasilitasi', jpHours: '3', competencyType: 'Teknis', completedDate: '27 November 2026', finalScore: '85', serial: 'TUNAS/2026/000001', issuer: 'BKPSDM', city: 'Palangka Raya' };

  it('fills known placeholders and leaves unknown ones as written', () => {
    expect(fillPlaceholders('{{ courseTitle }} ({{jpHours}} JP) {{tidakAda}}', values)).toBe('Fasilitasi (3 JP) {{tidakAda}}');
  });

  it('accepts the default layout and refuses unknown fields or a bad colour', () => {
    expect(certificateLayoutSchema.safeParse(DEFAULT_CERTIFICATE_LAYOUT).success).toBe(true);
    expect(certificateLayoutSchema.safeParse({ ...DEFAULT_CERTIFICATE_LAYOUT, script: 'x' }).success).toBe(false);
    expect(certificateLayoutSchema.safeParse({ ...DEFAULT_CERTIFICATE_LAYOUT, accentColor: 'red' }).success).toBe(false);
  });
});
