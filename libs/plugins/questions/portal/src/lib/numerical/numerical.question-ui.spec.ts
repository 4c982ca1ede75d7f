import { describeQuestionUiContract, renderQuestionAnswer, renderQuestionEditor, typeInto } from '@tunas/portal/plugin-sdk/testing';
import { type NumericalConfig, numericalConfigSchema } from '@tunas/plugins/questions/common';
import { all, click } from '../question-test.helpers';
import { numericalQuestionUi } from './numerical.question-ui';

const config: NumericalConfig = {
  answers: [
    { value: 3.5, tolerance: 0.1, fraction: 1, feedback: '' },
    { value: null, tolerance: 0, fraction: 0, feedback: 'Hitung ulang.' },
  ],
};

describeQuestionUiContract(numericalQuestionUi, {
  config,
  storedResponse: { text: '3,4' },
  answer: async (rendered) => typeInto(rendered.element.querySelector('input'), '3,5'),
  author: async (editor) => {
    typeInto(editor.element.querySelector('[data-testid="num-answer-value"]'), '12,5');
    await editor.stable();
  },
});

describe('NumericalAnswerComponent', () => {
  it('opens the decimal keypad and keeps a comma decimal as typed', async () => {
    const rendered = await renderQuestionAnswer(numericalQuestionUi, { view: {} });
    const field = rendered.element.querySelector('input');

    expect(field?.getAttribute('inputmode')).toBe('decimal');
    typeInto(field, '3,5');
    await rendered.stable();

    expect(rendered.emitted).toEqual([{ text: '3,5' }]);
    expect(rendered.element.querySelector('[data-testid="numerical-not-a-number"]')).toBeNull();
  });

  it('hints, without refusing, when the text is not a number', async () => {
    const rendered = await renderQuestionAnswer(numericalQuestionUi, { view: {} });

    typeInto(rendered.element.querySelector('input'), 'tiga');
    await rendered.stable();

    expect(rendered.emitted).toEqual([{ text: 'tiga' }]);
    expect(rendered.element.querySelector('[data-testid="numerical-not-a-number"]')).not.toBeNull();
    expect(rendered.element.querySelector('input')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('disables the field when read-only', async () => {
    const rendered = await renderQuestionAnswer(numericalQuestionUi, { view: {}, readOnly: true });

    expect(rendered.element.querySelector('input')?.disabled).toBe(true);
  });

  it('shows the right answer only when the review gives it', async () => {
    const rendered = await renderQuestionAnswer(numericalQuestionUi, { view: {}, response: { text: '4' }, readOnly: true, review: { rightAnswer: null, state: 'incorrect', feedback: ['Hitung ulang.'] } });
    expect(rendered.element.querySelector('[data-testid="review-right-answer"]')).toBeNull();
    expect(rendered.element.querySelector('[data-testid="review-feedback"]')?.textContent).toContain('Hitung ulang.');

    rendered.review.set({ rightAnswer: { text: '3.5' }, state: 'incorrect', feedback: [] });
    await rendered.stable();

    expect(rendered.element.querySelector('[data-testid="review-right-answer"]')?.textContent).toContain('3.5');
  });
});

describe('NumericalEditorComponent', () => {
  it('reads comma decimals and emits a config the schema accepts', async () => {
    const editor = await renderQuestionEditor(numericalQuestionUi, null);
    expect(editor.emitted.at(-1)).toBeNull();

    typeInto(editor.element.querySelector('[data-testid="num-answer-value"]'), '12,5');
    typeInto(editor.element.querySelector('[data-testid="num-answer-tolerance"]'), '0,25');
    await editor.stable();

    expect(editor.emitted.at(-1)).toEqual({ answers: [{ value: 12.5, tolerance: 0.25, fraction: 1, feedback: '' }] });
    expect(numericalConfigSchema.safeParse(editor.emitted.at(-1)).success).toBe(true);
  });

  it('keeps "*" (any other number) and emits null for a value that is not a number', async () => {
    const editor = await renderQuestionEditor(numericalQuestionUi, config);
    expect(editor.emitted.at(-1)).toEqual(config);

    typeInto(editor.element.querySelector('[data-testid="num-answer-value"]'), 'tiga');
    await editor.stable();

    expect(editor.emitted.at(-1)).toBeNull();
  });

  it('adds a blank row that does not count until it has a value', async () => {
    const editor = await renderQuestionEditor(numericalQuestionUi, config);

    click(editor.element.querySelector('[data-testid="num-add-answer"]'));
    await editor.stable();
    expect(editor.emitted.at(-1)).toBeNull();

    typeInto(all<HTMLInputElement>(editor.element, '[data-testid="num-answer-value"]')[2] ?? null, '4');
    await editor.stable();
    expect(editor.emitted.at(-1)?.answers.map((answer) => answer.value)).toEqual([3.5, null, 4]);
  });
});
