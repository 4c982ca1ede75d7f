import { describeQuestionUiContract, renderQuestionAnswer, renderQuestionEditor, typeInto } from '@tunas/portal/plugin-sdk/testing';
import { type MultipleChoiceConfig, type MultipleChoiceView, multipleChoiceConfigSchema } from '@tunas/plugins/questions/common';
import { all, click, selectByText } from '../question-test.helpers';
import { multipleChoiceQuestionUi } from './multiple-choice.question-ui';

const config: MultipleChoiceConfig = {
  single: true,
  shuffleAnswers: false,
  answerNumbering: 'abc',
  choices: [
    { id: 'c1', text: '<p>Undang-Undang</p>', fraction: 1, feedback: 'Tepat.' },
    { id: 'c2', text: 'Peraturan Menteri', fraction: 0, feedback: '' },
    { id: 'c3', text: 'Surat Edaran', fraction: 0, feedback: '' },
  ],
  correctFeedback: '',
  partiallyCorrectFeedback: '',
  incorrectFeedback: '',
};
const single: MultipleChoiceView = {
  single: true,
  answerNumbering: 'abc',
  choices: config.choices.map(({ id, text }) => ({ id, text })),
};
const multiple: MultipleChoiceView = { ...single, single: false, answerNumbering: 'ABCD' };

describeQuestionUiContract(multipleChoiceQuestionUi, {
  config,
  storedResponse: { choiceIds: ['c2'] },
  answer: async (rendered) => click(rendered.element.querySelector('input[value="c1"]')),
  author: async (editor) => {
    all<HTMLTextAreaElement>(editor.element, '[data-testid="mc-choice-text"]').forEach((field, index) => typeInto(field, `Pilihan ${index + 1}`));
    await editor.stable();
  },
});

describe('MultipleChoiceAnswerComponent', () => {
  it('offers radio buttons in a fieldset, numbered, with the HTML of each choice', async () => {
    const rendered = await renderQuestionAnswer(multipleChoiceQuestionUi, { view: single, questionId: 'q7' });

    expect(rendered.element.querySelector('fieldset legend')?.textContent).toContain('questions.multipleChoice.chooseOne');
    expect(all<HTMLInputElement>(rendered.element, 'input').map((input) => input.type)).toEqual(['radio', 'radio', 'radio']);
    expect(all(rendered.element, '.choice__number').map((number) => number.textContent)).toEqual(['a.', 'b.', 'c.']);
    expect(rendered.element.querySelector('.choice__text p')?.textContent).toBe('Undang-Undang');
    const first = rendered.element.querySelector<HTMLInputElement>('input[value="c1"]');
    expect(first?.id).toBe('q7-choice-c1');
    expect(rendered.element.querySelector(`label[for="q7-choice-c1"]`)).not.toBeNull();
  });

  it('emits the one chosen choice', async () => {
    const rendered = await renderQuestionAnswer(multipleChoiceQuestionUi, { view: single, response: { choiceIds: ['c1'] } });

    click(rendered.element.querySelector('input[value="c3"]'));
    await rendered.stable();

    expect(rendered.emitted).toEqual([{ choiceIds: ['c3'] }]);
  });

  it('adds and removes choices with check boxes when several answers are allowed', async () => {
    const rendered = await renderQuestionAnswer(multipleChoiceQuestionUi, { view: multiple });

    expect(all<HTMLInputElement>(rendered.element, 'input').every((input) => input.type === 'checkbox')).toBe(true);
    expect(all(rendered.element, '.choice__number').map((number) => number.textContent)).toEqual(['A.', 'B.', 'C.']);
    click(rendered.element.querySelector('input[value="c1"]'));
    click(rendered.element.querySelector('input[value="c3"]'));
    click(rendered.element.querySelector('input[value="c1"]'));
    await rendered.stable();

    expect(rendered.emitted).toEqual([{ choiceIds: ['c1'] }, { choiceIds: ['c1', 'c3'] }, { choiceIds: ['c3'] }]);
  });

  it('disables the choices when read-only', async () => {
    const rendered = await renderQuestionAnswer(multipleChoiceQuestionUi, { view: single, readOnly: true });

    expect(all<HTMLInputElement>(rendered.element, 'input').every((input) => input.disabled)).toBe(true);
  });

  it('marks the chosen choice and shows the right answer only when the review gives it', async () => {
    const shown = await renderQuestionAnswer(multipleChoiceQuestionUi, {
      view: single,
      response: { choiceIds: ['c2'] },
      readOnly: true,
      review: { rightAnswer: null, state: null, feedback: [] },
    });
    expect(shown.element.textContent).toContain('questions.review.yourChoice');
    expect(shown.element.querySelector('[data-mark]')).toBeNull();
    expect(shown.element.querySelector('[data-testid="review-right-answer"]')).toBeNull();

    shown.review.set({ rightAnswer: { choiceIds: ['c1'] }, state: 'incorrect', feedback: ['Baca lagi pasal 7.'] });
    await shown.stable();
    const marks = all(shown.element, '.choice tunas-review-mark').map((mark) => mark.getAttribute('data-mark'));
    expect(marks).toEqual(['rightAnswer', 'incorrect']);
    expect(shown.element.querySelector('[data-testid="review-state"]')?.textContent).toContain('questions.review.mark.incorrect');
    expect(shown.element.querySelector('[data-testid="review-feedback"]')?.textContent).toContain('Baca lagi pasal 7.');
    expect(shown.element.querySelector('[data-testid="review-right-answer"]')?.textContent).toContain('a. Undang-Undang');
  });
});

