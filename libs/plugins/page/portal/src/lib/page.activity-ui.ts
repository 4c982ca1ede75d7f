import { defineActivityUi } from '@tunas/portal/plugin-sdk';
import { type PageContent, type PageState, pageActivity } from '@tunas/plugins/page/common';

/** A lesson page: the server's sanitised HTML for learners, a Markdown form for trainers. */
export const pageActivityUi = defineActivityUi<PageContent, PageState>({
  definition: pageActivity,
  icon: 'M19 3H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2zm-5 14H7v-2h7v2zm3-4H7v-2h10v2zm0-4H7V7h10v2z',
  loadView: () => import('./page-view.component').then((m) => m.PageViewComponent),
  loadEditor: () => import('./page-editor.component').then((m) => m.PageEditorComponent),
});
