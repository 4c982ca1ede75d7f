import { describeQuestionUiContract, renderQuestionAnswer, renderQuestionEditor, typeInto } from '@tunas/portal/plugin-sdk/testing';
import { type MatchingConfig, type MatchingView, matchingConfigSchema } from '@tunas/plugins/questions/common';
import { all, click, selectByText } from '../question-test.helpers';
import { matchingQuestionUi } from './matching.question-ui';

const config: MatchingConfig = {
  shuffleAnswers: false,
  pairs: [
    { id: 'p1', prompt: 'Cuti tahunan', answerId: 'a1' },
    { id: 'p2', prompt: 'Cuti besar', answerId: 'a2' },
  ],
  answers: [
    { id: 'a1', text: '12 hari kerja' },
    { id: 'a2', text: '<em>3 bulan</em>' },
    { id: 'a3', text: '1 bulan' },
  ],
};
const view: MatchingView = {
  prompts: config.pairs.map((pair) => ({ id: pair.id, text: pair.prompt })),
  answers: config.answers,
};

describeQuestionUiContract(matchingQuestionUi, {
  config,
  storedResponse: { matches: { p1: 'a3' } },
  answer: async (rendered) => selectByText(rendered.element.querySelector('select'), '12 hari kerja'),
  author: async (editor) => {
    all<HTMLTextAreaElement>(editor.element, '[data-testid="match-prompt"]').forEach((field, index) => typeInto(field, `Soal ${index + 1}`));
    all<HTMLInputElement>(editor.element, '[data-testid="match-answer"]').forEach((field, index) => typeInto(field, `Jawaban ${index + 1}`));
    await editor.stable();
  },
});

describe('MatchingAnswerComponent', () => {
  it('gives each prompt a labelled native select, answers as plain text after "Pilih…"', async () => {
    const rendered = await renderQuestionAnswer(matchingQuestionUi, { view, questionId: 'q5' });

    const selects = all<HTMLSelectElement>(rendered.element, 'select');
    expect(selects.map((select) => select.id)).toEqual(['q5-match-p1', 'q5-match-p2']);
    expect(rendered.element.querySelector('label[for="q5-match-p1"]')?.textContent).toBe('Cuti tahunan');
    expect(Array.from(selects[0]?.options ?? []).map((option) => option.textContent?.trim())).toEqual([
      'questions.matching.choose',
      '12 hari kerja',
      '3 bulan',
      '1 bulan',
    ]);
  });

  it('emits the matches so far, and forgets a prompt set back to "Pilih…"', async () => {
    const rendered = await renderQuestionAnswer(matchingQuestionUi, { view, response: { matches: { p1: 'a3' } } });
    const [first, second] = all<HTMLSelectElement>(rendered.element, 'select');
    expect(first?.value).toBe('a3');

    selectByText(second ?? null, '3 bulan');
    selectByText(first ?? null, 'questions.matching.choose');
    await rendered.stable();

    expect(rendered.emitted).toEqual([{ matches: { p1: 'a3', p2: 'a2' } }, { matches: { p2: 'a2' } }]);
  });

  it('disables the selects when read-only', async () => {
    const rendered = await renderQuestionAnswer(matchingQuestionUi, { view, readOnly: true });

    expect(all<HTMLSelectElement>(rendered.element, 'select').every((select) => select.disabled)).toBe(true);
  });

  it('marks each prompt and lists the right matches only when the review gives them', async () => {
    const rendered = await renderQuestionAnswer(matchingQuestionUi, {
      view,
      response: { matches: { p1: 'a1', p2: 'a3' } },
      readOnly: true,
      review: { rightAnswer: null, state: 'partial', feedback: [] },
    });
    expect(rendered.element.querySelector('.matching [data-mark]')).toBeNull();
    expect(rendered.element.querySelector('[data-testid="review-state"]')?.textContent).toContain('questions.review.mark.partial');

    rendered.review.set({ rightAnswer: { matches: { p1: 'a1', p2: 'a2' } }, state: 'partial', feedback: [] });
    await rendered.stable();

    expect(all(rendered.element, '.matching [data-mark]').map((mark) => mark.getAttribute('data-mark'))).toEqual(['correct', 'incorrect']);
    expect(rendered.element.querySelector('[data-testid="review-right-answer"]')?.textContent).toContain('Cuti besar → 3 bulan');
  });
});

describe('MatchingEditorComponent', () => {
  it('turns pairs and distractors into prompts and answers the schema accepts', async () => {
    const editor = await renderQuestionEditor(matchingQuestionUi, null);
    expect(editor.emitted.at(-1)).toBeNull();

    all<HTMLTextAreaElement>(editor.element, '[data-testid="match-prompt"]').forEach((field, index) => typeInto(field, `Soal ${index + 1}`));
    all<HTMLInputElement>(editor.element, '[data-testid="match-answer"]').forEach((field) => typeInto(field, 'Sama'));
    click(editor.element.querySelector('[data-testid="match-add-distractor"]'));
    await editor.stable();
    typeInto(editor.element.querySelector('[data-testid="match-distractor-text"]'), 'Pengecoh');
    await editor.stable();

    const emitted = editor.emitted.at(-1);
    expect(matchingConfigSchema.safeParse(emitted).success).toBe(true);
    expect(emitted?.pairs).toEqual([
      { id: 'p1', prompt: 'Soal 1', answerId: 'a1' },
      { id: 'p2', prompt: 'Soal 2', answerId: 'a1' },
    ]);
    expect(emitted?.answers).toEqual([
      { id: 'a1', text: 'Sama' },
      { id: 'a3', text: 'Pengecoh' },
    ]);
  });

  it('opens a saved config with its distractor, and emits it unchanged', async () => {
    const editor = await renderQuestionEditor(matchingQuestionUi, config);

    expect(all(editor.element, '[data-testid="match-distractor"]')).toHaveLength(1);
    expect(editor.emitted.at(-1)).toEqual(config);
  });

  it('emits null while a prompt has no answer', async () => {
    const editor = await renderQuestionEditor(matchingQuestionUi, config);

    typeInto(editor.element.querySelector('[data-testid="match-answer"]'), ' ');
    await editor.stable();

    expect(editor.emitted.at(-1)).toBeNull();
  });
});
