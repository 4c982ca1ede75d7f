import { DomainException, ErrorCategory, FieldError } from '@tunas/api/core';
import { assertUnreachable } from '@tunas/shared/contracts';

export enum CoursesExceptionCode {
  CourseNotFound = 'COURSE_NOT_FOUND',
  NotCourseAuthor = 'NOT_COURSE_AUTHOR',
  UnknownTopic = 'UNKNOWN_TOPIC',
  UnknownActivityType = 'UNKNOWN_ACTIVITY_TYPE',
  InvalidActivityContent = 'INVALID_ACTIVITY_CONTENT',
  InvalidActivityState = 'INVALID_ACTIVITY_STATE',
  EmptyCourse = 'EMPTY_COURSE',
  NotPublished = 'NOT_PUBLISHED',
  EnrolmentClosed = 'ENROLMENT_CLOSED',
  NotEnrolled = 'NOT_ENROLLED',
  ModuleLocked = 'MODULE_LOCKED',
  ActivityNotInCourse = 'ACTIVITY_NOT_IN_COURSE',
  OutsideSupervision = 'OUTSIDE_SUPERVISION',
  InvalidCsv = 'INVALID_CSV',
}

export class CoursesException extends DomainException<CoursesExceptionCode> {
  constructor(code: CoursesExceptionCode, message: string, fieldErrors: readonly FieldError[] = []) {
    super(code, message, fieldErrors);
  }

  get category(): ErrorCategory {
    switch (this.code) {
      case CoursesExceptionCode.CourseNotFound:
      case CoursesExceptionCode.NotEnrolled:
        return ErrorCategory.NotFound;
      case CoursesExceptionCode.NotCourseAuthor:
      case CoursesExceptionCode.ModuleLocked:
      case CoursesExceptionCode.OutsideSupervision:
      case CoursesExceptionCode.EnrolmentClosed:
        return ErrorCategory.Forbidden;
      case CoursesExceptionCode.UnknownTopic:
      case CoursesExceptionCode.UnknownActivityType:
      case CoursesExceptionCode.InvalidActivityContent:
      case CoursesExceptionCode.InvalidActivityState:
      case CoursesExceptionCode.EmptyCourse:
      case CoursesExceptionCode.NotPublished:
      case CoursesExceptionCode.ActivityNotInCourse:
      case CoursesExceptionCode.InvalidCsv:
        return ErrorCategory.BadUserInput;
      default:
        return assertUnreachable(this.code);
    }
  }
}

export const courseNotFound = (id: string) => new CoursesException(CoursesExceptionCode.CourseNotFound, `Course ${id} was not found`);
