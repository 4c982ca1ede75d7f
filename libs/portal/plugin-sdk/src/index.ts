export {
  type ActivityEditor,
  type ActivityUi,
  type ActivityView,
  type AnyActivityUi,
  activityIconName,
  defineActivityUi,
} from './lib/activity-ui.model';
export {
  ACTIVITY_UIS,
  ActivityUiRegistry,
  DuplicateActivityUiError,
  InvalidActivityUiError,
  UnknownActivityUiError,
  indexActivityUis,
  provideActivityUis,
} from './lib/activity-ui.registry';
