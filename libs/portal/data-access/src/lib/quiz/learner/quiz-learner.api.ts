import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { mutateData, queryData } from '../../apollo/graphql-call.util';
import {
  type AnswerInput,
  type FlagInput,
  QuizAttemptDocument,
  type QuizAttemptFieldsFragment,
  QuizOverviewDocument,
  type QuizOverviewQuery,
  QuizReviewDocument,
  type QuizReviewFieldsFragment,
  type QuizUnavailableReason,
  SaveQuizAnswersDocument,
  type SaveQuizAnswersMutation,
  StartQuizAttemptDocument,
  SubmitQuizAttemptDocument,
} from '../../generated/quiz.graphql';

export type QuizOverview = QuizOverviewQuery['quizOverview'];
export type QuizAttemptSummary = QuizOverview['attempts'][number];
export type QuizAttempt = QuizAttemptFieldsFragment;
export type QuizAttemptSlot = QuizAttempt['slots'][number];
export type QuizReview = QuizReviewFieldsFragment;
export type QuizReviewSlot = QuizReview['slots'][number];
export type SavedQuizAnswers = SaveQuizAnswersMutation['saveQuizAnswers'];

/** What starting a quiz gives: the attempt to answer, or why it cannot be started now. */
export type StartedQuizAttempt =
  | { readonly kind: 'attempt'; readonly attempt: QuizAttempt }
  | { readonly kind: 'unavailable'; readonly reason: QuizUnavailableReason; readonly message: string };

/** The learner's side of the quiz engine. Answers go through {@link QuizAnswerOutbox}, which keeps them on the device first. */
@Injectable({ providedIn: 'root' })
export class QuizLearnerApi {
  private readonly apollo = inject(Apollo);

  async overview(courseId: string, activityId: string): Promise<QuizOverview> {
    return (await queryData(this.apollo, QuizOverviewDocument, { input: { courseId, activityId } }, 'no-cache')).quizOverview;
  }

  async attempt(id: string): Promise<QuizAttempt> {
    return (await queryData(this.apollo, QuizAttemptDocument, { id }, 'no-cache')).quizAttempt;
  }

  async start(courseId: string, activityId: string): Promise<StartedQuizAttempt> {
    const result = (await mutateData(this.apollo, StartQuizAttemptDocument, { input: { courseId, activityId } })).startQuizAttempt;
    return result.__typename === 'QuizUnavailable'
      ? { kind: 'unavailable', reason: result.reason, message: result.message }
      : { kind: 'attempt', attempt: result };
  }

  async save(attemptId: string, answers: readonly AnswerInput[], flags: readonly FlagInput[]): Promise<SavedQuizAnswers> {
    return (await mutateData(this.apollo, SaveQuizAnswersDocument, { input: { attemptId, answers: [...answers], flags: [...flags] } }))
      .saveQuizAnswers;
  }

  async submit(attemptId: string, answers: readonly AnswerInput[]): Promise<QuizReview> {
    return (await mutateData(this.apollo, SubmitQuizAttemptDocument, { input: { attemptId, answers: [...answers] } })).submitQuizAttempt;
  }

  async review(attemptId: string): Promise<QuizReview> {
    return (await queryData(this.apollo, QuizReviewDocument, { attemptId }, 'no-cache')).quizReview;
  }
}
