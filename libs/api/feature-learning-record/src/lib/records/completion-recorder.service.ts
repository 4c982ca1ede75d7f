import { Injectable, OnModuleInit } from '@nestjs/common';
import { CompletionStage, CourseCompletion, CourseCompletionListener, CourseCompletionListeners } from '@tunas/api/core';
import { quizStateSchema } from '@tunas/shared/contracts';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { LearningRecordEntity } from '../entities/learning-record.entities';
import { CompetencyType, DEFAULT_PROVIDER, LearningRecordSource, LearningRoute } from '../learning-record.types';

interface CompletionFacts {
  course_title: string;
  jp_hours: number;
  competency_type: CompetencyType;
  provider: string | null;
  enrolled_at: Date | string;
  structure: unknown;
  certificate_id: string | null;
  final_score: number | null;
}

/**
 * Turns every course completion into a learning record, in the completing transaction and after the certificate
 * (stage Records), so the record names the certificate and takes its final score. Exactly once: the courses
 * feature completes an enrolment once under its row lock, and `learning_records.enrolment_id` is unique.
 */
@Injectable()
export class CompletionRecorderService extends CourseCompletionListener implements OnModuleInit {
  readonly listenerName = 'learning-record';
  readonly stage = CompletionStage.Records;

  constructor(private readonly listeners: CourseCompletionListeners) {
    super();
  }

  onModuleInit(): void {
    this.listeners.register(this);
  }

  async onCourseCompleted(manager: EntityManager, completion: CourseCompletion): Promise<void> {
    if (await manager.exists(LearningRecordEntity, { where: { enrolmentId: completion.enrolmentId } })) return;
    const facts = await this.completionFacts(manager, completion.enrolmentId);
    await manager.insert(LearningRecordEntity, {
      id: randomUUID(),
      userId: completion.userId,
      source: LearningRecordSource.COURSE,
      enrolmentId: completion.enrolmentId,
      courseId: completion.courseId,
      certificateId: facts.certificate_id,
      claimId: null,
      title: facts.course_title,
      jpHours: Number(facts.jp_hours),
      competencyType: facts.competency_type,
      route: LearningRoute.E_LEARNING,
      provider: facts.provider ?? DEFAULT_PROVIDER,
      startedAt: utcDate(facts.enrolled_at),
      endedAt: completion.completedAt,
      year: completion.completedAt.getUTCFullYear(),
      score: facts.certificate_id ? nullableNumber(facts.final_score) : await meanQuizGrade(manager, completion.enrolmentId, facts.structure),
      recordedAt: new Date(),
    });
  }

  /** Read through SQL: features never import each other's entities. The certificate is there when installed. */
  private async completionFacts(manager: EntityManager, enrolmentId: string): Promise<CompletionFacts> {
    const rows: CompletionFacts[] = await manager.query(
      `SELECT c.title AS course_title, c.jp_hours, c.competency_type, i.name AS provider, e.enrolled_at, v.structure, cert.id AS certificate_id, cert.final_score
         FROM enrolments e
         JOIN courses c ON c.id = e.course_id
         JOIN course_versions v ON v.id = e.course_version_id
         LEFT JOIN institutions i ON i.id = c.owner_institution_id
         LEFT JOIN certificates cert ON cert.enrolment_id = e.id
        WHERE e.id = ?`,
      [enrolmentId],
    );
    if (!rows[0]) throw new Error(`Enrolment ${enrolmentId} vanished while it was being completed`);
    return rows[0];
  }
}

/** A datetime as a raw query returns it: a Date from mysql2, UTC text without a zone from SQLite. */
function utcDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(' ', 'T')}Z`);
}

function nullableNumber(value: number | string | null): number | null {
  return value === null ? null : Number(value);
}

/** The mean of the course's quiz grades in percent (as the certificate computes it), or null without a graded quiz. */
async function meanQuizGrade(manager: EntityManager, enrolmentId: string, rawStructure: unknown): Promise<number | null> {
  const structure = (typeof rawStructure === 'string' ? JSON.parse(rawStructure) : rawStructure) as { modules: Array<{ activities: Array<{ id: string; type: string }> }> };
  const quizIds = structure.modules.flatMap((module) => module.activities.filter((activity) => activity.type === 'quiz').map((activity) => activity.id));
  if (quizIds.length === 0) return null;
  const rows: Array<{ state: unknown }> = await manager.query(
    `SELECT state FROM activity_progress WHERE enrolment_id = ? AND activity_id IN (${quizIds.map(() => '?').join(', ')})`,
    [enrolmentId, ...quizIds],
  );
  const grades = rows.flatMap((row) => {
    const parsed = quizStateSchema.safeParse(typeof row.state === 'string' ? JSON.parse(row.state) : row.state);
    return parsed.success && parsed.data.grade !== null ? [parsed.data.grade] : [];
  });
  if (grades.length === 0) return null;
  return Math.round((grades.reduce((sum, grade) => sum + grade, 0) / grades.length) * 10000) / 100;
}
