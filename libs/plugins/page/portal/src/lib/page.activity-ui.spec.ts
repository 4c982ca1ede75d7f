import { describeActivityUiContract, renderActivityView, typeInto } from '@tunas/portal/plugin-sdk/testing';
import { pageActivityUi } from './page.activity-ui';
import type { PageContent } from '@tunas/plugins/page/common';

const content: PageContent = {
  markdown: '## Siklus proyek\n\nSetiap proyek melewati lima tahap.',
  html: '<h2>Siklus proyek</h2><p>Setiap proyek melewati lima tahap.</p>',
  estimatedMinutes: 20,
};

describeActivityUiContract(pageActivityUi, {
  content,
  storedState: { viewed: true },
  learn: async (view) => view.stable(),
  author: async (editor) => {
    typeInto(editor.element.querySelector('textarea'), '# Risiko\n\nDaftar risiko proyek.');
    await editor.stable();
  },
});

describe('PageViewComponent', () => {
  it("shows the server's HTML and counts the page as read when it opens", async () => {
    const view = await renderActivityView(pageActivityUi, { content });

    expect(view.element.querySelector('[data-testid="page-view-body"] h2')?.textContent).toBe('Siklus proyek');
    expect(view.emitted).toEqual([{ viewed: true }]);
  });

  it('does not record a page that was already read', async () => {
    const view = await renderActivityView(pageActivityUi, { content, state: { viewed: true } });

    expect(view.emitted).toEqual([]);
  });

  it('never lets a script through, even if one reached the content', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const view = await renderActivityView(pageActivityUi, {
      content: { markdown: 'x', html: '<p>Halo</p><script>window.pwned = true</script><img src="x" onerror="window.pwned = true">' },
    });

    expect(view.element.querySelector('script')).toBeNull();
    expect(view.element.querySelector('img')?.getAttribute('onerror')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('sanitizing HTML stripped some content'));
    warn.mockRestore();
  });
});
