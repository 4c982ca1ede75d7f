/** NIST SP 800-63B: length matters, composition rules do not. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordRule = 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG';

export function checkPassword(password: string): PasswordRule | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'PASSWORD_TOO_SHORT';
  if (password.length > PASSWORD_MAX_LENGTH) return 'PASSWORD_TOO_LONG';
  return null;
}
