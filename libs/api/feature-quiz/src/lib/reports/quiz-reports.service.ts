import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CoursePort, Principal } from '@tunas/api/core';
import { QuestionTypeRegistry } from '@tunas/api/plugin-sdk';
import { quizSettingsSchema } from '@tunas/shared/contracts';
import { stringify } from 'csv-stringify/sync';
import { DataSource, In } from 'typeorm';
import { QuizAttemptEntity, QuizAttemptSlotEntity } from '../entities';
import { quizState } from '../attempts/attempt-grading';
import { QuizAttemptService } from '../attempts/quiz-attempt.service';
import { CourseGradebookDTO, QuestionStatisticsDTO, QuizStatisticsDTO } from './quiz-reports.dto';

/** Item statistics per quiz (facility, discrimination, answer frequencies) and the course gradebook. */
@Injectable()
export class QuizReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CoursePort,
    private readonly attempts: QuizAttemptService,
    private readonly types: QuestionTypeRegistry,
  ) {}

  async statistics(principal: Principal, courseId: string, activityId: string): Promise<QuizStatisticsDTO> {
    const activity = await this.courses.authoredActivity(principal, courseId, activityId);
    const attempts = await this.dataSource.getRepository(QuizAttemptEntity).find({ where: { courseId, activityId, status: 'GRADED' }, select: { id: true, marks: true, maxMarks: true, grade: true } });
    const slots = attempts.length ? await this.dataSource.getRepository(QuizAttemptSlotEntity).find({ where: { attemptId: In(attempts.map((attempt) => attempt.id)) } }) : [];
    const versions = await this.attempts.versionsOf(this.dataSource.manager, slots);
    const attemptById = new Map(attempts.map((attempt) => [attempt.id, attempt]));
    const byQuestion = new Map<string, QuizAttemptSlotEntity[]>();
    for (const slot of slots) byQuestion.set(slot.questionId, [...(byQuestion.get(slot.questionId) ?? []), slot]);
    const questions: QuestionStatisticsDTO[] = [...byQuestion.entries()].map(([questionId, itemSlots]) => {
      const latest = versions.of(itemSlots[itemSlots.length - 1].questionVersionId);
      const scores = itemSlots.map((slot) => slot.fraction ?? 0);
      const rest = itemSlots.map((slot) => {
        const attempt = attemptById.get(slot.attemptId);
        const restMax = (attempt?.maxMarks ?? 0) - slot.maxMark;
        return attempt && restMax > 0 ? ((attempt.marks ?? 0) - (slot.fraction ?? 0) * slot.maxMark) / restMax : 0;
      });
      const frequencies = new Map<string, { count: number; fraction: number | null }>();
      for (const slot of itemSlots) {
        const version = versions.of(slot.questionVersionId);
        const key = slot.response === null ? '' : this.types.get(version.type).summariseResponse(version.config, slot.response);
        const entry = frequencies.get(key) ?? { count: 0, fraction: slot.fraction };
        frequencies.set(key, { count: entry.count + 1, fraction: entry.fraction });
      }
      return {
        questionId,
        name: latest.name,
        type: latest.type,
        attempts: itemSlots.length,
        facilityIndex: scores.length ? round(mean(scores) * 100) : null,
        standardDeviation: scores.length > 1 ? round(deviation(scores) * 100) : null,
        discriminationIndex: correlation(scores, rest),
        responses: [...frequencies.entries()].map(([response, entry]) => ({ response, count: entry.count, fraction: entry.fraction })).sort((a, b) => b.count - a.count),
      };
    });
    const grades = attempts.map((attempt) => attempt.grade ?? 0).sort((a, b) => a - b);
    const distribution = Array.from({ length: 10 }, () => 0);
    for (const grade of grades) distribution[Math.min(9, Math.floor(grade * 10 + 1e-9))]++;
    return {
      activityId,
      title: activity.activityTitle,
      attempts: attempts.length,
      averageGrade: grades.length ? round(mean(grades)) : null,
      medianGrade: grades.length ? round(grades.length % 2 ? grades[(grades.length - 1) / 2] : (grades[grades.length / 2 - 1] + grades[grades.length / 2]) / 2) : null,
      gradeDistribution: distribution,
      questions,
    };
  }

  async gradebook(principal: Principal, courseId: string): Promise<CourseGradebookDTO> {
    await this.courses.assertCanAuthor(principal, courseId);
    const quizzes = (await this.courses.publishedActivities(courseId, 'quiz')).map((activity) => ({ ...activity, settings: quizSettingsSchema.parse(activity.content) }));
    const learners = await this.courses.enrolledLearners(courseId);
    const attempts = quizzes.length ? await this.dataSource.getRepository(QuizAttemptEntity).find({ where: { courseId }, select: { id: true, userId: true, activityId: true, number: true, status: true, grade: true } }) : [];
    const key = (userId: string, activityId: string) => `${userId}:${activityId}`;
    const grouped = new Map<string, QuizAttemptEntity[]>();
    for (const attempt of attempts) grouped.set(key(attempt.userId, attempt.activityId), [...(grouped.get(key(attempt.userId, attempt.activityId)) ?? []), attempt]);
    return {
      courseId,
      quizzes: quizzes.map((quiz) => ({ activityId: quiz.activityId, title: quiz.activityTitle, passingGrade: quiz.settings.passingGrade })),
      rows: learners.map((learner) => ({
        userId: learner.userId,
        name: learner.name,
        nip: learner.nip,
        progress: learner.progress,
        status: learner.status,
        grades: quizzes.map((quiz) => {
          const own = grouped.get(key(learner.userId, quiz.activityId)) ?? [];
          const state = quizState(quiz.settings, own);
          return { activityId: quiz.activityId, grade: state.grade, passed: state.passed, attempts: state.finishedAttempts, awaitingGrading: state.awaitingGrading };
        }),
      })),
    };
  }

  /** The gradebook as CSV for spreadsheets: grades in percent with a decimal point. */
  async gradebookCsv(principal: Principal, courseId: string): Promise<string> {
    const book = await this.gradebook(principal, courseId);
    const header = ['Nama', 'NIP', 'Status', 'Progres (%)', ...book.quizzes.flatMap((quiz) => [`${quiz.title} (%)`, `${quiz.title}: lulus`, `${quiz.title}: percobaan`])];
    const rows = book.rows.map((row) => [
      row.name,
      row.nip ?? '',
      row.status,
      (row.progress * 100).toFixed(1),
      ...row.grades.flatMap((cell) => [cell.grade === null ? '' : (cell.grade * 100).toFixed(1), cell.passed ? 'ya' : 'tidak', String(cell.attempts)]),
    ]);
    // A leading apostrophe keeps a spreadsheet from running a name that starts like a formula.
    const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
    return stringify([header, ...rows].map((row) => row.map(safe)), { bom: true });
  }
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function deviation(values: number[]): number {
  const average = mean(values);
  return Math.sqrt(values.reduce((sum, value) => sum + (value - average) ** 2, 0) / (values.length - 1));
}

/** Pearson correlation ×100, as Moodle's discrimination index; null when it is undefined. */
function correlation(xs: number[], ys: number[]): number | null {
  if (xs.length < 2) return null;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  if (sxx === 0 || syy === 0) return null;
  return round((sxy / Math.sqrt(sxx * syy)) * 100);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
