import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Authenticated, CurrentPrincipal, Principal, RequireRoles } from '@tunas/api/core';
import { Role } from '@tunas/shared/contracts';
import { TRAINER_REVIEW } from './attempts/attempt-grading';
import { QuizAttemptService } from './attempts/quiz-attempt.service';
import { QuizGradingService } from './attempts/quiz-grading.service';
import { QuizReviewService } from './attempts/quiz-review.service';
import {
  GradeResponseInput,
  GradingQueueItemDTO,
  QuizAttemptDTO,
  QuizOverviewDTO,
  QuizRefInput,
  QuizReviewDTO,
  QuizUnavailableDTO,
  RegradeQuestionInput,
  RegradeReportDTO,
  SaveQuizAnswersInput,
  SaveQuizAnswersResultDTO,
  StartQuizAttemptResult,
  SubmitQuizAttemptInput,
} from './dto/quiz-attempt.dto';
import { CourseGradebookDTO, QuizStatisticsDTO } from './reports/quiz-reports.dto';
import { QuizReportsService } from './reports/quiz-reports.service';

const AUTHORS = [Role.TRAINER, Role.PARTNER, Role.ADMIN];

/**
 * Quizzes for learners (their own attempts only, checked per attempt) and for course authors (grading,
 * statistics, gradebook, checked per course).
 */
@Resolver()
export class QuizResolver {
  constructor(
    private readonly attempts: QuizAttemptService,
    private readonly review: QuizReviewService,
    private readonly grading: QuizGradingService,
    private readonly reports: QuizReportsService,
  ) {}

  @Authenticated()
  @Query(() => QuizOverviewDTO, { description: 'A quiz in a course I am enrolled in, with my attempts' })
  quizOverview(@Args('input') input: QuizRefInput, @CurrentPrincipal() principal: Principal): Promise<QuizOverviewDTO> {
    return this.review.overview(principal, input.courseId, input.activityId);
  }

  @Authenticated()
  @Query(() => QuizAttemptDTO, { description: 'My attempt, to answer it (no right answers)' })
  quizAttempt(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: Principal): Promise<QuizAttemptDTO> {
    return this.review.attemptView(principal, id);
  }

  @Authenticated()
  @Query(() => QuizReviewDTO, { description: 'A submitted attempt, as far as the review options allow now (its course’s authors see everything)' })
  quizReview(@Args('attemptId', { type: () => ID }) attemptId: string, @CurrentPrincipal() principal: Principal): Promise<QuizReviewDTO> {
    return this.review.review(principal, attemptId);
  }

  @Authenticated()
  @Mutation(() => StartQuizAttemptResult, { description: 'Starts an attempt, or returns the one already open' })
  async startQuizAttempt(@Args('input') input: QuizRefInput, @CurrentPrincipal() principal: Principal): Promise<QuizAttemptDTO | QuizUnavailableDTO> {
    const result = await this.attempts.start(principal, input.courseId, input.activityId);
    if ('reason' in result) return Object.assign(new QuizUnavailableDTO(), result);
    return Object.assign(new QuizAttemptDTO(), await this.review.toAttemptDTO(result.attempt, result.built));
  }

  @Authenticated()
  @Mutation(() => SaveQuizAnswersResultDTO, { description: 'Stores answers (durable before it answers); an older sequence number never overwrites a newer answer' })
  saveQuizAnswers(@Args('input') input: SaveQuizAnswersInput, @CurrentPrincipal() principal: Principal): Promise<SaveQuizAnswersResultDTO> {
    return this.attempts.save(principal, input);
  }

  @Authenticated()
  @Mutation(() => QuizReviewDTO, { description: 'Submits and grades the attempt; idempotent. Answers with what the review options allow.' })
  async submitQuizAttempt(@Args('input') input: SubmitQuizAttemptInput, @CurrentPrincipal() principal: Principal): Promise<QuizReviewDTO> {
    const attempt = await this.attempts.submit(principal, input.attemptId, input.answers);
    return this.review.ownReview(attempt);
  }

  @RequireRoles(...AUTHORS)
  @Query(() => [GradingQueueItemDTO], { description: 'Responses waiting for manual grading in a course I author' })
  quizGradingQueue(@Args('courseId', { type: () => ID }) courseId: string, @CurrentPrincipal() principal: Principal): Promise<GradingQueueItemDTO[]> {
    return this.grading.queue(principal, courseId);
  }

  @RequireRoles(...AUTHORS)
  @Mutation(() => QuizReviewDTO, { description: 'Grades one response (an essay, or an override) with a comment' })
  async gradeQuizResponse(@Args('input') input: GradeResponseInput, @CurrentPrincipal() principal: Principal): Promise<QuizReviewDTO> {
    const attempt = await this.grading.grade(principal, input);
    return this.review.toReviewDTO(attempt, TRAINER_REVIEW);
  }

  @RequireRoles(...AUTHORS)
  @Mutation(() => RegradeReportDTO, { description: 'Moves a quiz’s attempts to the current version of a fixed question and grades them again' })
  regradeQuizQuestion(@Args('input') input: RegradeQuestionInput, @CurrentPrincipal() principal: Principal): Promise<RegradeReportDTO> {
    return this.grading.regrade(principal, input);
  }

  @RequireRoles(...AUTHORS)
  @Query(() => QuizStatisticsDTO, { description: 'Item statistics of a quiz in a course I author' })
  quizStatistics(@Args('input') input: QuizRefInput, @CurrentPrincipal() principal: Principal): Promise<QuizStatisticsDTO> {
    return this.reports.statistics(principal, input.courseId, input.activityId);
  }

  @RequireRoles(...AUTHORS)
  @Query(() => CourseGradebookDTO, { description: 'Quiz grades of every learner in a course I author' })
  courseGradebook(@Args('courseId', { type: () => ID }) courseId: string, @CurrentPrincipal() principal: Principal): Promise<CourseGradebookDTO> {
    return this.reports.gradebook(principal, courseId);
  }

  @RequireRoles(...AUTHORS)
  @Query(() => String, { description: 'The gradebook as CSV (UTF-8 with BOM, for spreadsheets)' })
  courseGradebookCsv(@Args('courseId', { type: () => ID }) courseId: string, @CurrentPrincipal() principal: Principal): Promise<string> {
    return this.reports.gradebookCsv(principal, courseId);
  }
}
