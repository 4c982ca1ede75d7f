import type { InputSignal, OutputEmitterRef, Type } from '@angular/core';
import type { GradedState, QuestionTypeDefinition } from '@tunas/shared/plugin-sdk';

/** How a reviewed response came out; `needsGrading` while a person has yet to grade it (essays). */
export type QuestionReviewState = GradedState | 'needsGrading';

/**
 * What a review may show next to a learner's response. Each part is null (or empty) when the quiz's review
 * options hide it, so a component shows exactly what it is given and never works anything out itself.
 */
export interface QuestionReview<TResponse> {
  /** A response that earns full marks, or null when the right answer is hidden. */
  readonly rightAnswer: TResponse | null;
  /** How the response came out, or null when correctness is hidden. */
  readonly state: QuestionReviewState | null;
  /** Feedback specific to the response (sanitised HTML), empty when feedback is hidden. */
  readonly feedback: readonly string[];
}

/**
 * The learner's answer area of a question type. The host renders the question text and the marks; the
 * component renders only the means of answering and reports each new response through `responseChange`.
 *
 * @example
 * export class TrueFalseAnswerComponent implements QuestionAnswerComponent<TrueFalseResponse, TrueFalseView> {
 *   readonly questionId = input.required<string>();
 *   readonly view = input.required<TrueFalseView>();
 *   readonly response = input<TrueFalseResponse | null>(null);
 *   readonly readOnly = input(false);
 *   readonly review = input<QuestionReview<TrueFalseResponse> | null>(null);
 *   readonly responseChange = output<TrueFalseResponse>();
 * }
 */
export interface QuestionAnswerComponent<TResponse, TView> {
  /** Unique on the page (one attempt can show many questions): prefix every element id and radio name with it. */
  readonly questionId: InputSignal<string>;
  /** What the server sends learners (the type's `learnerView`): never a right answer, a weight or feedback. */
  readonly view: InputSignal<TView>;
  /** The stored response; null before the learner answers. */
  readonly response: InputSignal<TResponse | null>;
  /** A submitted attempt or a preview: show the response, allow no change, emit nothing. */
  readonly readOnly: InputSignal<boolean>;
  /** Null while answering; in a review, what the review options allow to be shown. */
  readonly review: InputSignal<QuestionReview<TResponse> | null>;
  /** A new response; it must validate against the definition's `responseSchema`. */
  readonly responseChange: OutputEmitterRef<TResponse>;
}

/**
 * The authoring form of a question type's own settings (the host edits name, text, mark and general
 * feedback). It emits a config valid for the definition's `configSchema` whenever the form holds one, and
 * `null` while it does not (the host keeps Save disabled then).
 *
 * @example
 * export class TrueFalseEditorComponent implements QuestionEditorComponent<TrueFalseConfig> {
 *   readonly config = input<TrueFalseConfig | null>(null);
 *   readonly configChange = output<TrueFalseConfig | null>();
 * }
 */
export interface QuestionEditorComponent<TConfig> {
  /** The stored config, or null for a new question. */
  readonly config: InputSignal<TConfig | null>;
  readonly configChange: OutputEmitterRef<TConfig | null>;
}

/**
 * The portal half of a question type: the shared definition plus lazily loaded components, so a type's
 * code is downloaded only when a quiz or the question bank shows one of its questions.
 *
 * @example
 * export const trueFalseQuestionUi = defineQuestionUi({
 *   definition: trueFalseQuestion,
 *   loadAnswer: () => import('./true-false-answer.component').then((m) => m.TrueFalseAnswerComponent),
 *   loadEditor: () => import('./true-false-editor.component').then((m) => m.TrueFalseEditorComponent),
 * });
 */
export interface QuestionUi<TConfig, TResponse, TView> {
  readonly definition: QuestionTypeDefinition<TConfig, TResponse, TView>;
  loadAnswer(): Promise<Type<QuestionAnswerComponent<TResponse, TView>>>;
  loadEditor(): Promise<Type<QuestionEditorComponent<TConfig>>>;
}

/**
 * An installed question UI as the platform holds it, whatever its types: the quiz screens pass configs,
 * views and responses through as JSON and let the type's own schemas judge them.
 */
export interface AnyQuestionUi {
  readonly definition: QuestionTypeDefinition<unknown, unknown, unknown>;
  loadAnswer(): Promise<Type<unknown>>;
  loadEditor(): Promise<Type<unknown>>;
}

/** Declares the portal half of a question type (typed by its definition). */
export function defineQuestionUi<TConfig, TResponse, TView>(
  ui: QuestionUi<TConfig, TResponse, TView>,
): QuestionUi<TConfig, TResponse, TView> {
  return ui;
}
