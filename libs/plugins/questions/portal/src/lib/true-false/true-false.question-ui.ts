import { defineQuestionUi } from '@tunas/portal/plugin-sdk';
import { type TrueFalseConfig, type TrueFalseResponse, type TrueFalseView, trueFalseQuestion } from '@tunas/plugins/questions/common';

/** A statement that is true or false. */
export const trueFalseQuestionUi = defineQuestionUi<TrueFalseConfig, TrueFalseResponse, TrueFalseView>({
  definition: trueFalseQuestion,
  loadAnswer: () => import('./true-false-answer.component').then((m) => m.TrueFalseAnswerComponent),
  loadEditor: () => import('./true-false-editor.component').then((m) => m.TrueFalseEditorComponent),
});
