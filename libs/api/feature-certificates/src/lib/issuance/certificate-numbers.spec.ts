import { formatSerial, maskNip, newVerificationCode } from './certificate-numbers';

describe('certificate numbers', () => {
  it('formats the serial as TUNAS/<year>/<six digits>', () => {
    expect(formatSerial(2026, 123)).toBe('TUNAS/2026/000123');
    expect(formatSerial(2027, 1_234_567)).toBe('TUNAS/2027/1234567');
  });

  it('makes verification codes of 160 random bits in base32', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => newVerificationCode()));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-7]{32}$/);
  });

  it('masks all but the first and last four digits of a NIP', () => {
    expect(maskNip('198503122010011001')).toBe('1985**********1001');
    expect(maskNip(null)).toBeNull();
    expect(maskNip('1234567')).toBe('*******');
  });
});
