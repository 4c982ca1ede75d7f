import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CoursePort, Principal } from '@tunas/api/core';
import { QuestionTypeRegistry } from '@tunas/api/plugin-sdk';
import type { QuizSettings, ReviewFlags } from '@tunas/shared/contracts';
import { DataSource } from 'typeorm';
import { Clock } from '../clock';
import { AttemptStatusEnum, QuizAttemptDTO, QuizOverviewDTO, QuizReviewDTO, QuizReviewSlotDTO } from '../dto/quiz-attempt.dto';
import { QuestionVersionEntity, QuizAttemptEntity, QuizAttemptSlotEntity } from '../entities';
import { renderQuestionHtml, renderViewTexts } from '../question-html';
import { attemptNotFound, QuizException, QuizExceptionCode } from '../quiz.exception';
import { passes, quizGrade, reviewFlagsAt, TRAINER_REVIEW } from './attempt-grading';
import { BuiltAttempt } from './attempt-builder.service';
import { QuestionVersions } from './question-versions';
import { QuizAttemptService } from './quiz-attempt.service';

/** What learners (and trainers) see of quizzes and attempts; every secret passes through the review options here. */
@Injectable()
export class QuizReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attempts: QuizAttemptService,
    private readonly courses: CoursePort,
    private readonly types: QuestionTypeRegistry,
    private readonly clock: Clock,
  ) {}

  async overview(principal: Principal, courseId: string, activityId: string): Promise<QuizOverviewDTO> {
    const { activity, settings } = await this.attempts.quizSettings(principal.userId, courseId, activityId);
    let attempts = await this.dataSource.getRepository(QuizAttemptEntity).find({ where: { userId: principal.userId, activityId }, order: { number: 'ASC' } });
    const overdue = attempts.find((attempt) => attempt.status === 'IN_PROGRESS' && attempt.deadlineAt && attempt.deadlineAt <= this.clock.now());
    if (overdue) {
      // The server clock ended it: submit it before showing it (ownAttempt does, under the row lock).
      const finished = await this.attempts.ownAttempt(principal, overdue.id);
      attempts = attempts.map((attempt) => (attempt.id === finished.id ? finished : attempt));
    }
    const now = this.clock.now();
    const open = attempts.find((attempt) => attempt.status === 'IN_PROGRESS') ?? null;
    const unavailable = open ? null : this.attempts.unavailability(settings, attempts.length, now);
    const summaries = attempts.map((attempt) => {
      const flags = reviewFlagsAt(attempt.settings, attempt.submittedAt, now);
      return { id: attempt.id, number: attempt.number, status: attempt.status as AttemptStatusEnum, startedAt: attempt.startedAt, submittedAt: attempt.submittedAt, deadlineAt: attempt.deadlineAt, grade: flags.score ? attempt.grade : null, reviewable: attempt.status !== 'IN_PROGRESS' };
    });
    const scoreVisible = attempts.some((attempt) => reviewFlagsAt(attempt.settings, attempt.submittedAt, now).score);
    const grade = scoreVisible ? quizGrade(settings.gradingMethod, attempts) : null;
    return {
      courseId,
      activityId,
      title: activity.activityTitle,
      intro: settings.intro,
      questionCount: settings.slots.reduce((sum, slot) => sum + (slot.kind === 'random' ? slot.count : 1), 0),
      timeLimitMinutes: settings.timeLimitMinutes,
      attemptsAllowed: settings.attemptsAllowed,
      openAt: settings.openAt ? new Date(settings.openAt) : null,
      closeAt: settings.closeAt ? new Date(settings.closeAt) : null,
      passingGrade: settings.passingGrade,
      gradingMethod: settings.gradingMethod,
      serverNow: now,
      attempts: summaries,
      openAttemptId: open?.id ?? null,
      canStart: !!open || !unavailable,
      unavailableReason: unavailable?.reason ?? null,
      grade,
      passed: passes(settings, grade),
    };
  }

  /** An attempt as the learner answers it: question texts and views without any secret. */
  async attemptView(principal: Principal, attemptId: string): Promise<QuizAttemptDTO> {
    const attempt = await this.attempts.ownAttempt(principal, attemptId);
    const view = await this.toAttemptDTO(attempt);
    // Once submitted, the learner's responses are shown only as far as the review options allow, as in the review.
    if (attempt.status === 'IN_PROGRESS' || reviewFlagsAt(attempt.settings, attempt.submittedAt, this.clock.now()).responses) return view;
    return { ...view, slots: view.slots.map((slot) => ({ ...slot, response: null })) };
  }

  async toAttemptDTO(attempt: QuizAttemptEntity, built: BuiltAttempt | null = null): Promise<QuizAttemptDTO> {
    const { slots, versions } = built ? { slots: built.slots, versions: new QuestionVersions(built.versions) } : await this.slotsOf(attempt);
    return {
      id: attempt.id,
      courseId: attempt.courseId,
      activityId: attempt.activityId,
      quizTitle: attempt.title,
      number: attempt.number,
      status: attempt.status as AttemptStatusEnum,
      startedAt: attempt.startedAt,
      deadlineAt: attempt.deadlineAt,
      submittedAt: attempt.submittedAt,
      serverNow: this.clock.now(),
      questionsPerPage: attempt.settings.questionsPerPage,
      pageCount: slots.reduce((max, slot) => Math.max(max, slot.page + 1), 0),
      slots: slots.map((slot) => {
        const version = versions.of(slot.questionVersionId);
        const type = this.types.get(version.type);
        return {
          slot: slot.slot,
          page: slot.page,
          type: version.type,
          maxMark: slot.maxMark,
          html: renderQuestionHtml(version.body.text, version.body.textFormat),
          view: this.learnerView(attempt.settings, version, slot.seed),
          response: slot.response,
          sequence: slot.sequence,
          flagged: slot.flagged,
          answered: slot.response !== null && type.isCompleteResponse(version.config, slot.response),
        };
      }),
    };
  }

  /** A finished attempt, showing what the review options allow now; trainers of the course see everything. */
  /** The learner's own attempt just submitted: what the review options allow right now. */
  ownReview(attempt: QuizAttemptEntity): Promise<QuizReviewDTO> {
    return this.toReviewDTO(attempt, reviewFlagsAt(attempt.settings, attempt.submittedAt, this.clock.now()));
  }

  async review(principal: Principal, attemptId: string): Promise<QuizReviewDTO> {
    const found = await this.dataSource.getRepository(QuizAttemptEntity).findOne({ where: { id: attemptId } });
    if (!found) throw attemptNotFound(attemptId);
    let flags: ReviewFlags;
    let attempt = found;
    if (found.userId === principal.userId) {
      attempt = await this.attempts.ownAttempt(principal, attemptId);
      if (attempt.status === 'IN_PROGRESS') throw new QuizException(QuizExceptionCode.ReviewNotAllowed, 'Submit the attempt before reviewing it');
      flags = reviewFlagsAt(attempt.settings, attempt.submittedAt, this.clock.now());
    } else if (await this.courses.canAuthor(principal, found.courseId)) {
      flags = TRAINER_REVIEW;
    } else {
      throw attemptNotFound(attemptId);
    }
    return this.toReviewDTO(attempt, flags);
  }

  async toReviewDTO(attempt: QuizAttemptEntity, flags: ReviewFlags): Promise<QuizReviewDTO> {
    const { slots, versions } = await this.slotsOf(attempt);
    const settings = attempt.settings;
    return {
      attemptId: attempt.id,
      courseId: attempt.courseId,
      activityId: attempt.activityId,
      quizTitle: attempt.title,
      number: attempt.number,
      status: attempt.status as AttemptStatusEnum,
      startedAt: attempt.startedAt,
      submittedAt: attempt.submittedAt,
      autoSubmitted: attempt.autoSubmitted,
      showsScore: flags.score,
      marks: flags.score ? attempt.marks : null,
      maxMarks: attempt.maxMarks,
      grade: flags.score ? attempt.grade : null,
      passed: flags.score && attempt.grade !== null ? passes(settings, attempt.grade) : null,
      passingGrade: settings.passingGrade,
      slots: slots.map((slot) => this.reviewSlot(settings, slot, versions.of(slot.questionVersionId), flags)),
    };
  }

  private reviewSlot(settings: QuizSettings, slot: QuizAttemptSlotEntity, version: QuestionVersionEntity, flags: ReviewFlags): QuizReviewSlotDTO {
    const type = this.types.get(version.type);
    const response = slot.response;
    const feedback = flags.feedback && response !== null ? type.feedback(version.config, response).map((text) => renderQuestionHtml(text, version.body.textFormat)) : null;
    return {
      slot: slot.slot,
      type: version.type,
      html: renderQuestionHtml(version.body.text, version.body.textFormat),
      view: this.learnerView(settings, version, slot.seed),
      maxMark: slot.maxMark,
      response: flags.responses ? response : null,
      responseSummary: flags.responses && response !== null ? type.summariseResponse(version.config, response) : null,
      mark: flags.score && slot.fraction !== null ? Math.round(slot.fraction * slot.maxMark * 1e7) / 1e7 : null,
      // The state says whether the response was right: shown only when correctness may be, not with the score alone.
      state: flags.correctness ? slot.state : null,
      feedback,
      generalFeedback: flags.feedback && version.body.generalFeedback ? renderQuestionHtml(version.body.generalFeedback, version.body.textFormat) : null,
      rightAnswer: flags.rightAnswer ? type.rightAnswer(version.config) : null,
      comment: flags.feedback ? (slot.manualGrade?.comment ?? null) : null,
    };
  }

  learnerView(settings: Pick<QuizSettings, 'shuffleAnswers'>, version: QuestionVersionEntity, seed: number): unknown {
    const config = settings.shuffleAnswers || !('shuffleAnswers' in version.config) ? version.config : { ...version.config, shuffleAnswers: false };
    return renderViewTexts(this.types.get(version.type).learnerView(config, { seed }), version.body.textFormat);
  }

  private async slotsOf(attempt: QuizAttemptEntity) {
    const slots = await this.dataSource.getRepository(QuizAttemptSlotEntity).find({ where: { attemptId: attempt.id }, order: { slot: 'ASC' } });
    const versions = await this.attempts.versionsOf(this.dataSource.manager, slots);
    return { slots, versions };
  }
}
