import { defineActivityUi } from '@tunas/portal/plugin-sdk';
import { type LinkContent, type LinkState, linkActivity } from '@tunas/plugins/link/common';

/** An external source (a regulation, an official guide): opened in a new tab, complete once followed. */
export const linkActivityUi = defineActivityUi<LinkContent, LinkState>({
  definition: linkActivity,
  icon: 'M3.9 12c0-1.71 1.39-3.1 3.1-3.1h4V7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h4v-1.9H7c-1.71 0-3.1-1.39-3.1-3.1zM8 13h8v-2H8v2zm9-6h-4v1.9h4c1.71 0 3.1 1.39 3.1 3.1s-1.39 3.1-3.1 3.1h-4V17h4c2.76 0 5-2.24 5-5s-2.24-5-5-5z',
  loadView: () => import('./link-view.component').then((m) => m.LinkViewComponent),
  loadEditor: () => import('./link-editor.component').then((m) => m.LinkEditorComponent),
});
