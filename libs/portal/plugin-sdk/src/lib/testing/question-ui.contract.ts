import type { QuestionUi } from '../question-ui.model';
import { indexQuestionUis } from '../question-ui.registry';
import {
  type RenderedQuestionAnswer,
  type RenderedQuestionEditor,
  renderQuestionAnswer,
  renderQuestionEditor,
} from './render-question';

export interface QuestionUiContractFixtures<TConfig, TResponse> {
  /** A config as a trainer saved it (must satisfy the config schema); the learner view is derived from it. */
  readonly config: TConfig;
  /** A response stored earlier, shown to a returning learner. */
  readonly storedResponse: TResponse;
  /** What a learner does in an empty answer area to answer, on the rendered component. */
  readonly answer: (rendered: RenderedQuestionAnswer<TResponse>) => Promise<void>;
  /** What a trainer does in an empty editor to produce a valid config. */
  readonly author: (editor: RenderedQuestionEditor<TConfig>) => Promise<void>;
}

/**
 * The contract every question type's portal part runs in its own spec: it installs, renders the learner
 * view the definition produces, honours read-only (emits nothing), emits responses that validate, shows a
 * review, and its editor emits only valid configs and opens a saved one as valid.
 *
 * @example
 * describeQuestionUiContract(trueFalseQuestionUi, {
 *   config: { correct: true, trueFeedback: '', falseFeedback: '' },
 *   storedResponse: { value: false },
 *   answer: async (rendered) => rendered.element.querySelector<HTMLInputElement>('input[value="true"]')?.click(),
 *   author: async (editor) => editor.element.querySelector<HTMLInputElement>('input[value="true"]')?.click(),
 * });
 */
export function describeQuestionUiContract<TConfig, TResponse, TView>(
  ui: QuestionUi<TConfig, TResponse, TView>,
  fixtures: QuestionUiContractFixtures<TConfig, TResponse>,
): void {
  const { definition } = ui;
  const view = () => definition.learnerView(fixtures.config, { seed: 42 });
  const validResponse = (response: TResponse) => definition.responseSchema.safeParse(response).success;
  const validConfig = (config: TConfig | null) => config !== null && definition.configSchema.safeParse(config).success;

  describe(`question UI "${definition.id}" contract`, () => {
    it('installs: a checked id, components that load, and fixtures the schemas accept', async () => {
      expect(indexQuestionUis([ui]).has(definition.id)).toBe(true);
      expect(typeof (await ui.loadAnswer())).toBe('function');
      expect(typeof (await ui.loadEditor())).toBe('function');
      expect(definition.configSchema.safeParse(fixtures.config).success).toBe(true);
      expect(validResponse(fixtures.storedResponse)).toBe(true);
    });

    it('renders the learner view for a first visit without emitting', async () => {
      const rendered = await renderQuestionAnswer(ui, { view: view() });

      expect(rendered.element.children.length).toBeGreaterThan(0);
      expect(rendered.emitted).toEqual([]);
    });

    it("renders a returning learner's stored response without emitting", async () => {
      const rendered = await renderQuestionAnswer(ui, { view: view(), response: fixtures.storedResponse });

      expect(rendered.element.children.length).toBeGreaterThan(0);
      expect(rendered.emitted).toEqual([]);
    });

    it('emits nothing when read-only (a submitted attempt cannot change)', async () => {
      const rendered = await renderQuestionAnswer(ui, { view: view(), readOnly: true });
      await fixtures.answer(rendered);
      await rendered.stable();

      expect(rendered.emitted).toEqual([]);
    });

    it('emits responses that validate against the response schema', async () => {
      const rendered = await renderQuestionAnswer(ui, { view: view() });
      await fixtures.answer(rendered);
      await rendered.stable();

      expect(rendered.emitted.length).toBeGreaterThan(0);
      for (const response of rendered.emitted) {
        const result = definition.responseSchema.safeParse(response);
        if (!result.success) throw new Error(`emitted an invalid response ${JSON.stringify(response)}: ${result.error.message}`);
      }
    });

    it('shows a full review, and less when the review hides every part', async () => {
      const rendered = await renderQuestionAnswer(ui, {
        view: view(),
        response: fixtures.storedResponse,
        readOnly: true,
        review: {
          rightAnswer: definition.rightAnswer(fixtures.config),
          state: 'incorrect',
          feedback: definition.feedback(fixtures.config, fixtures.storedResponse),
        },
      });
      const full = rendered.element.textContent;
      rendered.review.set({ rightAnswer: null, state: null, feedback: [] });
      await rendered.stable();

      expect(rendered.element.textContent).not.toEqual(full);
      expect(rendered.emitted).toEqual([]);
    });

    it('authoring: turns an empty form into a valid config, and emits nothing invalid', async () => {
      const editor = await renderQuestionEditor(ui, null);
      await fixtures.author(editor);
      await editor.stable();

      const nonNull = editor.emitted.filter((config): config is TConfig => config !== null);
      expect(nonNull.length).toBeGreaterThan(0);
      expect(nonNull.every(validConfig)).toBe(true);
    });

    it('authoring: opens a saved config and keeps it valid', async () => {
      const editor = await renderQuestionEditor(ui, fixtures.config);

      expect(editor.element.children.length).toBeGreaterThan(0);
      expect(validConfig(editor.emitted.at(-1) ?? null)).toBe(true);
      expect(editor.emitted.filter((config) => config !== null).every(validConfig)).toBe(true);
    });
  });
}
