import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, CoursePort, Principal, rowLock } from '@tunas/api/core';
import { QuestionTypeRegistry } from '@tunas/api/plugin-sdk';
import { stateOfFraction } from '@tunas/shared/plugin-sdk';
import { DataSource, In } from 'typeorm';
import { Clock } from '../clock';
import { GradeResponseInput, GradingQueueItemDTO, RegradeQuestionInput, RegradeReportDTO } from '../dto/quiz-attempt.dto';
import { QuestionEntity, QuestionVersionEntity, QuizAttemptEntity, QuizAttemptSlotEntity } from '../entities';
import { renderQuestionHtml } from '../question-html';
import { attemptNotFound, questionNotFound, QuizException, QuizExceptionCode } from '../quiz.exception';
import { QuestionVersions } from './question-versions';
import { QuizAttemptService } from './quiz-attempt.service';

/** What trainers do after submission: grade essays (or override a mark) with a comment, and regrade fixed questions. */
@Injectable()
export class QuizGradingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attempts: QuizAttemptService,
    private readonly courses: CoursePort,
    private readonly types: QuestionTypeRegistry,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
  ) {}

  /** Responses waiting for a person in the course's quizzes, oldest submission first. */
  async queue(principal: Principal, courseId: string): Promise<GradingQueueItemDTO[]> {
    await this.courses.assertCanAuthor(principal, courseId);
    const rows: Array<{ attempt_id: string; slot: number; activity_id: string; user_name: string; question_version_id: string; max_mark: number; submitted_at: Date | string | null; response: unknown }> = await this.dataSource.query(
      `SELECT s.attempt_id, s.slot, a.activity_id, u.name AS user_name, s.question_version_id, s.max_mark, a.submitted_at, s.response
         FROM quiz_attempt_slots s JOIN quiz_attempts a ON a.id = s.attempt_id JOIN users u ON u.id = a.user_id
        WHERE a.course_id = ? AND a.status = 'NEEDS_GRADING' AND s.state = 'needsGrading'
        ORDER BY a.submitted_at, s.slot`,
      [courseId],
    );
    const versions = rows.length ? await this.dataSource.getRepository(QuestionVersionEntity).find({ where: { id: In([...new Set(rows.map((row) => row.question_version_id))]) } }) : [];
    const byId = new QuestionVersions(versions);
    const titles = new Map((await this.courses.publishedActivities(courseId, 'quiz')).map((activity) => [activity.activityId, activity.activityTitle]));
    return rows.map((row) => {
      const version = byId.of(row.question_version_id);
      const response = (typeof row.response === 'string' ? JSON.parse(row.response) : row.response) as object;
      const graderInfo = (version.config as { graderInfo?: string }).graderInfo ?? '';
      return {
        attemptId: row.attempt_id,
        slot: Number(row.slot),
        activityId: row.activity_id,
        quizTitle: titles.get(row.activity_id) ?? 'Kuis',
        learnerName: row.user_name,
        questionName: version.name,
        questionHtml: renderQuestionHtml(version.body.text, version.body.textFormat),
        responseText: this.types.get(version.type).summariseResponse(version.config, response),
        maxMark: Number(row.max_mark),
        graderInfo,
        submittedAt: row.submitted_at ? new Date(row.submitted_at) : null,
      };
    });
  }

  /** Sets a mark (0 to the slot's maximum) with a comment; the attempt and the quiz grade follow in the same transaction. */
  async grade(principal: Principal, input: GradeResponseInput): Promise<QuizAttemptEntity> {
    const found = await this.dataSource.getRepository(QuizAttemptEntity).findOne({ where: { id: input.attemptId } });
    if (!found || !(await this.courses.canAuthor(principal, found.courseId))) throw attemptNotFound(input.attemptId);
    await this.dataSource.transaction(async (manager) => {
      const attempt = await manager.findOne(QuizAttemptEntity, { where: { id: input.attemptId }, ...rowLock(this.dataSource) });
      if (!attempt || attempt.status === 'IN_PROGRESS') throw new QuizException(QuizExceptionCode.NotManuallyGraded, 'The attempt is still in progress');
      const slot = await manager.findOne(QuizAttemptSlotEntity, { where: { attemptId: attempt.id, slot: input.slot } });
      if (!slot) throw new QuizException(QuizExceptionCode.UnknownSlot, `The attempt has no question ${input.slot + 1}`);
      if (input.mark > slot.maxMark + 1e-9) throw new QuizException(QuizExceptionCode.InvalidMark, `The mark must be between 0 and ${slot.maxMark}`);
      const fraction = slot.maxMark > 0 ? Math.round((input.mark / slot.maxMark) * 1e7) / 1e7 : 0;
      const previousMark = slot.manualGrade?.mark ?? (slot.fraction === null ? null : Math.round(slot.fraction * slot.maxMark * 1e7) / 1e7);
      await manager.update(QuizAttemptSlotEntity, { id: slot.id }, { fraction, state: stateOfFraction(fraction), manualGrade: { mark: input.mark, comment: input.comment, gradedById: principal.userId, gradedAt: this.clock.now().toISOString() } });
      await this.attempts.refreshAttempt(manager, attempt);
      await this.audit.record(manager, {
        actorId: principal.userId,
        action: 'quiz_response.graded',
        objectType: 'QuizAttempt',
        objectId: attempt.id,
        summary: `Graded question ${input.slot + 1} of attempt ${attempt.number}: ${input.mark} of ${slot.maxMark} (was ${previousMark ?? 'ungraded'})`,
        details: { learnerId: attempt.userId, activityId: attempt.activityId, slot: input.slot, mark: input.mark, maxMark: slot.maxMark, previousMark },
      });
    });
    return this.dataSource.getRepository(QuizAttemptEntity).findOneByOrFail({ id: input.attemptId });
  }

  /**
   * After a question is fixed: the quiz's attempts move to the question's current version and automatic grades
   * are computed again (manual grades stay). Grades, quiz states and completion follow.
   */
  async regrade(principal: Principal, input: RegradeQuestionInput): Promise<RegradeReportDTO> {
    await this.courses.authoredActivity(principal, input.courseId, input.activityId);
    const question = await this.dataSource.getRepository(QuestionEntity).findOne({ where: { id: input.questionId } });
    if (!question?.currentVersionId) throw questionNotFound(input.questionId);
    const current = await this.dataSource.getRepository(QuestionVersionEntity).findOneByOrFail({ id: question.currentVersionId });
    const affected = await this.dataSource.query(
      `SELECT DISTINCT a.id FROM quiz_attempts a JOIN quiz_attempt_slots s ON s.attempt_id = a.id WHERE a.course_id = ? AND a.activity_id = ? AND s.question_id = ?`,
      [input.courseId, input.activityId, input.questionId],
    ) as Array<{ id: string }>;
    let slotsRegraded = 0;
    for (const { id } of affected) {
      await this.dataSource.transaction(async (manager) => {
        const attempt = await manager.findOne(QuizAttemptEntity, { where: { id }, ...rowLock(this.dataSource) });
        if (!attempt) return;
        const slots = await manager.find(QuizAttemptSlotEntity, { where: { attemptId: id, questionId: input.questionId } });
        const versions = await this.attempts.versionsOf(manager, slots);
        for (const slot of slots) {
          // A type change cannot reuse the learner's response; such slots keep their version and grade.
          if (versions.find(slot.questionVersionId)?.type !== current.type) continue;
          const outcome = attempt.status === 'IN_PROGRESS' || slot.manualGrade ? {} : this.attempts.gradeSlot(current, slot.response);
          await manager.update(QuizAttemptSlotEntity, { id: slot.id }, { questionVersionId: current.id, ...outcome });
          slotsRegraded++;
        }
        if (attempt.status !== 'IN_PROGRESS') await this.attempts.refreshAttempt(manager, attempt);
      });
    }
    // Each attempt is regraded in its own transaction (locks stay short); the regrade as a whole is recorded once.
    await this.dataSource.transaction((manager) =>
      this.audit.record(manager, {
        actorId: principal.userId,
        action: 'quiz_question.regraded',
        objectType: 'Question',
        objectId: question.id,
        summary: `Regraded question "${current.name}" in ${affected.length} attempt(s) (${slotsRegraded} response(s))`,
        details: { courseId: input.courseId, activityId: input.activityId, versionId: current.id, attemptsRegraded: affected.length, slotsRegraded },
      }),
    );
    return { attemptsRegraded: affected.length, slotsRegraded };
  }
}
