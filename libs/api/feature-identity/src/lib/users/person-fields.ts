import { AsnType, checkNip, isValidEmail, normaliseEmail } from '@tunas/shared/contracts';
import { IdentityException, IdentityExceptionCode } from '../identity.exception';

/** Normalises and checks NIP and e-mail the same way for the admin form and the CSV import. */
export function validNip(raw: string | null | undefined, asnType: AsnType | null | undefined, field = 'nip'): string | null {
  if (raw === null || raw === undefined || raw.trim() === '') {
    if (asnType) {
      throw IdentityException.field(IdentityExceptionCode.InvalidNip, field, 'NIP_REQUIRED', `NIP is required for ${asnType} staff`);
    }
    return null;
  }
  const result = checkNip(raw, asnType ?? null);
  if (!result.ok) throw IdentityException.field(IdentityExceptionCode.InvalidNip, field, result.error.rule, result.error.message);
  return result.nip;
}

export function validEmail(raw: string, field = 'email'): string {
  if (!isValidEmail(raw)) {
    throw IdentityException.field(IdentityExceptionCode.InvalidEmail, field, 'EMAIL_FORMAT', `"${raw}" is not a valid e-mail address`);
  }
  return normaliseEmail(raw);
}
