import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { QUIZ_AUTHORING_LOOKUP, type QuizAuthoringLookup } from '@tunas/portal/plugin-sdk';
import {
  describeActivityUiContract,
  type RenderedActivityEditor,
  renderActivityEditor,
  renderActivityView,
} from '@tunas/portal/plugin-sdk/testing';
import type { QuizLearnerContent } from '@tunas/plugins/quiz/common';
import { type QuizSettings, quizSettingsSchema } from '@tunas/shared/contracts';
import { of } from 'rxjs';
import { quizActivityUi } from './quiz.activity-ui';

const BANK = '7d1d6f64-3f7c-4c1e-9d0e-1a2b3c4d5e6f';
const TOP = '0b7e5a1c-2d3e-4f50-8a9b-0c1d2e3f4a5b';
const Q1 = '1a2b3c4d-1111-4a5b-8c9d-0e1f2a3b4c5d';
const Q2 = '1a2b3c4d-2222-4a5b-8c9d-0e1f2a3b4c5d';

const settings: QuizSettings = quizSettingsSchema.parse({ bankId: BANK, slots: [{ kind: 'fixed', questionId: Q1 }] });

const lookup: QuizAuthoringLookup = {
  banks: () => of([{ id: BANK, name: 'Bank Keuangan', courseTitle: 'Keuangan Desa', questionCount: 2, categories: [{ id: TOP, parentId: null, name: 'Atas', depth: 0, questionCount: 2 }] }]),
  questions: () =>
    of([
      { id: Q1, categoryId: TOP, name: 'APBDes', type: 'true-false', typeName: 'Benar/Salah', defaultMark: 1 },
      { id: Q2, categoryId: TOP, name: 'Bendahara', type: 'multiple-choice', typeName: 'Pilihan ganda', defaultMark: 2 },
    ]),
};

beforeEach(() => {
  TestBed.configureTestingModule({ providers: [provideRouter([]), { provide: QUIZ_AUTHORING_LOOKUP, useValue: lookup }] });
});

function chooseBank(editor: RenderedActivityEditor<QuizSettings>): void {
  const select = editor.element.querySelector<HTMLSelectElement>('[data-testid="quiz-editor-bank"]');
  if (!select) throw new Error('no bank select');
  select.value = BANK;
  select.dispatchEvent(new Event('change'));
}

function pick(editor: RenderedActivityEditor<QuizSettings>, questionId: string): void {
  editor.element.querySelector<HTMLInputElement>(`[data-testid="quiz-editor-question-${questionId}"] input`)?.click();
}

describeActivityUiContract(quizActivityUi, {
  content: settings,
  storedState: { grade: 0.8, passed: true, finishedAttempts: 1, awaitingGrading: false },
  learn: async (view) => view.element.querySelector<HTMLElement>('[data-testid="quiz-open"]')?.click(),
  author: async (editor) => {
    chooseBank(editor);
    await editor.stable();
    pick(editor, Q1);
  },
});

describe('QuizViewComponent', () => {
  const learnerContent: QuizLearnerContent = {
    intro: 'Uji pemahaman Anda.',
    questionCount: 5,
    timeLimitMinutes: 20,
    attemptsAllowed: 2,
    openAt: null,
    closeAt: null,
    passingGrade: 70,
    gradingMethod: 'HIGHEST',
  };

  it('links to the quiz pages of its course and activity', async () => {
    const view = await renderActivityView(quizActivityUi as never, {
      content: learnerContent,
      context: { courseId: 'c1', activityId: 'a1' },
    });

    expect(view.element.querySelector('[data-testid="quiz-open"]')?.getAttribute('href')).toBe('/kuis/c1/a1');
    expect(view.element.querySelector('[data-testid="quiz-view-facts"]')?.textContent).toContain('70%');
    expect(view.element.textContent).toContain('Uji pemahaman Anda.');
  });

  it('offers no link in a read-only preview', async () => {
    const view = await renderActivityView(quizActivityUi as never, {
      content: learnerContent,
      readOnly: true,
      context: { courseId: 'c1', activityId: 'a1' },
    });

    expect(view.element.querySelector('[data-testid="quiz-open"]')).toBeNull();
  });

  it('counts the questions of full settings (random draws count as many as they draw)', async () => {
    const withDraw = quizSettingsSchema.parse({
      bankId: BANK,
      slots: [{ kind: 'fixed', questionId: Q1 }, { kind: 'random', categoryId: TOP, count: 3 }],
    });
    const view = await renderActivityView(quizActivityUi, { content: withDraw });

    expect(view.element.querySelector('[data-testid="quiz-view-facts"] dd')?.textContent?.trim()).toBe('4');
  });
});

describe('QuizEditorComponent', () => {
  it('emits null until a bank and a question are chosen', async () => {
    const editor = await renderActivityEditor(quizActivityUi, null);

    expect(editor.emitted.at(-1)).toBeNull();
    expect(editor.element.querySelector('[data-testid="quiz-editor-problem"]')?.textContent).toContain('plugins.quiz.editor.problem.bank');
  });

  it('turns picked questions into fixed slots in the order they were picked', async () => {
    const editor = await renderActivityEditor(quizActivityUi, null);
    chooseBank(editor);
    await editor.stable();
    pick(editor, Q2);
    pick(editor, Q1);
    await editor.stable();

    expect(editor.emitted.at(-1)?.slots).toEqual([
      { kind: 'fixed', questionId: Q2 },
      { kind: 'fixed', questionId: Q1 },
    ]);
  });

  it('adds a random draw from a category of the bank', async () => {
    const editor = await renderActivityEditor(quizActivityUi, null);
    chooseBank(editor);
    await editor.stable();
    editor.element.querySelector<HTMLButtonElement>('[data-testid="quiz-editor-add-draw"]')?.click();
    await editor.stable();

    expect(editor.emitted.at(-1)?.slots).toEqual([{ kind: 'random', categoryId: TOP, includeSubcategories: true, count: 1 }]);
  });

  it('keeps the stored review options and unchecking one changes only that flag', async () => {
    const editor = await renderActivityEditor(quizActivityUi, settings);
    editor.element.querySelector<HTMLInputElement>('[data-testid="review-afterClose-rightAnswer"]')?.click();
    await editor.stable();

    const latest = editor.emitted.at(-1);
    expect(latest?.reviewOptions.afterClose.rightAnswer).toBe(false);
    expect(latest?.reviewOptions.immediately).toEqual(settings.reviewOptions.immediately);
    expect(latest?.slots).toEqual(settings.slots);
  });

  it('refuses a quiz that closes before it opens', async () => {
    const editor = await renderActivityEditor(quizActivityUi, {
      ...settings,
      openAt: '2026-12-02T08:00:00.000Z',
      closeAt: '2026-12-01T08:00:00.000Z',
    });

    expect(editor.emitted.at(-1)).toBeNull();
    expect(editor.element.querySelector('[data-testid="quiz-editor-problem"]')?.textContent).toContain('problem.dates');
  });
});
