import { AsnType } from './asn-type';

/**
 * NIP (Nomor Induk Pegawai) of a PNS/CPNS has 18 digits with a structure:
 *   YYYYMMDD  birth date
 *   YYYYMM    TMT (month the person became a CPNS)
 *   G         gender: 1 male, 2 female
 *   NNN       serial number
 * A PPPK number also has 18 digits but a different layout, so only its length and digits are checked.
 */
export type NipRule =
  | 'NIP_REQUIRED'
  | 'NIP_DIGITS'
  | 'NIP_LENGTH'
  | 'NIP_BIRTH_DATE'
  | 'NIP_TMT'
  | 'NIP_GENDER'
  | 'NIP_SERIAL';

export interface NipError {
  readonly rule: NipRule;
  readonly message: string;
}

export interface ParsedNip {
  readonly nip: string;
  readonly birthDate: string; // ISO yyyy-mm-dd
  readonly tmt: string; // ISO yyyy-mm
  readonly gender: 'MALE' | 'FEMALE';
  readonly serial: number;
}

export type NipCheck = { ok: true; nip: string; parsed: ParsedNip | null } | { ok: false; error: NipError };

const MIN_BIRTH_YEAR = 1940;
const MIN_TMT_YEAR = 1960;
/** Civil servants are appointed at 18 at the earliest. */
const MIN_AGE_AT_TMT = 18;

/** Removes the spaces and dots people type when copying a NIP from a letter ("19850312 201001 1 004"). */
export function normaliseNip(raw: string): string {
  return raw.replace(/[\s.]/g, '');
}

export function checkNip(raw: string, asnType: AsnType | null, today: Date = new Date()): NipCheck {
  const nip = normaliseNip(raw ?? '');
  if (nip.length === 0) return fail('NIP_REQUIRED', 'NIP is required');
  if (!/^\d+$/.test(nip)) return fail('NIP_DIGITS', 'NIP must contain digits only');
  if (nip.length !== 18) return fail('NIP_LENGTH', `NIP must have 18 digits, got ${nip.length}`);
  if (asnType === AsnType.PPPK) return { ok: true, nip, parsed: null };

  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  if (!isCalendarDate(birthYear, birthMonth, birthDay) || birthYear < MIN_BIRTH_YEAR) {
    return fail('NIP_BIRTH_DATE', `NIP digits 1-8 must be a valid birth date (YYYYMMDD), got ${nip.slice(0, 8)}`);
  }
  const birth = Date.UTC(birthYear, birthMonth - 1, birthDay);
  if (birth > today.getTime()) {
    return fail('NIP_BIRTH_DATE', `NIP digits 1-8 give a birth date in the future (${nip.slice(0, 8)})`);
  }

  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  if (tmtMonth < 1 || tmtMonth > 12 || tmtYear < MIN_TMT_YEAR) {
    return fail('NIP_TMT', `NIP digits 9-14 must be the TMT year and month (YYYYMM), got ${nip.slice(8, 14)}`);
  }
  if (Date.UTC(tmtYear, tmtMonth - 1, 1) > today.getTime()) {
    return fail('NIP_TMT', `NIP digits 9-14 give a TMT in the future (${nip.slice(8, 14)})`);
  }
  if (tmtYear - birthYear < MIN_AGE_AT_TMT) {
    return fail('NIP_TMT', `NIP TMT ${nip.slice(8, 14)} is before the holder turned ${MIN_AGE_AT_TMT}`);
  }

  const genderDigit = nip[14];
  if (genderDigit !== '1' && genderDigit !== '2') {
    return fail('NIP_GENDER', `NIP digit 15 must be 1 (male) or 2 (female), got ${genderDigit}`);
  }
  const serial = Number(nip.slice(15, 18));
  if (serial === 0) return fail('NIP_SERIAL', 'NIP digits 16-18 (serial number) cannot be 000');

  return {
    ok: true,
    nip,
    parsed: {
      nip,
      birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
      tmt: `${nip.slice(8, 12)}-${nip.slice(12, 14)}`,
      gender: genderDigit === '1' ? 'MALE' : 'FEMALE',
      serial,
    },
  };
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function fail(rule: NipRule, message: string): NipCheck {
  return { ok: false, error: { rule, message } };
}
