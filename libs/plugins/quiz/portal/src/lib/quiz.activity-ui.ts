import type { Type } from '@angular/core';
import { type ActivityView, defineActivityUi } from '@tunas/portal/plugin-sdk';
import { quizActivity } from '@tunas/plugins/quiz/common';
import type { QuizSettings, QuizState } from '@tunas/shared/contracts';

/** A quiz: its settings are authored in the course editor; learners open it on the quiz pages. */
export const quizActivityUi = defineActivityUi<QuizSettings, QuizState>({
  definition: quizActivity,
  icon: 'M19 3H5c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h14c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2zm-7.99 15c-.7 0-1.26-.56-1.26-1.26 0-.71.56-1.25 1.26-1.25.71 0 1.25.54 1.25 1.25-.01.69-.54 1.26-1.25 1.26zm3.01-7.4c-.76 1.11-1.48 1.46-1.87 2.17-.16.29-.22.48-.22 1.41h-1.82c0-.49-.08-1.29.31-1.98.49-.87 1.42-1.39 1.96-2.16.57-.81.25-2.33-1.37-2.33-1.06 0-1.58.8-1.8 1.48l-1.65-.7C9.01 7.15 10.22 6 11.99 6c1.48 0 2.49.67 3.01 1.52.44.72.7 2.07.02 3.08z',
  // The course hands learners QuizLearnerContent (no bank or question ids), not the settings the editor writes.
  loadView: () =>
    import('./quiz-view.component').then((m) => m.QuizViewComponent as unknown as Type<ActivityView<QuizSettings, QuizState>>),
  loadEditor: () => import('./quiz-editor.component').then((m) => m.QuizEditorComponent),
});
