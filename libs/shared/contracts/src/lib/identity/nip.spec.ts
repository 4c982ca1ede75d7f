import { AsnType } from './asn-type';
import { checkNip, normaliseNip } from './nip';

const today = new Date(Date.UTC(2026, 10, 27));

describe('checkNip', () => {
  it('accepts a well-formed PNS NIP and reads its parts', () => {
    const result = checkNip('198503122010011004', AsnType.PNS, today);
    expect(result).toEqual({
      ok: true,
      nip: '198503122010011004',
      parsed: { nip: '198503122010011004', birthDate: '1985-03-12', tmt: '2010-01', gender: 'MALE', serial: 4 },
    });
  });

  it('accepts the spaced form printed on decrees', () => {
    expect(normaliseNip('19850312 201001 2 004')).toBe('198503122010012004');
    expect(checkNip('19850312 201001 2 004', AsnType.CPNS, today).ok).toBe(true);
  });

  it.each([
    ['', 'NIP_REQUIRED'],
    ['19850312201001100A', 'NIP_DIGITS'],
    ['1985031220100110', 'NIP_LENGTH'],
    ['1985031220100110045', 'NIP_LENGTH'],
    ['198502302010011004', 'NIP_BIRTH_DATE'],
    ['198513122010011004', 'NIP_BIRTH_DATE'],
    ['203003122010011004', 'NIP_BIRTH_DATE'],
    ['198503122010131004', 'NIP_TMT'],
    ['198503122031011004', 'NIP_TMT'],
    ['198503121995011004', 'NIP_TMT'],
    ['198503122010013004', 'NIP_GENDER'],
    ['198503122010011000', 'NIP_SERIAL'],
  ])('rejects %s with rule %s', (nip, rule) => {
    const result = checkNip(nip, AsnType.PNS, today);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.rule).toBe(rule);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

  it('accepts any 18-digit number for PPPK but still demands 18 digits', () => {
    expect(checkNip('202301012023219999', AsnType.PPPK, today)).toEqual({ ok: true, nip: '202301012023219999', parsed: null });
    const short = checkNip('12345', AsnType.PPPK, today);
    expect(short.ok ? null : short.error.rule).toBe('NIP_LENGTH');
  });
});
