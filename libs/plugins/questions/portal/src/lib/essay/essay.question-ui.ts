import { defineQuestionUi } from '@tunas/portal/plugin-sdk';
import { type EssayConfig, type EssayResponse, type EssayView, essayQuestion } from '@tunas/plugins/questions/common';

/** A free text, graded by a person. */
export const essayQuestionUi = defineQuestionUi<EssayConfig, EssayResponse, EssayView>({
  definition: essayQuestion,
  loadAnswer: () => import('./essay-answer.component').then((m) => m.EssayAnswerComponent),
  loadEditor: () => import('./essay-editor.component').then((m) => m.EssayEditorComponent),
});
