import { describeActivityUiContract, renderActivityView, typeInto } from '@tunas/portal/plugin-sdk/testing';
import type { DocumentContent } from '@tunas/plugins/document/common';
import { documentActivityUi } from './document.activity-ui';

const content: DocumentContent = {
  url: '/files/seed/dasar-manajemen-proyek/files/lembar-kerja-register-risiko.pdf',
  fileName: 'lembar-kerja-register-risiko.pdf',
  mimeType: 'application/pdf',
  sizeBytes: 48_213,
  description: 'Dua halaman siap cetak.',
};

const click = (element: HTMLElement, testId: string) => {
  // jsdom cannot navigate; the click handlers are what count here.
  element.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.addEventListener('click', (event) => event.preventDefault());
  element.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.click();
};

describeActivityUiContract(documentActivityUi, {
  content,
  storedState: { opened: true },
  learn: async (view) => click(view.element, 'document-open'),
  author: async (editor) => {
    typeInto(editor.element.querySelector('[data-testid="document-editor-url"]'), '/files/seed/lembar-kerja.pdf');
    typeInto(editor.element.querySelector('[data-testid="document-editor-file-name"]'), 'lembar-kerja.pdf');
    await editor.stable();
  },
});

describe('DocumentViewComponent', () => {
  it('opens in a new tab without handing the opener over, and offers a download', async () => {
    const view = await renderActivityView(documentActivityUi, { content });
    const open = view.element.querySelector('[data-testid="document-open"]');
    const download = view.element.querySelector('[data-testid="document-download"]');

    expect(open?.getAttribute('target')).toBe('_blank');
    expect(open?.getAttribute('rel')).toBe('noopener');
    expect(download?.getAttribute('download')).toBe('lembar-kerja-register-risiko.pdf');
  });

  it('counts the document as opened once, whichever way it was opened', async () => {
    const view = await renderActivityView(documentActivityUi, { content });

    click(view.element, 'document-download');
    click(view.element, 'document-open');
    await view.stable();

    expect(view.emitted).toEqual([{ opened: true }]);
  });

  it('shows a PDF served by Tunas inside the page on request', async () => {
    const view = await renderActivityView(documentActivityUi, { content });

    click(view.element, 'document-preview-toggle');
    await view.stable();

    expect(view.element.querySelector('iframe')?.getAttribute('src')).toBe(content.url);
    expect(view.emitted).toEqual([{ opened: true }]);
  });

  it('offers no inline preview for files from elsewhere', async () => {
    const view = await renderActivityView(documentActivityUi, { content: { ...content, url: 'https://example.org/a.pdf' } });

    expect(view.element.querySelector('[data-testid="document-preview-toggle"]')).toBeNull();
  });
});
