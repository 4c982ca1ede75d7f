import type { EntityManager } from 'typeorm';

/** A sensitive action, named `<object>.<verb>` in the past tense so that the log reads as history. */
export type AuditAction =
  | 'user.roles_changed'
  | 'user.deactivated'
  | 'user.reactivated'
  | 'users.imported'
  | 'org_unit.deleted'
  | 'quiz_response.graded'
  | 'quiz_question.regraded'
  | 'questions.imported'
  | 'question.deleted'
  | 'question_category.deleted'
  | 'course_module.removed'
  | 'activity.removed'
  | 'enrolments.imported'
  | 'enrolment.removed'
  | 'certificate.revoked'
  | 'certificate_template.saved'
  | 'jp_target.set'
  | 'external_learning.reviewed'
  | 'material.uploaded'
  | 'material.updated'
  | 'material.archived';

/** What happened, to what, by whom; `summary` is one readable sentence an admin sees in the log. */
export interface AuditEntry {
  actorId: string;
  action: AuditAction;
  objectType: string;
  objectId: string;
  summary: string;
  /** Small structured facts (before and after values, counts); never secrets or learner answers. */
  details?: Record<string, unknown>;
}

/**
 * The append-only audit log of sensitive actions. A feature records the action with the `EntityManager` of the
 * transaction that performs it, so the action and its audit row commit (or roll back) together. There is no way to
 * change or remove an entry.
 *
 * @example
 * ```ts
 * await this.dataSource.transaction(async (manager) => {
 *   await manager.update(UserEntity, id, { active: false });
 *   await this.audit.record(manager, { actorId, action: 'user.deactivated', objectType: 'User', objectId: id, summary: `Deactivated ${email}` });
 * });
 * ```
 */
export abstract class AuditLog {
  abstract record(manager: EntityManager, entry: AuditEntry): Promise<void>;
}
