import { InjectionToken } from '@angular/core';
import type { Observable } from 'rxjs';

/** A category of a question bank, depth-first with parents before children. */
export interface QuizLookupCategory {
  readonly id: string;
  readonly parentId: string | null;
  readonly name: string;
  /** 0 for the top category. */
  readonly depth: number;
  /** Questions directly in this category. */
  readonly questionCount: number;
}

/** A question bank a quiz may draw from: of the course, or shared. */
export interface QuizLookupBank {
  readonly id: string;
  readonly name: string;
  /** Null for a shared bank. */
  readonly courseTitle: string | null;
  readonly questionCount: number;
  readonly categories: readonly QuizLookupCategory[];
}

/** A question as the quiz editor lists it for picking. */
export interface QuizLookupQuestion {
  readonly id: string;
  readonly categoryId: string;
  readonly name: string;
  /** The question type id, e.g. `multiple-choice`. */
  readonly type: string;
  /** The type's name in the portal's language. */
  readonly typeName: string;
  readonly defaultMark: number;
}

/**
 * What the quiz activity's editor needs from the question banks. Plugins may not use data access, so the
 * platform provides this next to the installed activity UIs.
 *
 * @example
 * { provide: QUIZ_AUTHORING_LOOKUP, useExisting: QuizAuthoringLookupService }
 */
export interface QuizAuthoringLookup {
  /** Banks a quiz of this course may use (its own and shared ones); every bank I may use when null. */
  banks(courseId: string | null): Observable<readonly QuizLookupBank[]>;
  /** The visible questions of a bank. */
  questions(bankId: string): Observable<readonly QuizLookupQuestion[]>;
}

export const QUIZ_AUTHORING_LOOKUP = new InjectionToken<QuizAuthoringLookup>('QUIZ_AUTHORING_LOOKUP');
