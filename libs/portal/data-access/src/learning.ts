/**
 * Learning record data access: the learner's JP against the yearly target, certificates (with their files),
 * badges and external-learning claims. A separate entry point so that it loads with the screens that use it.
 */
export * from './lib/generated/learning.graphql';
export {
  LearningApi,
  type CompetencyJp,
  type ExternalLearningClaim,
  type LearningRecord,
  type LearningRecordEntry,
  type MyBadge,
  type MyCertificate,
  type MyUnitLeaderboard,
} from './lib/learning/learning.api';
export { CertificateFiles, type CertificateFileKind } from './lib/learning/certificate-files.service';
