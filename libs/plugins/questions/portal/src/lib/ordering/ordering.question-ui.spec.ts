import { describeQuestionUiContract, renderQuestionAnswer, renderQuestionEditor, typeInto } from '@tunas/portal/plugin-sdk/testing';
import { type OrderingConfig, type OrderingView, orderingConfigSchema } from '@tunas/plugins/questions/common';
import { all, click } from '../question-test.helpers';
import { orderingQuestionUi } from './ordering.question-ui';

const config: OrderingConfig = {
  items: [
    { id: 'i1', text: 'Perencanaan' },
    { id: 'i2', text: 'Pelaksanaan' },
    { id: 'i3', text: 'Evaluasi' },
  ],
  gradingMode: 'absolutePosition',
};
const view: OrderingView = { items: [config.items[2], config.items[0], config.items[1]].filter((item) => item !== undefined) };

const order = (element: HTMLElement) => all(element, '.ordering__item').map((item) => item.getAttribute('data-item'));
const moveButton = (element: HTMLElement, itemId: string, direction: 'up' | 'down') =>
  element.querySelector(`[data-item="${itemId}"] [data-move="${direction}"]`);

describeQuestionUiContract(orderingQuestionUi, {
  config,
  storedResponse: { order: ['i1', 'i3', 'i2'] },
  // Read-only shows no move buttons, so there may be nothing to press.
  answer: async (rendered) => rendered.element.querySelector<HTMLButtonElement>('[data-move="down"]')?.click(),
  author: async (editor) => {
    all<HTMLTextAreaElement>(editor.element, '[data-testid="order-item-text"]').forEach((field, index) => typeInto(field, `Langkah ${index + 1}`));
    await editor.stable();
  },
});

describe('OrderingAnswerComponent', () => {
  it('shows the dealt order, then a stored one', async () => {
    const rendered = await renderQuestionAnswer(orderingQuestionUi, { view });
    expect(order(rendered.element)).toEqual(['i3', 'i1', 'i2']);

    rendered.response.set({ order: ['i2', 'i1', 'i3'] });
    await rendered.stable();
    expect(order(rendered.element)).toEqual(['i2', 'i1', 'i3']);
  });

  it('moves an item with Naik and Turun, emits the new order and announces it', async () => {
    const rendered = await renderQuestionAnswer(orderingQuestionUi, { view });

    click(moveButton(rendered.element, 'i1', 'up'));
    await rendered.stable();
    click(moveButton(rendered.element, 'i3', 'down'));
    await rendered.stable();

    expect(rendered.emitted).toEqual([{ order: ['i1', 'i3', 'i2'] }, { order: ['i1', 'i2', 'i3'] }]);
    expect(order(rendered.element)).toEqual(['i1', 'i2', 'i3']);
    expect(rendered.element.querySelector('[data-testid="ordering-announcement"]')?.textContent).toContain('questions.ordering.moved');
  });

  it('cannot move the first item up or the last down; buttons name their item', async () => {
    const rendered = await renderQuestionAnswer(orderingQuestionUi, { view, questionId: 'q9' });

    expect((moveButton(rendered.element, 'i3', 'up') as HTMLButtonElement).disabled).toBe(true);
    expect((moveButton(rendered.element, 'i2', 'down') as HTMLButtonElement).disabled).toBe(true);
    expect(moveButton(rendered.element, 'i1', 'up')?.getAttribute('aria-describedby')).toBe('q9-item-i1');
    expect(rendered.element.querySelector('#q9-item-i1')?.textContent).toBe('Perencanaan');
  });

  it('offers no move buttons when read-only', async () => {
    const rendered = await renderQuestionAnswer(orderingQuestionUi, { view, readOnly: true });

    expect(rendered.element.querySelector('[data-move]')).toBeNull();
  });

  it('marks each position and shows the right order only when the review gives it', async () => {
    const rendered = await renderQuestionAnswer(orderingQuestionUi, {
      view,
      response: { order: ['i1', 'i3', 'i2'] },
      readOnly: true,
      review: { rightAnswer: null, state: null, feedback: [] },
    });
    expect(rendered.element.querySelector('[data-mark]')).toBeNull();

    rendered.review.set({ rightAnswer: { order: ['i1', 'i2', 'i3'] }, state: 'partial', feedback: [] });
    await rendered.stable();

    expect(all(rendered.element, '.ordering [data-mark]').map((mark) => mark.getAttribute('data-mark'))).toEqual(['correct', 'incorrect', 'incorrect']);
    expect(all(rendered.element, '[data-testid="review-right-answer"] li').map((line) => line.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '1. Perencanaan',
      '2. Pelaksanaan',
      '3. Evaluasi',
    ]);
  });
});

describe('OrderingEditorComponent', () => {
  it('emits the items in the right order once each has a text', async () => {
    const editor = await renderQuestionEditor(orderingQuestionUi, null);
    expect(editor.emitted.at(-1)).toBeNull();

    all<HTMLTextAreaElement>(editor.element, '[data-testid="order-item-text"]').forEach((field, index) => typeInto(field, `Langkah ${index + 1}`));
    await editor.stable();

    const emitted = editor.emitted.at(-1);
    expect(orderingConfigSchema.safeParse(emitted).success).toBe(true);
    expect(emitted?.items).toEqual([
      { id: 'i1', text: 'Langkah 1' },
      { id: 'i2', text: 'Langkah 2' },
      { id: 'i3', text: 'Langkah 3' },
    ]);
  });

  it('reorders and adds items, keeping ids', async () => {
    const editor = await renderQuestionEditor(orderingQuestionUi, config);
    expect(editor.emitted.at(-1)).toEqual(config);

    click(all(editor.element, '[data-testid="row-up"]')[2]);
    click(editor.element.querySelector('[data-testid="order-add-item"]'));
    await editor.stable();
    expect(editor.emitted.at(-1)).toBeNull();

    typeInto(all<HTMLTextAreaElement>(editor.element, '[data-testid="order-item-text"]')[3] ?? null, 'Pelaporan');
    await editor.stable();
    expect(editor.emitted.at(-1)?.items.map((item) => item.id)).toEqual(['i1', 'i3', 'i2', 'i4']);
  });
});
