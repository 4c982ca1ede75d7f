import { defineQuestionUi } from '@tunas/portal/plugin-sdk';
import { type NumericalConfig, type NumericalResponse, type NumericalView, numericalQuestion } from '@tunas/plugins/questions/common';

/** A number, accepted within a tolerance. */
export const numericalQuestionUi = defineQuestionUi<NumericalConfig, NumericalResponse, NumericalView>({
  definition: numericalQuestion,
  loadAnswer: () => import('./numerical-answer.component').then((m) => m.NumericalAnswerComponent),
  loadEditor: () => import('./numerical-editor.component').then((m) => m.NumericalEditorComponent),
});
