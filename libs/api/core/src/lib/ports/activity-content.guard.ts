import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';

/**
 * Checks, before an activity is saved, that what its content points at (a quiz's question bank and questions)
 * is something the author may use. A plugin's schema cannot know this; the feature that owns the referenced
 * objects provides the guard, and the courses feature calls it for every activity it stores. Throws a domain
 * error naming the problem.
 */
export abstract class ActivityContentGuard {
  abstract check(principal: Principal, courseId: string, type: string, content: unknown, manager: EntityManager): Promise<void>;
}
