import { DomainException, ErrorCategory, FieldError } from '@tunas/api/core';
import { assertUnreachable } from '@tunas/shared/contracts';

export enum LearningRecordExceptionCode {
  PersonNotFound = 'LEARNER_NOT_FOUND',
  ClaimNotFound = 'EXTERNAL_LEARNING_NOT_FOUND',
  ClaimAlreadyReviewed = 'EXTERNAL_LEARNING_ALREADY_REVIEWED',
  InvalidClaim = 'INVALID_EXTERNAL_LEARNING',
  EvidenceTooLarge = 'EVIDENCE_TOO_LARGE',
  EvidenceTypeNotAllowed = 'EVIDENCE_TYPE_NOT_ALLOWED',
  EvidenceUnavailable = 'EVIDENCE_UNAVAILABLE',
}

export class LearningRecordException extends DomainException<LearningRecordExceptionCode> {
  constructor(code: LearningRecordExceptionCode, message: string, fieldErrors: readonly FieldError[] = []) {
    super(code, message, fieldErrors);
  }

  get category(): ErrorCategory {
    switch (this.code) {
      case LearningRecordExceptionCode.PersonNotFound:
      case LearningRecordExceptionCode.ClaimNotFound:
        return ErrorCategory.NotFound;
      case LearningRecordExceptionCode.ClaimAlreadyReviewed:
        return ErrorCategory.Conflict;
      case LearningRecordExceptionCode.InvalidClaim:
      case LearningRecordExceptionCode.EvidenceTooLarge:
      case LearningRecordExceptionCode.EvidenceTypeNotAllowed:
        return ErrorCategory.BadUserInput;
      case LearningRecordExceptionCode.EvidenceUnavailable:
        return ErrorCategory.Internal;
      default:
        return assertUnreachable(this.code);
    }
  }
}

export function personNotFound(): LearningRecordException {
  return new LearningRecordException(LearningRecordExceptionCode.PersonNotFound, 'Learner not found');
}

export function claimNotFound(): LearningRecordException {
  return new LearningRecordException(LearningRecordExceptionCode.ClaimNotFound, 'External learning claim not found');
}

export function invalidClaim(field: string, message: string): LearningRecordException {
  return new LearningRecordException(LearningRecordExceptionCode.InvalidClaim, message, [{ field, rule: 'invalid', message }]);
}
