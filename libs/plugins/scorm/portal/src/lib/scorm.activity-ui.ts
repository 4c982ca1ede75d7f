import type { Type } from '@angular/core';
import { type ActivityView, defineActivityUi } from '@tunas/portal/plugin-sdk';
import { scormActivity, type ScormContent, type ScormState } from '@tunas/plugins/scorm/common';

/** A SCORM package from the materials library, played in a frame with scorm-again as its runtime API. */
export const scormActivityUi = defineActivityUi<ScormContent, ScormState>({
  definition: scormActivity,
  icon: 'M4 6H2v14c0 1.1.9 2 2 2h14v-2H4V6zm16-4H8c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V4c0-1.1-.9-2-2-2zm-8 12.5v-9l6 4.5-6 4.5z',
  // The course hands learners ScormLearnerContent (no material ids), not the content the editor writes.
  loadView: () => import('./scorm-view.component').then((m) => m.ScormViewComponent as unknown as Type<ActivityView<ScormContent, ScormState>>),
  loadEditor: () => import('./scorm-editor.component').then((m) => m.ScormEditorComponent),
});
