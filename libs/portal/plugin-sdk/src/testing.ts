export { describeActivityUiContract, type ActivityUiContractFixtures } from './lib/testing/activity-ui.contract';
export {
  configureActivityTestBed,
  renderActivityEditor,
  renderActivityView,
  typeInto,
  type RenderedActivityEditor,
  type RenderedActivityView,
} from './lib/testing/render-activity';
export { describeQuestionUiContract, type QuestionUiContractFixtures } from './lib/testing/question-ui.contract';
export {
  renderQuestionAnswer,
  renderQuestionEditor,
  type QuestionAnswerInputs,
  type RenderedQuestionAnswer,
  type RenderedQuestionEditor,
} from './lib/testing/render-question';
