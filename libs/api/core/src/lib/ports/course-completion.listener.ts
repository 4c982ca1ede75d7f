import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A learner's first full completion of a course, as the courses feature records it. */
export interface CourseCompletion {
  enrolmentId: string;
  userId: string;
  courseId: string;
  completedAt: Date;
}

/**
 * When a listener runs among the others. Documents of the completion (a certificate) come first, so that what
 * records the completion (the JP learning record) can point at them in the same transaction.
 */
export enum CompletionStage {
  Documents = 10,
  Records = 20,
  /** What is derived from the record (milestone badges), once the completion is counted. */
  Recognition = 30,
}

/**
 * Told about every course completion inside the transaction that completes the course, whichever path completed
 * it (the learner's progress, a quiz submission, a regrade, manual essay grading), so what it writes commits or
 * rolls back with the completion. Features register theirs with `CourseCompletionListeners`.
 */
export abstract class CourseCompletionListener {
  /** Unique among listeners, for error messages and the duplicate check. */
  abstract readonly listenerName: string;
  abstract readonly stage: CompletionStage;
  abstract onCourseCompleted(manager: EntityManager, completion: CourseCompletion): Promise<void>;
}

/**
 * Every completion listener the installed features registered (from their `onModuleInit`), called in stage order
 * by the courses feature. Registering the same name twice fails at start-up. Without listeners, completions just
 * complete.
 *
 * @example
 * ```ts
 * onModuleInit(): void { this.listeners.register(this); }
 * ```
 */
@Injectable()
export class CourseCompletionListeners {
  private readonly listeners: CourseCompletionListener[] = [];

  register(listener: CourseCompletionListener): void {
    if (this.listeners.some((existing) => existing.listenerName === listener.listenerName)) {
      throw new Error(`Course completion listener "${listener.listenerName}" is registered twice`);
    }
    this.listeners.push(listener);
    // Stable sort: listeners of one stage keep their registration order.
    this.listeners.sort((a, b) => a.stage - b.stage);
  }

  /** Names in the order they run, for tests and start-up logs. */
  get names(): readonly string[] {
    return this.listeners.map((listener) => listener.listenerName);
  }

  async notify(manager: EntityManager, completion: CourseCompletion): Promise<void> {
    for (const listener of this.listeners) await listener.onCourseCompleted(manager, completion);
  }
}
