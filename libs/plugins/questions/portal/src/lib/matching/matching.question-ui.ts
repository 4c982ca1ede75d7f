import { defineQuestionUi } from '@tunas/portal/plugin-sdk';
import { type MatchingConfig, type MatchingResponse, type MatchingView, matchingQuestion } from '@tunas/plugins/questions/common';

/** Each prompt matched with one answer from a list. */
export const matchingQuestionUi = defineQuestionUi<MatchingConfig, MatchingResponse, MatchingView>({
  definition: matchingQuestion,
  loadAnswer: () => import('./matching-answer.component').then((m) => m.MatchingAnswerComponent),
  loadEditor: () => import('./matching-editor.component').then((m) => m.MatchingEditorComponent),
});
