import { defineQuestionUi } from '@tunas/portal/plugin-sdk';
import { type ShortAnswerConfig, type ShortAnswerResponse, type ShortAnswerView, shortAnswerQuestion } from '@tunas/plugins/questions/common';

/** A word or a phrase, compared with the accepted answers. */
export const shortAnswerQuestionUi = defineQuestionUi<ShortAnswerConfig, ShortAnswerResponse, ShortAnswerView>({
  definition: shortAnswerQuestion,
  loadAnswer: () => import('./short-answer-answer.component').then((m) => m.ShortAnswerAnswerComponent),
  loadEditor: () => import('./short-answer-editor.component').then((m) => m.ShortAnswerEditorComponent),
});
