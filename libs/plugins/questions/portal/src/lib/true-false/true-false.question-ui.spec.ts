import { describeQuestionUiContract, renderQuestionAnswer, renderQuestionEditor, typeInto } from '@tunas/portal/plugin-sdk/testing';
import { type TrueFalseConfig, trueFalseConfigSchema } from '@tunas/plugins/questions/common';
import { all, click } from '../question-test.helpers';
import { trueFalseQuestionUi } from './true-false.question-ui';

const config: TrueFalseConfig = { correct: true, trueFeedback: 'Benar, sesuai PP 94/2021.', falseFeedback: '' };

describeQuestionUiContract(trueFalseQuestionUi, {
  config,
  storedResponse: { value: false },
  answer: async (rendered) => click(rendered.element.querySelector('input[value="true"]')),
  author: async (editor) => {
    click(editor.element.querySelector('[data-testid="tf-correct-false"] input'));
    await editor.stable();
  },
});

describe('TrueFalseAnswerComponent', () => {
  it('offers Benar and Salah as two radio buttons named after the question', async () => {
    const rendered = await renderQuestionAnswer(trueFalseQuestionUi, { view: {}, questionId: 'q3' });

    const radios = all<HTMLInputElement>(rendered.element, 'input[type="radio"]');
    expect(radios.map((radio) => radio.name)).toEqual(['q3-value', 'q3-value']);
    expect(rendered.element.textContent).toContain('questions.trueFalse.true');
    expect(rendered.element.textContent).toContain('questions.trueFalse.false');
  });

  it('emits the chosen value', async () => {
    const rendered = await renderQuestionAnswer(trueFalseQuestionUi, { view: {} });

    click(rendered.element.querySelector('input[value="false"]'));
    await rendered.stable();

    expect(rendered.emitted).toEqual([{ value: false }]);
  });

  it('disables both when read-only', async () => {
    const rendered = await renderQuestionAnswer(trueFalseQuestionUi, { view: {}, readOnly: true });

    expect(all<HTMLInputElement>(rendered.element, 'input').every((input) => input.disabled)).toBe(true);
  });

  it('shows correctness and the right answer only when the review gives them', async () => {
    const rendered = await renderQuestionAnswer(trueFalseQuestionUi, {
      view: {},
      response: { value: false },
      readOnly: true,
      review: { rightAnswer: null, state: 'incorrect', feedback: [] },
    });
    expect(rendered.element.querySelector('[data-testid="review-state"]')?.textContent).toContain('questions.review.mark.incorrect');
    expect(rendered.element.querySelector('[data-testid="review-right-answer"]')).toBeNull();

    rendered.review.set({ rightAnswer: { value: true }, state: null, feedback: [] });
    await rendered.stable();

    expect(rendered.element.querySelector('[data-testid="review-state"]')).toBeNull();
    expect(rendered.element.querySelector('[data-testid="review-right-answer"]')?.textContent).toContain('questions.trueFalse.true');
    expect(all(rendered.element, '.choice tunas-review-mark').map((mark) => mark.getAttribute('data-mark'))).toEqual(['rightAnswer', 'incorrect']);
  });
});

describe('TrueFalseEditorComponent', () => {
  it('emits null until the right answer is chosen, then a valid config', async () => {
    const editor = await renderQuestionEditor(trueFalseQuestionUi, null);
    expect(editor.emitted).toEqual([null]);

    click(editor.element.querySelector('[data-testid="tf-correct-true"] input'));
    await editor.stable();
    typeInto(editor.element.querySelector('textarea'), 'Tepat.');
    await editor.stable();

    expect(editor.emitted.at(-1)).toEqual({ correct: true, trueFeedback: 'Tepat.', falseFeedback: '' });
    expect(trueFalseConfigSchema.safeParse(editor.emitted.at(-1)).success).toBe(true);
  });

  it('opens a saved config as it was', async () => {
    const editor = await renderQuestionEditor(trueFalseQuestionUi, config);

    expect(editor.emitted).toEqual([config]);
  });

  it('emits null for a feedback longer than the schema allows', async () => {
    const editor = await renderQuestionEditor(trueFalseQuestionUi, config);

    typeInto(editor.element.querySelector('textarea'), 'x'.repeat(5001));
    await editor.stable();

    expect(editor.emitted.at(-1)).toBeNull();
  });
});
