import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CoursePort, isUniqueViolation, Principal, rowLock } from '@tunas/api/core';
import { ActivityPayloadError, QuestionTypeRegistry } from '@tunas/api/plugin-sdk';
import { type QuizSettings, quizSettingsSchema } from '@tunas/shared/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, LessThan } from 'typeorm';
import { Clock } from '../clock';
import { AnswerInput, QuizUnavailableDTO, QuizUnavailableReason, SaveQuizAnswersInput, SaveQuizAnswersResultDTO } from '../dto/quiz-attempt.dto';
import { QuestionVersionEntity, QuizAttemptEntity, QuizAttemptSlotEntity } from '../entities';
import { attemptNotFound, QuizException, QuizExceptionCode } from '../quiz.exception';
import { AttemptBuilderService, BuiltAttempt } from './attempt-builder.service';
import { quizState, totalsOf } from './attempt-grading';
import { QuestionVersions } from './question-versions';

const SWEEP_INTERVAL_MS = 30_000;

/** A started (or already open) attempt; `built` holds its slots and versions when this request created it. */
export interface StartedAttempt {
  attempt: QuizAttemptEntity;
  built: BuiltAttempt | null;
}

/**
 * The attempt life cycle: start (one open attempt per learner and quiz, held by a unique index), save as the
 * learner goes (a per-slot sequence number keeps a late retry from overwriting a newer answer), submit (one
 * transaction, idempotent), and submission by the server once the deadline has passed.
 */
