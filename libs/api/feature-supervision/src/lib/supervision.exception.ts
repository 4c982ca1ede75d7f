import { DomainException, ErrorCategory, FieldError } from '@tunas/api/core';
import { assertUnreachable } from '@tunas/shared/contracts';

export enum SupervisionExceptionCode {
  PersonNotFound = 'SUPERVISED_PERSON_NOT_FOUND',
  UnitNotFound = 'SUPERVISED_UNIT_NOT_FOUND',
  NotificationNotFound = 'NOTIFICATION_NOT_FOUND',
}

export class SupervisionException extends DomainException<SupervisionExceptionCode> {
  constructor(code: SupervisionExceptionCode, message: string, fieldErrors: readonly FieldError[] = []) {
    super(code, message, fieldErrors);
  }

  get category(): ErrorCategory {
    switch (this.code) {
      case SupervisionExceptionCode.PersonNotFound:
      case SupervisionExceptionCode.UnitNotFound:
      case SupervisionExceptionCode.NotificationNotFound:
        return ErrorCategory.NotFound;
      default:
        return assertUnreachable(this.code);
    }
  }
}

/** The same answer for people who do not exist and people outside the caller's reach, so ids cannot be probed. */
export function personNotFound(userId: string): SupervisionException {
  return new SupervisionException(SupervisionExceptionCode.PersonNotFound, `Person ${userId} was not found`);
}

export function unitNotFound(unitId: string): SupervisionException {
  return new SupervisionException(SupervisionExceptionCode.UnitNotFound, `Unit ${unitId} was not found`);
}
