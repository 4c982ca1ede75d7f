import { DomainException, ErrorCategory, FieldError } from '@tunas/api/core';
import { assertUnreachable } from '@tunas/shared/contracts';

export enum ScormExceptionCode {
  PackageRefused = 'SCORM_PACKAGE_REFUSED',
  NotAScormActivity = 'NOT_A_SCORM_ACTIVITY',
  PackageUnavailable = 'SCORM_PACKAGE_UNAVAILABLE',
  ActivityMisconfigured = 'SCORM_ACTIVITY_MISCONFIGURED',
  AttemptNotFound = 'SCORM_ATTEMPT_NOT_FOUND',
  InvalidRuntimeData = 'INVALID_SCORM_RUNTIME_DATA',
}

export class ScormException extends DomainException<ScormExceptionCode> {
  constructor(code: ScormExceptionCode, message: string, fieldErrors: readonly FieldError[] = []) {
    super(code, message, fieldErrors);
  }

  get category(): ErrorCategory {
    switch (this.code) {
      case ScormExceptionCode.AttemptNotFound:
      case ScormExceptionCode.PackageUnavailable:
        return ErrorCategory.NotFound;
      case ScormExceptionCode.PackageRefused:
      case ScormExceptionCode.NotAScormActivity:
      case ScormExceptionCode.ActivityMisconfigured:
      case ScormExceptionCode.InvalidRuntimeData:
        return ErrorCategory.BadUserInput;
      default:
        return assertUnreachable(this.code);
    }
  }
}

export const scormAttemptNotFound = (id: string) => new ScormException(ScormExceptionCode.AttemptNotFound, `SCORM attempt ${id} was not found`);
export const invalidRuntimeData = (problem: string) =>
  new ScormException(ScormExceptionCode.InvalidRuntimeData, `The SCORM runtime data is not valid: ${problem}`, [{ field: 'cmi', rule: 'SCORM_CMI', message: problem }]);