@Injectable()
export class QuizAttemptService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(QuizAttemptService.name);
  private sweeper: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CoursePort,
    private readonly types: QuestionTypeRegistry,
    private readonly builder: AttemptBuilderService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.sweeper = setInterval(() => void this.submitOverdue().catch((error) => this.logger.warn(`Overdue attempts not submitted yet: ${String(error)}`)), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  onModuleDestroy(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  async quizSettings(userId: string, courseId: string, activityId: string, manager?: EntityManager) {
    const activity = await this.courses.enrolledActivity(userId, courseId, activityId, manager);
    if (activity.activityType !== 'quiz') throw new QuizException(QuizExceptionCode.NotAQuiz, `Activity ${activityId} is not a quiz`);
    return { activity, settings: quizSettingsSchema.parse(activity.content) };
  }

  /** Why the quiz cannot start now, or null when it can. */
  unavailability(settings: QuizSettings, finishedAttempts: number, now: Date): QuizUnavailableDTO | null {
    if (settings.openAt && now.getTime() < Date.parse(settings.openAt)) return { reason: QuizUnavailableReason.NOT_OPEN_YET, message: `Kuis dibuka ${settings.openAt}` };
    if (settings.closeAt && now.getTime() >= Date.parse(settings.closeAt)) return { reason: QuizUnavailableReason.CLOSED, message: 'Kuis sudah ditutup' };
    if (settings.attemptsAllowed > 0 && finishedAttempts >= settings.attemptsAllowed) return { reason: QuizUnavailableReason.NO_ATTEMPTS_LEFT, message: `Semua ${settings.attemptsAllowed} kesempatan sudah dipakai` };
    return null;
  }

  /** Starts an attempt, or returns the one already open: starting twice never makes two. */
  async start(principal: Principal, courseId: string, activityId: string): Promise<StartedAttempt | QuizUnavailableDTO> {
    const { activity, settings } = await this.quizSettings(principal.userId, courseId, activityId);
    const attempts = this.dataSource.getRepository(QuizAttemptEntity);
    let previous = await attempts.find({ where: { userId: principal.userId, activityId }, select: { id: true, number: true, status: true, openMarker: true } });
    const open = previous.find((attempt) => attempt.openMarker === 1);
    if (open) {
      const current = await this.finishIfOverdue(await attempts.findOneByOrFail({ id: open.id }));
      if (current.status === 'IN_PROGRESS') return { attempt: current, built: null };
      previous = previous.map((attempt) => (attempt.id === current.id ? current : attempt));
    }
    const now = this.clock.now();
    const unavailable = this.unavailability(settings, previous.filter((attempt) => attempt.status !== 'IN_PROGRESS').length, now);
    if (unavailable) return unavailable;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const id = randomUUID();
        const built = await this.builder.build(manager, id, settings);
        const limit = settings.timeLimitMinutes ? now.getTime() + settings.timeLimitMinutes * 60_000 : null;
        const close = settings.closeAt ? Date.parse(settings.closeAt) : null;
        const deadline = limit === null ? close : close === null ? limit : Math.min(limit, close);
        const attempt = manager.create(QuizAttemptEntity, {
          id,
          courseId,
          activityId,
          enrolmentId: activity.enrolmentId,
          userId: principal.userId,
          title: activity.activityTitle.slice(0, 200),
          number: previous.reduce((max, row) => Math.max(max, row.number), 0) + 1,
          status: 'IN_PROGRESS',
          openMarker: 1,
          settings,
          startedAt: now,
          deadlineAt: deadline === null ? null : new Date(deadline),
          submittedAt: null,
          autoSubmitted: false,
          marks: null,
          maxMarks: built.maxMarks,
          grade: null,
          updatedAt: now,
        });
        await manager.insert(QuizAttemptEntity, attempt);
        await manager.insert(QuizAttemptSlotEntity, built.slots);
        return { attempt, built };
      });
    } catch (error) {
      // A concurrent start won the unique index: answer with its attempt.
      if (!isUniqueViolation(error)) throw error;
      const winner = await attempts.findOne({ where: { userId: principal.userId, activityId, openMarker: 1 } });
      if (!winner) throw error;
      return { attempt: winner, built: null };
    }
  }

  /** The learner's own attempt; anybody else gets "not found". An overdue attempt is submitted first. */
  async ownAttempt(principal: Principal, attemptId: string): Promise<QuizAttemptEntity> {
    const attempt = await this.dataSource.getRepository(QuizAttemptEntity).findOne({ where: { id: attemptId } });
    if (!attempt || attempt.userId !== principal.userId) throw attemptNotFound(attemptId);
    return this.finishIfOverdue(attempt);
  }

  async save(principal: Principal, input: SaveQuizAnswersInput): Promise<SaveQuizAnswersResultDTO> {
    const result = await this.dataSource.transaction(async (manager) => {
      const attempt = await this.lockOwn(manager, principal, input.attemptId);
      const now = this.clock.now();
      if (attempt.status !== 'IN_PROGRESS') throw closed(attempt);
      if (isOverdue(attempt, now)) {
        await this.finish(manager, attempt, true);
        return { attemptId: attempt.id, status: 'overdue' as const, deadlineAt: attempt.deadlineAt, serverNow: now, saved: [] };
      }
      const saved = await this.storeAnswers(manager, attempt, input.answers, now);
      for (const flag of input.flags) {
        await manager.update(QuizAttemptSlotEntity, { attemptId: attempt.id, slot: flag.slot }, { flagged: flag.flagged });
      }
      await manager.update(QuizAttemptEntity, { id: attempt.id }, { updatedAt: now });
      return { attemptId: attempt.id, status: 'IN_PROGRESS' as const, deadlineAt: attempt.deadlineAt, serverNow: now, saved };
    });
    if (result.status === 'overdue') {
      const finished = await this.dataSource.getRepository(QuizAttemptEntity).findOneByOrFail({ id: input.attemptId });
      return Object.assign(new SaveQuizAnswersResultDTO(), { ...result, status: finished.status, timeUp: true });
    }
    return Object.assign(new SaveQuizAnswersResultDTO(), { ...result, timeUp: false });
  }

  /**
   * Stores the last answers and grades the attempt in one transaction. Submitting again, or ten times at once,
   * returns the same outcome: the row lock lets one through, the others find it submitted.
   */
  async submit(principal: Principal, attemptId: string, answers: AnswerInput[]): Promise<QuizAttemptEntity> {
    await this.dataSource.transaction(async (manager) => {
      const attempt = await this.lockOwn(manager, principal, attemptId);
      if (attempt.status !== 'IN_PROGRESS') return;
      const now = this.clock.now();
      const overdue = isOverdue(attempt, now);
      if (!overdue && answers.length) await this.storeAnswers(manager, attempt, answers, now);
      await this.finish(manager, attempt, overdue);
    });
    return this.dataSource.getRepository(QuizAttemptEntity).findOneByOrFail({ id: attemptId });
  }

  /** Submits every attempt whose deadline has passed (run on a timer; safe on several replicas at once). */
  async submitOverdue(limit = 100): Promise<number> {
    const overdue = await this.dataSource.getRepository(QuizAttemptEntity).find({ where: { status: 'IN_PROGRESS', deadlineAt: LessThan(this.clock.now()) }, take: limit, select: { id: true } });
    for (const { id } of overdue) {
      await this.dataSource.transaction(async (manager) => {
        const attempt = await manager.findOne(QuizAttemptEntity, { where: { id }, ...rowLock(this.dataSource) });
        if (attempt && attempt.status === 'IN_PROGRESS' && isOverdue(attempt, this.clock.now())) await this.finish(manager, attempt, true);
      });
    }
    return overdue.length;
  }

  /** Recomputes an attempt's totals from its slots (after manual grading or a regrade). */
  async refreshAttempt(manager: EntityManager, attempt: QuizAttemptEntity): Promise<void> {
    const slots = await manager.find(QuizAttemptSlotEntity, { where: { attemptId: attempt.id } });
    const totals = totalsOf(slots, attempt.maxMarks);
    await manager.update(QuizAttemptEntity, { id: attempt.id }, { status: totals.status, marks: totals.marks, grade: totals.grade, updatedAt: this.clock.now() });
    await this.refreshQuizState(manager, attempt);
  }

  /** The learner's quiz state from all their attempts, written as the activity's progress (completion follows). */
  async refreshQuizState(manager: EntityManager, attempt: Pick<QuizAttemptEntity, 'userId' | 'courseId' | 'activityId' | 'settings' | 'id'>): Promise<void> {
    const attempts = await manager.find(QuizAttemptEntity, { where: { userId: attempt.userId, activityId: attempt.activityId }, select: { id: true, number: true, status: true, grade: true } });
    const state = quizState(attempt.settings, attempts);
    await this.courses.recordServerState(manager, attempt.userId, attempt.courseId, attempt.activityId, state, `quiz:${attempt.id}:${randomUUID()}`);
  }

  private async finish(manager: EntityManager, attempt: QuizAttemptEntity, auto: boolean): Promise<void> {
    const slots = await manager.find(QuizAttemptSlotEntity, { where: { attemptId: attempt.id } });
    const versions = await this.versionsOf(manager, slots);
    // One UPDATE per distinct outcome (a handful), not one per question.
    const byOutcome = new Map<string, { outcome: Pick<QuizAttemptSlotEntity, 'fraction' | 'state'>; ids: string[] }>();
    for (const slot of slots) {
      const outcome = this.gradeSlot(versions.of(slot.questionVersionId), slot.response);
      Object.assign(slot, outcome);
      const key = `${outcome.fraction}:${outcome.state}`;
      byOutcome.set(key, { outcome, ids: [...(byOutcome.get(key)?.ids ?? []), slot.id] });
    }
    for (const { outcome, ids } of byOutcome.values()) await manager.update(QuizAttemptSlotEntity, { id: In(ids) }, outcome);
    const totals = totalsOf(slots, attempt.maxMarks);
    const now = this.clock.now();
    const submittedAt = auto && attempt.deadlineAt && attempt.deadlineAt < now ? attempt.deadlineAt : now;
    const update = await manager.update(
      QuizAttemptEntity,
      { id: attempt.id, status: 'IN_PROGRESS' },
      { status: totals.status, openMarker: null, submittedAt, autoSubmitted: auto, marks: totals.marks, grade: totals.grade, updatedAt: now },
    );
    if (update.affected === 0) return;
    await this.refreshQuizState(manager, attempt);
  }

  gradeSlot(version: QuestionVersionEntity, response: object | null): Pick<QuizAttemptSlotEntity, 'fraction' | 'state'> {
    if (response === null) return { fraction: 0, state: 'unanswered' };
    const type = this.types.get(version.type);
    if (!type.isCompleteResponse(version.config, response) && type.grading.mode === 'manual') return { fraction: 0, state: 'unanswered' };
    const grade = this.types.grade(version.type, version.config, response);
    if (grade === null) return { fraction: null, state: 'needsGrading' };
    return { fraction: grade.fraction, state: grade.state };
  }

  async versionsOf(manager: EntityManager, slots: ReadonlyArray<{ questionVersionId: string }>): Promise<QuestionVersions> {
    const ids = [...new Set(slots.map((slot) => slot.questionVersionId))];
    return new QuestionVersions(ids.length ? await manager.find(QuestionVersionEntity, { where: { id: In(ids) } }) : []);
  }

  private async storeAnswers(manager: EntityManager, attempt: QuizAttemptEntity, answers: AnswerInput[], now: Date) {
    const slots = await manager.find(QuizAttemptSlotEntity, { where: { attemptId: attempt.id } });
    const bySlot = new Map(slots.map((slot) => [slot.slot, slot]));
    const versions = await this.versionsOf(manager, slots);
    const saved: Array<{ slot: number; sequence: number; accepted: boolean }> = [];
    // Validate everything first, so a bad answer stores nothing of the request.
    const checked = answers.map((answer) => {
      const slot = bySlot.get(answer.slot);
      if (!slot) throw new QuizException(QuizExceptionCode.UnknownSlot, `The attempt has no question ${answer.slot + 1}`);
      const version = versions.of(slot.questionVersionId);
      try {
        return { answer, slot, response: this.types.parseResponse(version.type, answer.response) as object };
      } catch (error) {
        if (error instanceof ActivityPayloadError) throw new QuizException(QuizExceptionCode.InvalidResponse, `The answer to question ${answer.slot + 1} is not valid: ${error.message}`);
        throw error;
      }
    });
    for (const { answer, slot, response } of checked) {
      const update = await manager.update(QuizAttemptSlotEntity, { id: slot.id, sequence: LessThan(answer.sequence) }, { response, sequence: answer.sequence, answeredAt: now });
      const accepted = (update.affected ?? 0) > 0;
      if (accepted) slot.sequence = answer.sequence;
      saved.push({ slot: answer.slot, sequence: Math.max(slot.sequence, accepted ? answer.sequence : 0), accepted });
    }
    return saved;
  }

  private async finishIfOverdue(attempt: QuizAttemptEntity): Promise<QuizAttemptEntity> {
    if (attempt.status !== 'IN_PROGRESS' || !isOverdue(attempt, this.clock.now())) return attempt;
    await this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOne(QuizAttemptEntity, { where: { id: attempt.id }, ...rowLock(this.dataSource) });
      if (locked && locked.status === 'IN_PROGRESS') await this.finish(manager, locked, true);
    });
    return this.dataSource.getRepository(QuizAttemptEntity).findOneByOrFail({ id: attempt.id });
  }

  private async lockOwn(manager: EntityManager, principal: Principal, attemptId: string): Promise<QuizAttemptEntity> {
    const attempt = await manager.findOne(QuizAttemptEntity, { where: { id: attemptId }, ...rowLock(this.dataSource) });
    if (!attempt || attempt.userId !== principal.userId) throw attemptNotFound(attemptId);
    return attempt;
  }
}

function isOverdue(attempt: QuizAttemptEntity, now: Date): boolean {
  return !!attempt.deadlineAt && now.getTime() >= attempt.deadlineAt.getTime();
}

function closed(attempt: QuizAttemptEntity): QuizException {
  return new QuizException(QuizExceptionCode.AttemptClosed, `Attempt ${attempt.number} was already submitted`);
}
