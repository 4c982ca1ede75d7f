import { describeQuestionUiContract, renderQuestionAnswer, renderQuestionEditor, typeInto } from '@tunas/portal/plugin-sdk/testing';
import { type EssayConfig, type EssayView, essayConfigSchema } from '@tunas/plugins/questions/common';
import { essayQuestionUi } from './essay.question-ui';

const config: EssayConfig = { minWords: 3, maxWords: 5, responseTemplate: 'Menurut saya,', graderInfo: 'Sebut asas netralitas.' };
const view: EssayView = { minWords: 3, maxWords: 5, responseTemplate: 'Menurut saya,' };

describeQuestionUiContract(essayQuestionUi, {
  config,
  storedResponse: { text: 'Netralitas ASN dijaga.' },
  answer: async (rendered) => typeInto(rendered.element.querySelector('textarea'), 'ASN harus netral.'),
  author: async (editor) => {
    typeInto(editor.element.querySelector('[data-testid="essay-max"]'), '300');
    await editor.stable();
  },
});

describe('EssayAnswerComponent', () => {
  it('starts from the template and emits the text with a live word count', async () => {
    const rendered = await renderQuestionAnswer(essayQuestionUi, { view });
    const field = rendered.element.querySelector('textarea');
    expect(field?.value).toBe('Menurut saya,');

    typeInto(field, 'ASN harus  bersikap netral');
    await rendered.stable();

    expect(rendered.emitted).toEqual([{ text: 'ASN harus  bersikap netral' }]);
    expect(rendered.element.querySelector('[data-testid="essay-word-count"]')?.textContent).toContain('questions.essay.wordCount');
    expect(rendered.element.textContent).toContain('questions.essay.limitBetween');
    expect(rendered.element.querySelector('[data-testid="essay-outside-limits"]')).toBeNull();
  });

  it('says when the text is outside the word limits', async () => {
    const rendered = await renderQuestionAnswer(essayQuestionUi, { view });

    typeInto(rendered.element.querySelector('textarea'), 'satu dua tiga empat lima enam');
    await rendered.stable();

    expect(rendered.element.querySelector('[data-testid="essay-outside-limits"]')).not.toBeNull();
  });

  it('disables the text when read-only', async () => {
    const rendered = await renderQuestionAnswer(essayQuestionUi, { view, response: { text: 'Sudah dikirim.' }, readOnly: true });

    expect(rendered.element.querySelector('textarea')?.value).toBe('Sudah dikirim.');
    expect(rendered.element.querySelector('textarea')?.disabled).toBe(true);
  });

  it('shows that the essay waits for grading only when the review gives the state', async () => {
    const rendered = await renderQuestionAnswer(essayQuestionUi, { view, readOnly: true, review: { rightAnswer: null, state: null, feedback: [] } });
    expect(rendered.element.querySelector('[data-testid="review-state"]')).toBeNull();

    rendered.review.set({ rightAnswer: null, state: 'needsGrading', feedback: [] });
    await rendered.stable();

    expect(rendered.element.querySelector('[data-testid="review-state"]')?.textContent).toContain('questions.review.mark.needsGrading');
  });
});

describe('EssayEditorComponent', () => {
  it('emits a config without limits for a new essay', async () => {
    const editor = await renderQuestionEditor(essayQuestionUi, null);

    expect(editor.emitted.at(-1)).toEqual({ minWords: null, maxWords: null, responseTemplate: '', graderInfo: '' });
    expect(essayConfigSchema.safeParse(editor.emitted.at(-1)).success).toBe(true);
  });

  it('opens a saved config as it was', async () => {
    const editor = await renderQuestionEditor(essayQuestionUi, config);

    expect(editor.emitted.at(-1)).toEqual(config);
  });

  it('emits null for limits that are not whole numbers or that cross', async () => {
    const editor = await renderQuestionEditor(essayQuestionUi, config);

    typeInto(editor.element.querySelector('[data-testid="essay-min"]'), '2,5');
    await editor.stable();
    expect(editor.emitted.at(-1)).toBeNull();

    typeInto(editor.element.querySelector('[data-testid="essay-min"]'), '10');
    await editor.stable();
    expect(editor.emitted.at(-1)).toBeNull();
    expect(editor.element.querySelector('[data-testid="editor-problem"]')?.textContent).toContain('questions.essay.limitsCross');
  });
});
