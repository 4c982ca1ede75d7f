import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';

/** An activity as an enrolled learner's course version holds it. */
export interface EnrolledActivity {
  courseId: string;
  courseTitle: string;
  enrolmentId: string;
  activityId: string;
  activityType: string;
  activityTitle: string;
  content: unknown;
}

/** An activity as its authors see it: in the published version, or in the draft before the first publication. */
export interface AuthoredActivity {
  courseId: string;
  courseTitle: string;
  activityId: string;
  activityType: string;
  activityTitle: string;
  content: unknown;
}

/**
 * What other features may ask of courses, without importing the courses feature (features never import each
 * other). The courses feature provides it; the quiz engine uses it. Every method applies the same object-level
 * checks as the courses feature's own resolvers and throws its domain errors.
 */
export abstract class CoursePort {
  /** The activity in the learner's enrolled version; throws when not enrolled, not in the course or locked. */
  abstract enrolledActivity(userId: string, courseId: string, activityId: string, manager?: EntityManager): Promise<EnrolledActivity>;
  /** Throws "not found" (or "not an author" for published courses) unless the principal may author the course. */
  abstract assertCanAuthor(principal: Principal, courseId: string, manager?: EntityManager): Promise<{ id: string; title: string; ownerInstitutionId: string | null }>;
  abstract canAuthor(principal: Principal, courseId: string): Promise<boolean>;
  /** For the course's authors: the activity in the published version, else in the draft. */
  abstract authoredActivity(principal: Principal, courseId: string, activityId: string): Promise<AuthoredActivity>;
  /** Every activity of a type in the course's published version (for gradebooks), in course order. */
  abstract publishedActivities(courseId: string, type: string): Promise<AuthoredActivity[]>;
  /** Writes server-computed state for an activity inside the caller's transaction (completion follows). */
  abstract recordServerState(manager: EntityManager, userId: string, courseId: string, activityId: string, state: object, idempotencyKey: string): Promise<{ completion: number; courseCompleted: boolean }>;
  /** The learners enrolled in a course, for gradebooks. */
  abstract enrolledLearners(courseId: string): Promise<Array<{ userId: string; name: string; nip: string | null; enrolmentId: string; progress: number; status: string }>>;
}
