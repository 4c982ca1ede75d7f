import { Validators } from '@angular/forms';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@tunas/shared/contracts';

export { PASSWORD_MIN_LENGTH };

/** The API's password policy (length only, per NIST SP 800-63B), checked before sending. */
export const NEW_PASSWORD_VALIDATORS = [
  Validators.required,
  Validators.minLength(PASSWORD_MIN_LENGTH),
  Validators.maxLength(PASSWORD_MAX_LENGTH),
];