describe('MultipleChoiceEditorComponent', () => {
  it('starts invalid, and emits a config the schema accepts once every choice has a text', async () => {
    const editor = await renderQuestionEditor(multipleChoiceQuestionUi, null);
    expect(editor.emitted.at(-1)).toBeNull();

    all<HTMLTextAreaElement>(editor.element, '[data-testid="mc-choice-text"]').forEach((field, index) => typeInto(field, `Pilihan ${index + 1}`));
    await editor.stable();

    const emitted = editor.emitted.at(-1);
    expect(multipleChoiceConfigSchema.safeParse(emitted).success).toBe(true);
    expect(emitted?.choices.map((choice) => choice.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(emitted?.choices[0]?.fraction).toBe(1);
  });

  it('emits null and says why when no choice is worth 100%', async () => {
    const editor = await renderQuestionEditor(multipleChoiceQuestionUi, config);
    expect(editor.emitted.at(-1)).toEqual(config);

    selectByText(editor.element.querySelector('[data-testid="mc-choice-fraction"]'), '50%');
    await editor.stable();

    expect(editor.emitted.at(-1)).toBeNull();
    expect(editor.element.querySelector('[data-testid="editor-problem"]')?.textContent).toContain('questions.multipleChoice.needsRightSingle');
  });

  it('offers negative weights for multiple answers, from Moodle\'s list', async () => {
    const editor = await renderQuestionEditor(multipleChoiceQuestionUi, config);

    const weights = () => all<HTMLOptionElement>(editor.element.querySelector('[data-testid="mc-choice-fraction"]') as HTMLElement, 'option').map((option) => option.textContent?.trim());
    expect(weights()).toContain('83.33333%');
    expect(weights()).not.toContain('-50%');
    selectByText(editor.element.querySelector('[data-testid="mc-single"]'), 'questions.multipleChoice.multiple');
    await editor.stable();

    expect(weights()).toContain('-50%');
  });

  it('adds a row with a fresh id, keeps existing ids when reordering, and removes rows', async () => {
    const editor = await renderQuestionEditor(multipleChoiceQuestionUi, config);

    click(editor.element.querySelector('[data-testid="mc-add-choice"]'));
    await editor.stable();
    typeInto(all<HTMLTextAreaElement>(editor.element, '[data-testid="mc-choice-text"]')[3] ?? null, 'Keputusan Presiden');
    await editor.stable();
    click(all(editor.element, '[data-testid="row-down"]')[0]);
    await editor.stable();
    expect(editor.emitted.at(-1)?.choices.map((choice) => choice.id)).toEqual(['c2', 'c1', 'c3', 'c4']);

    click(all(editor.element, '[data-testid="row-remove"]')[2]);
    await editor.stable();
    expect(editor.emitted.at(-1)?.choices.map((choice) => choice.id)).toEqual(['c2', 'c1', 'c4']);
  });
});
