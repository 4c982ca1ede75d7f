export {
  SupervisionApi,
  type NudgeResult,
  type PendingClaim,
  type SupervisedPersonDetail,
  type SupervisedPersonRow,
  type SupervisionDashboard,
  type SupervisionExportFile,
  type UnitLeaderboard,
} from './supervision.api';
