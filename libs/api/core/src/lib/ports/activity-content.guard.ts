import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal';

/**
 * Checks, before an activity is saved, that what its content points at (a quiz's question bank and questions, a
 * SCORM package or a library material) is something the author may use. A plugin's schema cannot know this; the
 * feature that owns the referenced objects provides the guard, and the courses feature calls every registered
 * guard for every activity it stores. A guard ignores types it does not know and throws a domain error naming
 * the problem otherwise.
 */
export abstract class ActivityContentGuard {
  /** Unique among guards, for the duplicate check and error messages. */
  abstract readonly guardName: string;
  abstract check(principal: Principal, courseId: string, type: string, content: unknown, manager: EntityManager): Promise<void>;
}

/**
 * Every content guard the installed features registered (from their `onModuleInit`), run in registration order by
 * the courses feature before an activity is stored.
 *
 * @example
 * ```ts
 * onModuleInit(): void { this.guards.register(this); }
 * ```
 */
@Injectable()
export class ActivityContentGuards {
  private readonly guards: ActivityContentGuard[] = [];

  register(guard: ActivityContentGuard): void {
    if (this.guards.some((existing) => existing.guardName === guard.guardName)) {
      throw new Error(`Activity content guard "${guard.guardName}" is registered twice`);
    }
    this.guards.push(guard);
  }

  get names(): readonly string[] {
    return this.guards.map((guard) => guard.guardName);
  }

  async check(principal: Principal, courseId: string, type: string, content: unknown, manager: EntityManager): Promise<void> {
    for (const guard of this.guards) await guard.check(principal, courseId, type, content, manager);
  }
}
