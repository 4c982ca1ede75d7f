import { defineQuestionUi } from '@tunas/portal/plugin-sdk';
import { type OrderingConfig, type OrderingResponse, type OrderingView, orderingQuestion } from '@tunas/plugins/questions/common';

/** Items put in their right order. */
export const orderingQuestionUi = defineQuestionUi<OrderingConfig, OrderingResponse, OrderingView>({
  definition: orderingQuestion,
  loadAnswer: () => import('./ordering-answer.component').then((m) => m.OrderingAnswerComponent),
  loadEditor: () => import('./ordering-editor.component').then((m) => m.OrderingEditorComponent),
});
