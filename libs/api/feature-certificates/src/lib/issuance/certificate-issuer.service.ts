import { Injectable, OnModuleInit } from '@nestjs/common';
import { CompletionStage, CourseCompletion, CourseCompletionListener, CourseCompletionListeners } from '@tunas/api/core';
import { quizStateSchema } from '@tunas/shared/contracts';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { CertificateEntity } from '../entities/certificate.entities';
import { CertificateTemplateService } from '../templates/certificate-template.service';
import { formatSerial, newVerificationCode, nextCounterValue } from './certificate-numbers';

/** The status list the platform publishes (one list of 131,072 positions for now). */
export const STATUS_LIST_ID = '1';

interface CompletionFacts {
  learner_name: string;
  learner_nip: string | null;
  course_title: string;
  jp_hours: number;
  competency_type: string;
  owner_institution_id: string | null;
  structure: unknown;
}

/**
 * Issues the certificate of a course completion, in the transaction that completes the course, whichever path
 * completed it. Exactly once: the courses feature completes an enrolment once under its row lock, and the unique
 * index on `certificates.enrolment_id` refuses a second certificate whatever happens.
 */
@Injectable()
export class CertificateIssuerService extends CourseCompletionListener implements OnModuleInit {
  readonly listenerName = 'certificates';
  readonly stage = CompletionStage.Documents;

  constructor(
    private readonly templates: CertificateTemplateService,
    private readonly listeners: CourseCompletionListeners,
  ) {
    super();
  }

  onModuleInit(): void {
    this.listeners.register(this);
  }

  async onCourseCompleted(manager: EntityManager, completion: CourseCompletion): Promise<void> {
    if (await manager.exists(CertificateEntity, { where: { enrolmentId: completion.enrolmentId } })) return;
    const facts = await this.completionFacts(manager, completion.enrolmentId);
    const template = await this.templates.templateFor(manager, completion.courseId, facts.owner_institution_id);
    const year = completion.completedAt.getUTCFullYear();
    const serialNumber = await nextCounterValue(manager, `serial:${year}`);
    const statusIndex = (await nextCounterValue(manager, `status-list:${STATUS_LIST_ID}`)) - 1;
    await manager.insert(CertificateEntity, {
      id: randomUUID(),
      enrolmentId: completion.enrolmentId,
      userId: completion.userId,
      courseId: completion.courseId,
      serial: formatSerial(year, serialNumber),
      serialYear: year,
      serialNumber,
      verificationCode: newVerificationCode(),
      statusIndex,
      learnerName: facts.learner_name,
      learnerNip: facts.learner_nip,
      courseTitle: facts.course_title,
      jpHours: Number(facts.jp_hours),
      competencyType: facts.competency_type,
      finalScore: await this.finalScore(manager, completion.enrolmentId, facts.structure),
      completedAt: completion.completedAt,
      issuedAt: new Date(),
      templateId: template.id,
      layout: template.layout,
      credential: null,
      revokedAt: null,
      revokedById: null,
      revocationReason: null,
    });
  }

  /** Read through SQL: features never import each other's entities. */
  private async completionFacts(manager: EntityManager, enrolmentId: string): Promise<CompletionFacts> {
    const rows: CompletionFacts[] = await manager.query(
      `SELECT u.name AS learner_name, u.nip AS learner_nip, c.title AS course_title, c.jp_hours, c.competency_type, c.owner_institution_id, v.structure
         FROM enrolments e JOIN users u ON u.id = e.user_id JOIN courses c ON c.id = e.course_id JOIN course_versions v ON v.id = e.course_version_id
        WHERE e.id = ?`,
      [enrolmentId],
    );
    if (!rows[0]) throw new Error(`Enrolment ${enrolmentId} vanished while it was being completed`);
    return rows[0];
  }

  /** The mean of the course's quiz grades in percent, or null when the course has no graded quiz. */
  private async finalScore(manager: EntityManager, enrolmentId: string, rawStructure: unknown): Promise<number | null> {
    const structure = (typeof rawStructure === 'string' ? JSON.parse(rawStructure) : rawStructure) as { modules: Array<{ activities: Array<{ id: string; type: string }> }> };
    const quizIds = structure.modules.flatMap((module) => module.activities.filter((activity) => activity.type === 'quiz').map((activity) => activity.id));
    if (quizIds.length === 0) return null;
    const rows: Array<{ activity_id: string; state: unknown }> = await manager.query(
      `SELECT activity_id, state FROM activity_progress WHERE enrolment_id = ? AND activity_id IN (${quizIds.map(() => '?').join(', ')})`,
      [enrolmentId, ...quizIds],
    );
    const grades = rows.flatMap((row) => {
      const parsed = quizStateSchema.safeParse(typeof row.state === 'string' ? JSON.parse(row.state) : row.state);
      return parsed.success && parsed.data.grade !== null ? [parsed.data.grade] : [];
    });
    if (grades.length === 0) return null;
    return Math.round((grades.reduce((sum, grade) => sum + grade, 0) / grades.length) * 10000) / 100;
  }
}
