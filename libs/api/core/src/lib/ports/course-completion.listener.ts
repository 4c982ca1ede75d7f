import type { EntityManager } from 'typeorm';

/** A learner's first full completion of a course, as the courses feature records it. */
export interface CourseCompletion {
  enrolmentId: string;
  userId: string;
  courseId: string;
  completedAt: Date;
}

/**
 * Told about every course completion inside the transaction that completes the course, whichever path completed
 * it (the learner's progress, a quiz submission, a regrade, manual essay grading), so what it writes commits or
 * rolls back with the completion. The certificates feature provides it; without it, completions just complete.
 */
export abstract class CourseCompletionListener {
  abstract onCourseCompleted(manager: EntityManager, completion: CourseCompletion): Promise<void>;
}
