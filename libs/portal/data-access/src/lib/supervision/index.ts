export {
  SupervisionApi,
  type NudgeResult,
  type PendingClaim,
  type SupervisedPeoplePage,
  type SupervisedPeopleView,
  type SupervisedPersonDetail,
  type SupervisedPersonRow,
  type SupervisionDashboard,
  type SupervisionExportFile,
  type UnitLeaderboard,
} from './supervision.api';
