import { defineQuestionUi } from '@tunas/portal/plugin-sdk';
import { type MultipleChoiceConfig, type MultipleChoiceResponse, type MultipleChoiceView, multipleChoiceQuestion } from '@tunas/plugins/questions/common';

/** One answer or several from a list of choices. */
export const multipleChoiceQuestionUi = defineQuestionUi<MultipleChoiceConfig, MultipleChoiceResponse, MultipleChoiceView>({
  definition: multipleChoiceQuestion,
  loadAnswer: () => import('./multiple-choice-answer.component').then((m) => m.MultipleChoiceAnswerComponent),
  loadEditor: () => import('./multiple-choice-editor.component').then((m) => m.MultipleChoiceEditorComponent),
});
