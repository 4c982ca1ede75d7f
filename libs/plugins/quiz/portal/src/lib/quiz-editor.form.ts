import { type FormArray, type FormControl, type FormGroup, type NonNullableFormBuilder } from '@angular/forms';
import {
  DEFAULT_REVIEW_OPTIONS,
  type QuizGradingMethod,
  type QuizSettings,
  type QuizSettingsInput,
  type QuizSlot,
  type ReviewFlags,
  type ReviewOptions,
} from '@tunas/shared/contracts';
import { fromLocalInput, toLocalInput } from './quiz-dates';
import type { ReviewFlagsForm, ReviewOptionsForm } from './quiz-review-options.component';

export type FixedSlotForm = FormGroup<{ questionId: FormControl<string>; mark: FormControl<number | null> }>;
export type RandomSlotForm = FormGroup<{
  categoryId: FormControl<string>;
  includeSubcategories: FormControl<boolean>;
  count: FormControl<number>;
  mark: FormControl<number | null>;
}>;

/** The quiz settings as one reactive form; slots split into picked questions and random draws. */
export function buildQuizForm(fb: NonNullableFormBuilder) {
  const flags = (value: ReviewFlags): ReviewFlagsForm =>
    fb.group({
      responses: [value.responses],
      score: [value.score],
      correctness: [value.correctness],
      feedback: [value.feedback],
      rightAnswer: [value.rightAnswer],
    });
  const reviewOptions: ReviewOptionsForm = fb.group({
    immediately: flags(DEFAULT_REVIEW_OPTIONS.immediately),
    later: flags(DEFAULT_REVIEW_OPTIONS.later),
    afterClose: flags(DEFAULT_REVIEW_OPTIONS.afterClose),
  });
  return fb.group({
    bankId: [''],
    intro: [''],
    fixed: fb.array<FixedSlotForm>([]),
    random: fb.array<RandomSlotForm>([]),
    shuffleQuestions: [false],
    shuffleAnswers: [true],
    questionsPerPage: [1],
    attemptsAllowed: [0],
    timeLimitMinutes: fb.control<number | null>(null),
    openAt: [''],
    closeAt: [''],
    passingGrade: [0],
    gradingMethod: fb.control<QuizGradingMethod>('HIGHEST'),
    reviewOptions,
  });
}

export type QuizForm = ReturnType<typeof buildQuizForm>;

export function fixedSlotForm(fb: NonNullableFormBuilder, questionId: string, mark: number | null = null): FixedSlotForm {
  return fb.group({ questionId: [questionId], mark: fb.control<number | null>(mark) });
}

export function randomSlotForm(
  fb: NonNullableFormBuilder,
  slot: { categoryId: string; includeSubcategories: boolean; count: number; mark: number | null },
): RandomSlotForm {
  return fb.group({
    categoryId: [slot.categoryId],
    includeSubcategories: [slot.includeSubcategories],
    count: [slot.count],
    mark: fb.control<number | null>(slot.mark),
  });
}

/** Fills the form from stored settings (a quiz opened again). */
export function loadQuizForm(form: QuizForm, fb: NonNullableFormBuilder, settings: QuizSettings): void {
  const fixed = form.controls.fixed as FormArray<FixedSlotForm>;
  const random = form.controls.random as FormArray<RandomSlotForm>;
  fixed.clear({ emitEvent: false });
  random.clear({ emitEvent: false });
  for (const slot of settings.slots) {
    if (slot.kind === 'fixed') {
      fixed.push(fixedSlotForm(fb, slot.questionId, slot.mark ?? null), { emitEvent: false });
    } else {
      random.push(randomSlotForm(fb, { ...slot, mark: slot.mark ?? null }), { emitEvent: false });
    }
  }
  form.patchValue(
    {
      bankId: settings.bankId,
      intro: settings.intro,
      shuffleQuestions: settings.shuffleQuestions,
      shuffleAnswers: settings.shuffleAnswers,
      questionsPerPage: settings.questionsPerPage,
      attemptsAllowed: settings.attemptsAllowed,
      timeLimitMinutes: settings.timeLimitMinutes,
      openAt: toLocalInput(settings.openAt),
      closeAt: toLocalInput(settings.closeAt),
      passingGrade: settings.passingGrade,
      gradingMethod: settings.gradingMethod,
      reviewOptions: settings.reviewOptions as ReviewOptions,
    },
    { emitEvent: false },
  );
}

/** What the form holds, in the shape of the settings schema's input (the schema judges it). */
export function quizSettingsFrom(form: QuizForm): QuizSettingsInput {
  const value = form.getRawValue();
  const mark = (value: number | null) => (value === null || Number.isNaN(value) ? {} : { mark: value });
  const slots: QuizSlot[] = [
    ...value.fixed.map((slot): QuizSlot => ({ kind: 'fixed', questionId: slot.questionId, ...mark(slot.mark) })),
    ...value.random.map(
      (slot): QuizSlot => ({
        kind: 'random',
        categoryId: slot.categoryId,
        includeSubcategories: slot.includeSubcategories,
        count: slot.count,
        ...mark(slot.mark),
      }),
    ),
  ];
  return {
    intro: value.intro.trim(),
    bankId: value.bankId,
    slots,
    shuffleQuestions: value.shuffleQuestions,
    shuffleAnswers: value.shuffleAnswers,
    questionsPerPage: value.questionsPerPage,
    attemptsAllowed: value.attemptsAllowed,
    timeLimitMinutes: value.timeLimitMinutes || null,
    openAt: fromLocalInput(value.openAt),
    closeAt: fromLocalInput(value.closeAt),
    passingGrade: value.passingGrade,
    gradingMethod: value.gradingMethod,
    reviewOptions: value.reviewOptions,
  };
}
