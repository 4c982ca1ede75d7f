import { randomUUID } from 'node:crypto';
import { insertRows } from '@tunas/api/core';
import { EntityManager } from 'typeorm';
import { LearningEventEntity } from '../entities/course.entities';

/** xAPI verbs Tunas records, by their short names (the full IRIs are added on export). */
export type LearningVerb = 'registered' | 'launched' | 'progressed' | 'completed' | 'unregistered';

export interface LearningEvent {
  actorId: string;
  verb: LearningVerb;
  objectType: 'course' | 'activity';
  objectId: string;
  courseId: string | null;
  result?: Record<string, unknown> | null;
  context?: Record<string, unknown> | null;
  idempotencyKey?: string | null;
  occurredAt?: Date;
}

/** Appends one statement, in the caller's transaction. Events are never updated or deleted. */
export async function appendLearningEvent(manager: EntityManager, event: LearningEvent): Promise<void> {
  await appendLearningEvents(manager, [event]);
}

/** Appends statements with one multi-row INSERT, in the caller's transaction (bulk enrolment). */
export async function appendLearningEvents(manager: EntityManager, events: readonly LearningEvent[]): Promise<void> {
  if (!events.length) return;
  await insertRows(
    manager,
    LearningEventEntity,
    events.map(
      (event): LearningEventEntity => ({
        id: randomUUID(),
        actorId: event.actorId,
        verb: event.verb,
        objectType: event.objectType,
        objectId: event.objectId,
        courseId: event.courseId,
        result: event.result ?? null,
        context: event.context ?? null,
        idempotencyKey: event.idempotencyKey ?? null,
        occurredAt: event.occurredAt ?? new Date(),
      }),
    ),
  );
}
