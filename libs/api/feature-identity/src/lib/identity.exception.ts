import { assertUnreachable } from '@tunas/shared/contracts';
import { DomainException, ErrorCategory, FieldError } from '@tunas/api/core';

export enum IdentityExceptionCode {
  InvalidCredentials = 'INVALID_CREDENTIALS',
  AccountDisabled = 'ACCOUNT_DISABLED',
  AccountNotActivated = 'ACCOUNT_NOT_ACTIVATED',
  TooManyLoginAttempts = 'TOO_MANY_LOGIN_ATTEMPTS',
  InvalidRefreshToken = 'INVALID_REFRESH_TOKEN',
  InvalidActivationToken = 'INVALID_ACTIVATION_TOKEN',
  WrongCurrentPassword = 'WRONG_CURRENT_PASSWORD',
  WeakPassword = 'WEAK_PASSWORD',
  InvalidNip = 'INVALID_NIP',
  InvalidEmail = 'INVALID_EMAIL',
  NipTaken = 'NIP_TAKEN',
  EmailTaken = 'EMAIL_TAKEN',
  UnknownReference = 'UNKNOWN_REFERENCE',
  OrgUnitCycle = 'ORG_UNIT_CYCLE',
  OrgUnitNotEmpty = 'ORG_UNIT_NOT_EMPTY',
  OrgUnitCodeTaken = 'ORG_UNIT_CODE_TAKEN',
  InstitutionNameTaken = 'INSTITUTION_NAME_TAKEN',
  CannotChangeOwnAccess = 'CANNOT_CHANGE_OWN_ACCESS',
  InvalidCsv = 'INVALID_CSV',
}

export class IdentityException extends DomainException<IdentityExceptionCode> {
  constructor(code: IdentityExceptionCode, message: string, fieldErrors: readonly FieldError[] = []) {
    super(code, message, fieldErrors);
  }

  static field(code: IdentityExceptionCode, field: string, rule: string, message: string): IdentityException {
    return new IdentityException(code, message, [{ field, rule, message }]);
  }

  get category(): ErrorCategory {
    switch (this.code) {
      case IdentityExceptionCode.InvalidCredentials:
      case IdentityExceptionCode.InvalidRefreshToken:
        return ErrorCategory.Unauthenticated;
      case IdentityExceptionCode.AccountDisabled:
      case IdentityExceptionCode.AccountNotActivated:
      case IdentityExceptionCode.CannotChangeOwnAccess:
        return ErrorCategory.Forbidden;
      case IdentityExceptionCode.TooManyLoginAttempts:
        return ErrorCategory.TooManyRequests;
      case IdentityExceptionCode.InvalidActivationToken:
      case IdentityExceptionCode.WrongCurrentPassword:
      case IdentityExceptionCode.WeakPassword:
      case IdentityExceptionCode.InvalidNip:
      case IdentityExceptionCode.InvalidEmail:
      case IdentityExceptionCode.UnknownReference:
      case IdentityExceptionCode.OrgUnitCycle:
      case IdentityExceptionCode.InvalidCsv:
        return ErrorCategory.BadUserInput;
      case IdentityExceptionCode.NipTaken:
      case IdentityExceptionCode.EmailTaken:
      case IdentityExceptionCode.OrgUnitNotEmpty:
      case IdentityExceptionCode.OrgUnitCodeTaken:
      case IdentityExceptionCode.InstitutionNameTaken:
        return ErrorCategory.Conflict;
      default:
        return assertUnreachable(this.code);
    }
  }
}
