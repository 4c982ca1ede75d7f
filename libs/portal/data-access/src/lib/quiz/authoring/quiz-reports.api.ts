import { Injectable, inject } from '@angular/core';
import { Apollo } from 'apollo-angular';
import { mutateData, queryData } from '../../apollo/graphql-call.util';
import {
  CourseGradebookCsvDocument,
  CourseGradebookDocument,
  type CourseGradebookQuery,
  GradeQuizResponseDocument,
  type GradeResponseInput,
  QuizGradingQueueDocument,
  type QuizGradingQueueQuery,
  type QuizRefInput,
  QuizStatisticsDocument,
  type QuizStatisticsQuery,
  RegradeQuizQuestionDocument,
  type RegradeQuizQuestionMutation,
} from '../../generated/quiz.graphql';

export type GradingQueueItem = QuizGradingQueueQuery['quizGradingQueue'][number];
export type QuizStatistics = QuizStatisticsQuery['quizStatistics'];
export type QuizQuestionStatistics = QuizStatistics['questions'][number];
export type CourseGradebook = CourseGradebookQuery['courseGradebook'];
export type RegradeReport = RegradeQuizQuestionMutation['regradeQuizQuestion'];

/** What trainers see of the quizzes of a course they author: manual grading, item statistics, the gradebook. */
@Injectable({ providedIn: 'root' })
export class QuizReportsApi {
  private readonly apollo = inject(Apollo);

  /** Responses waiting for a person to grade them (essays). */
  async gradingQueue(courseId: string): Promise<readonly GradingQueueItem[]> {
    return (await queryData(this.apollo, QuizGradingQueueDocument, { courseId })).quizGradingQueue;
  }

  async grade(input: GradeResponseInput): Promise<void> {
    await mutateData(this.apollo, GradeQuizResponseDocument, { input });
  }

  async regrade(input: QuizRefInput & { questionId: string }): Promise<RegradeReport> {
    return (await mutateData(this.apollo, RegradeQuizQuestionDocument, { input })).regradeQuizQuestion;
  }

  async statistics(input: QuizRefInput): Promise<QuizStatistics> {
    return (await queryData(this.apollo, QuizStatisticsDocument, { input })).quizStatistics;
  }

  async gradebook(courseId: string): Promise<CourseGradebook> {
    return (await queryData(this.apollo, CourseGradebookDocument, { courseId })).courseGradebook;
  }

  /** The gradebook as CSV (UTF-8 with BOM, for spreadsheets). */
  async gradebookCsv(courseId: string): Promise<string> {
    return (await queryData(this.apollo, CourseGradebookCsvDocument, { courseId }, 'no-cache')).courseGradebookCsv;
  }
}
