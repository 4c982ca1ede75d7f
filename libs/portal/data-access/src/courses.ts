/**
 * Course data access: catalogue, enrolment, the outline a learner studies, authoring and progress.
 * A separate entry point so that it, and its GraphQL documents, load with the course screens only.
 */
export * from './lib/generated/courses.graphql';
export {
  CoursesApi,
  type CourseActivity,
  type CourseCard,
  type CourseModule,
  type CourseOutline,
  type CoursePage,
  type Enrolment,
  type EnrolmentReport,
  type MyCourse,
  type Topic,
} from './lib/courses/courses.api';
export { CourseAuthoringApi } from './lib/courses/course-authoring.api';
export { ProgressApi, type ProgressResult } from './lib/progress/progress.api';
export {
  ProgressOutbox,
  type AcknowledgedProgress,
  type ProgressSaveStatus,
  type RejectedProgress,
} from './lib/progress/progress-outbox.service';
export {
  DexieProgressOutboxStore,
  OUTBOX_DATABASE_NAME,
  PROGRESS_OUTBOX_STORE,
  type PendingProgress,
  type ProgressOutboxStore,
} from './lib/progress/progress-outbox.store';
