export { scormActivityUi } from './lib/scorm.activity-ui';
export {
  SCORM_RUNTIME_GATEWAY,
  type ScormCommitOutcome,
  type ScormCommitRequest,
  type ScormLaunchInfo,
  type ScormPackageOption,
  type ScormRuntimeGateway,
} from './lib/scorm-runtime.gateway';
