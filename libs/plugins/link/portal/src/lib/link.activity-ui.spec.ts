import {
  describeActivityUiContract,
  renderActivityEditor,
  renderActivityView,
  typeInto,
} from '@tunas/portal/plugin-sdk/testing';
import type { LinkContent } from '@tunas/plugins/link/common';
import { linkActivityUi } from './link.activity-ui';

const content: LinkContent = { url: 'https://peraturan.bpk.go.id/', description: 'Basis data peraturan resmi BPK.' };

function follow(element: HTMLElement): void {
  const link = element.querySelector<HTMLAnchorElement>('[data-testid="link-open"]');
  // jsdom cannot open tabs; what matters is that the click is seen.
  link?.addEventListener('click', (event) => event.preventDefault());
  link?.click();
}

describeActivityUiContract(linkActivityUi, {
  content,
  storedState: { visited: true },
  learn: async (view) => follow(view.element),
  author: async (editor) => {
    typeInto(editor.element.querySelector('[data-testid="link-editor-url"]'), 'https://anri.go.id/');
    await editor.stable();
  },
});

describe('LinkViewComponent', () => {
  it('opens the source in a new tab without giving it the portal window', async () => {
    const view = await renderActivityView(linkActivityUi, { content });
    const link = view.element.querySelector('[data-testid="link-open"]');

    expect(link?.getAttribute('href')).toBe('https://peraturan.bpk.go.id/');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.textContent).toContain('plugins.newTab');
  });

  it('records the visit once', async () => {
    const view = await renderActivityView(linkActivityUi, { content });

    follow(view.element);
    follow(view.element);
    await view.stable();

    expect(view.emitted).toEqual([{ visited: true }]);
  });

  it('refuses a javascript: address in the editor', async () => {
    const editor = await renderActivityEditor(linkActivityUi, null);

    typeInto(editor.element.querySelector('[data-testid="link-editor-url"]'), 'javascript:alert(1)');
    await editor.stable();

    expect(editor.emitted.at(-1)).toBeNull();
  });
});
