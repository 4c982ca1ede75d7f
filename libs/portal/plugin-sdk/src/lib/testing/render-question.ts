import { type Type, type WritableSignal, inputBinding, outputBinding, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { QuestionReview, QuestionUi } from '../question-ui.model';
import { configureActivityTestBed } from './render-activity';

export interface RenderedQuestionAnswer<TResponse> {
  readonly fixture: ComponentFixture<unknown>;
  readonly element: HTMLElement;
  /** Every response the component emitted, in order. */
  readonly emitted: TResponse[];
  /** The stored response handed to the component; set it to simulate the server's answer. */
  readonly response: WritableSignal<TResponse | null>;
  readonly readOnly: WritableSignal<boolean>;
  readonly review: WritableSignal<QuestionReview<TResponse> | null>;
  /** Waits for change detection and pending work. */
  stable(): Promise<void>;
}

export interface RenderedQuestionEditor<TConfig> {
  readonly fixture: ComponentFixture<unknown>;
  readonly element: HTMLElement;
  /** Every value of configChange, in order (null while the form is invalid). */
  readonly emitted: (TConfig | null)[];
  stable(): Promise<void>;
}

export interface QuestionAnswerInputs<TResponse, TView> {
  readonly view: TView;
  readonly response?: TResponse | null;
  readonly readOnly?: boolean;
  readonly review?: QuestionReview<TResponse> | null;
  /** Defaults to `q1`. */
  readonly questionId?: string;
}

/** Renders a question type's answer area the way the quiz player does, recording what it emits. */
export async function renderQuestionAnswer<TConfig, TResponse, TView>(
  ui: QuestionUi<TConfig, TResponse, TView>,
  inputs: QuestionAnswerInputs<TResponse, TView>,
): Promise<RenderedQuestionAnswer<TResponse>> {
  configureActivityTestBed();
  const component: Type<unknown> = await ui.loadAnswer();
  const emitted: TResponse[] = [];
  const response = signal<TResponse | null>(inputs.response ?? null);
  const readOnly = signal(inputs.readOnly ?? false);
  const review = signal<QuestionReview<TResponse> | null>(inputs.review ?? null);
  const fixture = TestBed.createComponent(component, {
    bindings: [
      inputBinding('questionId', () => inputs.questionId ?? 'q1'),
      inputBinding('view', () => inputs.view),
      inputBinding('response', response),
      inputBinding('readOnly', readOnly),
      inputBinding('review', review),
      outputBinding<TResponse>('responseChange', (next) => emitted.push(next)),
    ],
  });
  const stable = () => fixture.whenStable();
  await stable();
  return { fixture, element: fixture.nativeElement as HTMLElement, emitted, response, readOnly, review, stable };
}

/** Renders a question type's authoring form the way the question bank does, recording what it emits. */
export async function renderQuestionEditor<TConfig, TResponse, TView>(
  ui: QuestionUi<TConfig, TResponse, TView>,
  config: TConfig | null,
): Promise<RenderedQuestionEditor<TConfig>> {
  configureActivityTestBed();
  const component: Type<unknown> = await ui.loadEditor();
  const emitted: (TConfig | null)[] = [];
  const fixture = TestBed.createComponent(component, {
    bindings: [
      inputBinding('config', () => config),
      outputBinding<TConfig | null>('configChange', (next) => emitted.push(next)),
    ],
  });
  const stable = () => fixture.whenStable();
  await stable();
  return { fixture, element: fixture.nativeElement as HTMLElement, emitted, stable };
}
