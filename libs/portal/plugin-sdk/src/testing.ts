export { describeActivityUiContract, type ActivityUiContractFixtures } from './lib/testing/activity-ui.contract';
export {
  configureActivityTestBed,
  renderActivityEditor,
  renderActivityView,
  typeInto,
  type RenderedActivityEditor,
  type RenderedActivityView,
} from './lib/testing/render-activity';
