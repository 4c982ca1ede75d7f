import { defineActivityUi } from '@tunas/portal/plugin-sdk';
import { type DocumentContent, type DocumentState, documentActivity } from '@tunas/plugins/document/common';

/** A PDF or office file: opened in the browser or downloaded, complete once opened. */
export const documentActivityUi = defineActivityUi<DocumentContent, DocumentState>({
  definition: documentActivity,
  icon: 'M14 2H6c-1.1 0-1.99.9-1.99 2L4 20c0 1.1.89 2 1.99 2H18c1.1 0 2-.9 2-2V8l-6-6zm2 16H8v-2h8v2zm0-4H8v-2h8v2zm-3-5V3.5L18.5 9H13z',
  loadView: () => import('./document-view.component').then((m) => m.DocumentViewComponent),
  loadEditor: () => import('./document-editor.component').then((m) => m.DocumentEditorComponent),
});
