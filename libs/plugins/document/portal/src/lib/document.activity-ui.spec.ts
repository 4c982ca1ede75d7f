import { TestBed } from '@angular/core/testing';
import { LIBRARY_MATERIALS, type LibraryMaterials } from '@tunas/portal/plugin-sdk';
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

  it('asks the API for a library file’s address for this learner and activity, and previews it', async () => {
    const asked: Array<{ courseId: string; activityId: string }> = [];
    const library: LibraryMaterials = {
      usable: async () => [],
      fileUrl: async (context) => {
        asked.push(context);
        return '/materials/file/token123/daftar-periksa.pdf';
      },
    };
    TestBed.configureTestingModule({ providers: [{ provide: LIBRARY_MATERIALS, useValue: library }] });
    const fromLibrary: DocumentContent = { materialVersionId: '7d9f1c2a-4b3e-4f6a-9c8d-1e2f3a4b5c6d', fileName: 'daftar-periksa.pdf', mimeType: 'application/pdf', description: '' };
    const view = await renderActivityView(documentActivityUi, { content: fromLibrary, context: { courseId: 'c1', activityId: 'a1' } });
    await view.stable();

    expect(asked).toEqual([{ courseId: 'c1', activityId: 'a1' }]);
    expect(view.element.querySelector('[data-testid="document-open"]')?.getAttribute('href')).toBe('/materials/file/token123/daftar-periksa.pdf');
    click(view.element, 'document-preview-toggle');
    await view.stable();
    expect(view.element.querySelector('iframe')?.getAttribute('src')).toBe('/materials/file/token123/daftar-periksa.pdf');
  });

  it('shows no link for a library file in a preview without an activity', async () => {
    const fromLibrary: DocumentContent = { materialVersionId: '7d9f1c2a-4b3e-4f6a-9c8d-1e2f3a4b5c6d', fileName: 'daftar-periksa.pdf', mimeType: 'application/pdf', description: '' };
    const view = await renderActivityView(documentActivityUi, { content: fromLibrary, context: null });

    expect(view.element.querySelector('[data-testid="document-open"]')).toBeNull();
  });
});
