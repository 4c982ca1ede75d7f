import { DomainException, ErrorCategory, FieldError } from '@tunas/api/core';
import { assertUnreachable } from '@tunas/shared/contracts';

export enum QuizExceptionCode {
  BankNotFound = 'BANK_NOT_FOUND',
  CategoryNotFound = 'CATEGORY_NOT_FOUND',
  QuestionNotFound = 'QUESTION_NOT_FOUND',
  NotBankEditor = 'NOT_BANK_EDITOR',
  UnknownQuestionType = 'UNKNOWN_QUESTION_TYPE',
  InvalidQuestion = 'INVALID_QUESTION',
  CategoryNotEmpty = 'CATEGORY_NOT_EMPTY',
  ImportRejected = 'IMPORT_REJECTED',
  NotAQuiz = 'NOT_A_QUIZ',
  QuizMisconfigured = 'QUIZ_MISCONFIGURED',
  AttemptNotFound = 'ATTEMPT_NOT_FOUND',
  AttemptClosed = 'ATTEMPT_CLOSED',
  InvalidResponse = 'INVALID_RESPONSE',
  UnknownSlot = 'UNKNOWN_SLOT',
  ReviewNotAllowed = 'REVIEW_NOT_ALLOWED',
  NotManuallyGraded = 'NOT_MANUALLY_GRADED',
  InvalidMark = 'INVALID_MARK',
}

export class QuizException extends DomainException<QuizExceptionCode> {
  constructor(code: QuizExceptionCode, message: string, fieldErrors: readonly FieldError[] = []) {
    super(code, message, fieldErrors);
  }

  get category(): ErrorCategory {
    switch (this.code) {
      case QuizExceptionCode.BankNotFound:
      case QuizExceptionCode.CategoryNotFound:
      case QuizExceptionCode.QuestionNotFound:
      case QuizExceptionCode.AttemptNotFound:
        return ErrorCategory.NotFound;
      case QuizExceptionCode.NotBankEditor:
      case QuizExceptionCode.ReviewNotAllowed:
        return ErrorCategory.Forbidden;
      case QuizExceptionCode.AttemptClosed:
        return ErrorCategory.Conflict;
      case QuizExceptionCode.UnknownQuestionType:
      case QuizExceptionCode.InvalidQuestion:
      case QuizExceptionCode.CategoryNotEmpty:
      case QuizExceptionCode.ImportRejected:
      case QuizExceptionCode.NotAQuiz:
      case QuizExceptionCode.QuizMisconfigured:
      case QuizExceptionCode.InvalidResponse:
      case QuizExceptionCode.UnknownSlot:
      case QuizExceptionCode.NotManuallyGraded:
      case QuizExceptionCode.InvalidMark:
        return ErrorCategory.BadUserInput;
      default:
        return assertUnreachable(this.code);
    }
  }
}

export const bankNotFound = (id: string) => new QuizException(QuizExceptionCode.BankNotFound, `Question bank ${id} was not found`);
export const attemptNotFound = (id: string) => new QuizException(QuizExceptionCode.AttemptNotFound, `Quiz attempt ${id} was not found`);
export const questionNotFound = (id: string) => new QuizException(QuizExceptionCode.QuestionNotFound, `Question ${id} was not found`);
