import type { ActivityUi } from '../activity-ui.model';
import { indexActivityUis } from '../activity-ui.registry';
import {
  type RenderedActivityEditor,
  type RenderedActivityView,
  renderActivityEditor,
  renderActivityView,
} from './render-activity';

export interface ActivityUiContractFixtures<TContent, TState> {
  /** Content as a learner receives it (must satisfy the content schema). */
  readonly content: TContent;
  /** A state stored earlier, shown to a returning learner. */
  readonly storedState: TState;
  /** What a learner does to make progress (open it, play it, follow it), on the rendered view. */
  readonly learn: (view: RenderedActivityView<TState>) => Promise<void>;
  /** What a trainer does in an empty editor to produce valid content. */
  readonly author: (editor: RenderedActivityEditor<TContent>) => Promise<void>;
}

/**
 * The contract every plugin's portal part runs in its own spec: it installs, renders, honours read-only
 * (emits nothing), emits learner states that validate, and its editor emits only valid content.
 *
 * @example
 * describeActivityUiContract(linkActivityUi, {
 *   content: { url: 'https://jdih.palangkaraya.go.id/', description: '' },
 *   storedState: { visited: true },
 *   learn: async (view) => view.element.querySelector('a')?.click(),
 *   author: async (editor) => typeInto(editor.element.querySelector('input'), 'https://anri.go.id/'),
 * });
 */
export function describeActivityUiContract<TContent, TState>(
  ui: ActivityUi<TContent, TState>,
  fixtures: ActivityUiContractFixtures<TContent, TState>,
): void {
  const { definition } = ui;
  const validState = (state: TState) => definition.stateSchema.safeParse(state).success;
  const validContent = (content: TContent | null) => content !== null && definition.contentSchema.safeParse(content).success;

  describe(`activity UI "${definition.id}" contract`, () => {
    it('installs: a checked id and icon, components that load, and fixtures the schemas accept', async () => {
      expect(indexActivityUis([ui]).has(definition.id)).toBe(true);
      expect(typeof (await ui.loadView())).toBe('function');
      expect(typeof (await ui.loadEditor())).toBe('function');
      expect(definition.contentSchema.safeParse(fixtures.content).success).toBe(true);
      expect(validState(fixtures.storedState)).toBe(true);
    });

    it('renders the content for a first visit', async () => {
      const view = await renderActivityView(ui, { content: fixtures.content, state: null });

      expect(view.element.children.length).toBeGreaterThan(0);
      expect(view.emitted.every(validState)).toBe(true);
    });

    it("renders a returning learner's stored state", async () => {
      const view = await renderActivityView(ui, { content: fixtures.content, state: fixtures.storedState });

      expect(view.element.children.length).toBeGreaterThan(0);
      expect(view.emitted.every(validState)).toBe(true);
    });

    if (definition.serverOwnedState) {
      it('emits no learner state, even when used (the server owns the state)', async () => {
        const view = await renderActivityView(ui, { content: fixtures.content, state: null });
        await fixtures.learn(view);
        await view.stable();

        expect(view.emitted).toEqual([]);
      });
    }

    it('emits nothing when read-only (previews record nothing)', async () => {
      const view = await renderActivityView(ui, { content: fixtures.content, state: null, readOnly: true });
      await fixtures.learn(view);
      await view.stable();

      expect(view.emitted).toEqual([]);
    });

    // Only the server writes a server-owned state (a quiz's grade): its view must emit nothing at all.
    (definition.serverOwnedState ? it.skip : it)('emits learner states that validate against the state schema', async () => {
      const view = await renderActivityView(ui, { content: fixtures.content, state: null });
      await fixtures.learn(view);
      await view.stable();

      expect(view.emitted.length).toBeGreaterThan(0);
      for (const state of view.emitted) {
        const result = definition.stateSchema.safeParse(state);
        if (!result.success) throw new Error(`emitted an invalid state ${JSON.stringify(state)}: ${result.error.message}`);
      }
    });

    it('authoring: turns an empty form into valid content, and emits nothing invalid', async () => {
      const editor = await renderActivityEditor(ui, null);
      await fixtures.author(editor);
      await editor.stable();

      const nonNull = editor.emitted.filter((content): content is TContent => content !== null);
      expect(nonNull.length).toBeGreaterThan(0);
      expect(nonNull.every(validContent)).toBe(true);
    });

    it('authoring: opens existing content without breaking it', async () => {
      const editor = await renderActivityEditor(ui, fixtures.content);

      expect(editor.element.children.length).toBeGreaterThan(0);
      expect(editor.emitted.filter((content) => content !== null).every(validContent)).toBe(true);
    });
  });
}
