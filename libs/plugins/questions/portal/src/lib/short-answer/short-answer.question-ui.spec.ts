import { describeQuestionUiContract, renderQuestionAnswer, renderQuestionEditor, typeInto } from '@tunas/portal/plugin-sdk/testing';
import { type ShortAnswerConfig, shortAnswerConfigSchema } from '@tunas/plugins/questions/common';
import { all, click, selectByText } from '../question-test.helpers';
import { shortAnswerQuestionUi } from './short-answer.question-ui';

const config: ShortAnswerConfig = {
  caseSensitive: false,
  answers: [
    { text: 'BKN', fraction: 1, feedback: '' },
    { text: 'Badan Kepegawaian*', fraction: 0.5, feedback: 'Singkatannya juga boleh.' },
  ],
};

describeQuestionUiContract(shortAnswerQuestionUi, {
  config,
  storedResponse: { text: 'LAN' },
  answer: async (rendered) => typeInto(rendered.element.querySelector('input'), 'BKN'),
  author: async (editor) => {
    typeInto(editor.element.querySelector('[data-testid="sa-answer-text"]'), 'Sekretariat Daerah');
    await editor.stable();
  },
});

describe('ShortAnswerAnswerComponent', () => {
  it('emits the text as typed, from a labelled field', async () => {
    const rendered = await renderQuestionAnswer(shortAnswerQuestionUi, { view: {}, questionId: 'q2' });
    const field = rendered.element.querySelector('input');

    expect(rendered.element.querySelector('label')?.getAttribute('for')).toBe('q2-answer');
    typeInto(field, ' bkn ');
    await rendered.stable();

    expect(rendered.emitted).toEqual([{ text: ' bkn ' }]);
  });

  it('shows the stored response and disables the field when read-only', async () => {
    const rendered = await renderQuestionAnswer(shortAnswerQuestionUi, { view: {}, response: { text: 'LAN' }, readOnly: true });

    expect(rendered.element.querySelector('input')?.value).toBe('LAN');
    expect(rendered.element.querySelector('input')?.disabled).toBe(true);
  });

  it('shows the right answer as plain text only when the review gives it', async () => {
    const rendered = await renderQuestionAnswer(shortAnswerQuestionUi, {
      view: {},
      response: { text: 'LAN' },
      readOnly: true,
      review: { rightAnswer: null, state: 'incorrect', feedback: [] },
    });
    expect(rendered.element.querySelector('[data-testid="review-right-answer"]')).toBeNull();

    rendered.review.set({ rightAnswer: { text: '<b>BKN</b>' }, state: 'incorrect', feedback: [] });
    await rendered.stable();

    expect(rendered.element.querySelector('[data-testid="review-right-answer"] li')?.textContent?.trim()).toBe('<b>BKN</b>');
  });
});

describe('ShortAnswerEditorComponent', () => {
  it('emits a valid config once the accepted answer has a text', async () => {
    const editor = await renderQuestionEditor(shortAnswerQuestionUi, null);
    expect(editor.emitted.at(-1)).toBeNull();

    typeInto(editor.element.querySelector('[data-testid="sa-answer-text"]'), '  Sekda ');
    await editor.stable();

    expect(editor.emitted.at(-1)).toEqual({ caseSensitive: false, answers: [{ text: 'Sekda', fraction: 1, feedback: '' }] });
    expect(shortAnswerConfigSchema.safeParse(editor.emitted.at(-1)).success).toBe(true);
  });

  it('emits null when no answer is worth 100%', async () => {
    const editor = await renderQuestionEditor(shortAnswerQuestionUi, config);
    expect(editor.emitted.at(-1)).toEqual(config);

    selectByText(editor.element.querySelector('[data-testid="sa-answer-fraction"]'), '90%');
    await editor.stable();

    expect(editor.emitted.at(-1)).toBeNull();
    expect(editor.element.querySelector('[data-testid="editor-problem"]')).not.toBeNull();
  });

  it('adds, reorders and removes accepted answers', async () => {
    const editor = await renderQuestionEditor(shortAnswerQuestionUi, config);

    click(editor.element.querySelector('[data-testid="sa-add-answer"]'));
    await editor.stable();
    typeInto(all<HTMLInputElement>(editor.element, '[data-testid="sa-answer-text"]')[2] ?? null, 'B.K.N.');
    click(all(editor.element, '[data-testid="row-up"]')[2]);
    await editor.stable();
    expect(editor.emitted.at(-1)?.answers.map((answer) => answer.text)).toEqual(['BKN', 'B.K.N.', 'Badan Kepegawaian*']);

    click(all(editor.element, '[data-testid="row-remove"]')[0]);
    await editor.stable();
    expect(editor.emitted.at(-1)).toBeNull();
  });
});
