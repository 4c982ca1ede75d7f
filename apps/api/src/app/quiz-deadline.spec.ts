import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { loadConfig, prepareDatabase } from '@tunas/api/core';
import { Clock, QuizAttemptEntity, QuizAttemptService } from '@tunas/api/feature-quiz';
import { createTestDatabase, TestDatabase } from '@tunas/shared/testing';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';

/** The engine's only clock, moved by the tests: deadlines and open/close dates follow it, nothing else. */
class FakeClock extends Clock {
  private offsetMs = 0;

  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advanceMinutes(minutes: number): void {
    this.offsetMs += minutes * 60_000;
  }
}

const MINUTE = 60_000;

/**
 * Deadlines and open/close dates with a controllable clock, over GraphQL against the whole application in this
 * process (the quiz library cannot import the app module, so this spec lives with the app).
 */
describe('quiz deadlines and dates on mariadb', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let baseUrl: string;
  const clock = new FakeClock();
  let trainer: string;
  let learner: string;

  beforeAll(async () => {
    database = await createTestDatabase('mariadb');
    const config = loadConfig({ ...database.env, LOG_LEVEL: 'silent', TUNAS_MODE: 'demo', JWT_SECRET: 'x'.repeat(40), TUNAS_SEED_DIR: join(__dirname, '../../../../tools/seed/courses') });
    const prepared = await prepareDatabase(config.database);
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot({ ...config, database: prepared })] })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
    baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    trainer = await login('pelatih@tunas.test');
    learner = await login('pelajar@tunas.test');
  }, 90_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function graphql<T>(token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<{ data: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data: T };
  }

  async function must<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await graphql<T>(token, query, variables);
    if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
    return result.data;
  }

  async function login(identifier: string): Promise<string> {
    const result = await must<{ login: { accessToken: string } }>('', 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { identifier, password: 'Tunas#2026' } });
    return result.login.accessToken;
  }

  /** A published course whose one activity is a quiz of two true/false questions (both "true"), the learner enrolled. */
  async function quizCourse(title: string, settings: Record<string, unknown>): Promise<{ courseId: string; activityId: string }> {
    const topics = await must<{ topics: Array<{ id: string }> }>(trainer, '{ topics { id } }');
    const { createCourse } = await must<{ createCourse: { id: string } }>(trainer, 'mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }', {
      i: { title, summary: 'Kursus uji tenggat kuis.', topicId: topics.topics[0].id, competencyType: 'TEKNIS', jpHours: 1, level: 'DASAR' },
    });
    const courseId = createCourse.id;
    const { addCourseModule } = await must<{ addCourseModule: { modules: Array<{ id: string }> } }>(trainer, 'mutation($i: AddModuleInput!) { addCourseModule(input: $i) { modules { id } } }', { i: { courseId, title: 'Modul kuis' } });
    const { createQuestionBank } = await must<{ createQuestionBank: { id: string; categories: Array<{ id: string }> } }>(trainer, 'mutation($i: CreateQuestionBankInput!) { createQuestionBank(input: $i) { id categories { id } } }', { i: { name: `Bank ${title}`, courseId } });
    const questionIds: string[] = [];
    for (const text of ['Palangka Raya adalah ibu kota Kalimantan Tengah.', 'Sungai Kahayan melewati Palangka Raya.']) {
      const { saveQuestion } = await must<{ saveQuestion: { id: string } }>(trainer, 'mutation($i: SaveQuestionInput!) { saveQuestion(input: $i) { id } }', {
        i: { categoryId: createQuestionBank.categories[0].id, type: 'true-false', name: text, text, config: { correct: true } },
      });
      questionIds.push(saveQuestion.id);
    }
    const content = { bankId: createQuestionBank.id, slots: questionIds.map((questionId) => ({ kind: 'fixed', questionId })), ...settings };
    const { addActivity } = await must<{ addActivity: { modules: Array<{ activities: Array<{ id: string }> }> } }>(trainer, 'mutation($i: AddActivityInput!) { addActivity(input: $i) { modules { activities { id } } } }', {
      i: { moduleId: addCourseModule.modules[0].id, type: 'quiz', title: 'Kuis bertenggat', content },
    });
    await must(trainer, 'mutation($id: ID!) { publishCourse(courseId: $id) { status } }', { id: courseId });
    await must(learner, 'mutation($id: ID!) { enrolInCourse(courseId: $id) { id } }', { id: courseId });
    return { courseId, activityId: addActivity.modules[0].activities[0].id };
  }

  const START = 'mutation($i: QuizRefInput!) { startQuizAttempt(input: $i) { __typename ... on QuizAttempt { id number status deadlineAt } ... on QuizUnavailable { reason } } }';
  const SAVE = 'mutation($i: SaveQuizAnswersInput!) { saveQuizAnswers(input: $i) { status timeUp saved { slot accepted } } }';
  const ATTEMPT = 'query($id: ID!) { quizAttempt(id: $id) { status submittedAt deadlineAt slots { slot response } } }';
  const REVIEW = 'query($id: ID!) { quizReview(attemptId: $id) { status autoSubmitted marks submittedAt slots { slot response mark } } }';

  type Started = { __typename: 'QuizAttempt'; id: string; number: number; status: string; deadlineAt: string } | { __typename: 'QuizUnavailable'; reason: string };
  const start = async (quiz: { courseId: string; activityId: string }) => (await must<{ startQuizAttempt: Started }>(learner, START, { i: quiz })).startQuizAttempt;
  const startedAttempt = async (quiz: { courseId: string; activityId: string }) => {
    const started = await start(quiz);
    if (started.__typename !== 'QuizAttempt') throw new Error(`expected an attempt, got ${started.reason}`);
    return started;
  };

  it('refuses a save after the time limit and submits the attempt with what was saved before', async () => {
    const quiz = await quizCourse('Kuis Batas Waktu', { timeLimitMinutes: 10, attemptsAllowed: 2 });
    const attempt = await startedAttempt(quiz);
    expect(Date.parse(attempt.deadlineAt) - clock.now().getTime()).toBeGreaterThan(9 * MINUTE);
    expect((await must<{ saveQuizAnswers: { timeUp: boolean } }>(learner, SAVE, { i: { attemptId: attempt.id, answers: [{ slot: 0, response: { value: true }, sequence: 1 }] } })).saveQuizAnswers.timeUp).toBe(false);

    clock.advanceMinutes(11);
    const late = await must<{ saveQuizAnswers: { status: string; timeUp: boolean; saved: unknown[] } }>(learner, SAVE, { i: { attemptId: attempt.id, answers: [{ slot: 1, response: { value: true }, sequence: 1 }] } });
    expect(late.saveQuizAnswers).toEqual({ status: 'GRADED', timeUp: true, saved: [] });

    const viewed = await must<{ quizAttempt: { status: string; submittedAt: string; deadlineAt: string; slots: Array<{ response: unknown }> } }>(learner, ATTEMPT, { id: attempt.id });
    expect(viewed.quizAttempt.status).toBe('GRADED');
    // Submitted at the deadline, not when the server noticed.
    expect(viewed.quizAttempt.submittedAt).toBe(viewed.quizAttempt.deadlineAt);
    const review = await must<{ quizReview: { autoSubmitted: boolean; marks: number; slots: Array<{ response: unknown; mark: number }> } }>(learner, REVIEW, { id: attempt.id });
    expect(review.quizReview).toMatchObject({ autoSubmitted: true, marks: 1 });
    expect(review.quizReview.slots.map((slot) => slot.response)).toEqual([{ value: true }, null]);
  });

  it('shows an attempt opened after its deadline as submitted by the server', async () => {
    const quiz = await quizCourse('Kuis Dilihat Terlambat', { timeLimitMinutes: 5 });
    const attempt = await startedAttempt(quiz);
    clock.advanceMinutes(6);
    const viewed = await must<{ quizAttempt: { status: string } }>(learner, ATTEMPT, { id: attempt.id });
    expect(viewed.quizAttempt.status).toBe('GRADED');
    expect((await must<{ quizReview: { autoSubmitted: boolean; marks: number } }>(learner, REVIEW, { id: attempt.id })).quizReview).toMatchObject({ autoSubmitted: true, marks: 0 });
  });

  it('submits overdue attempts on its sweep, and refuses a start once the attempts are used up', async () => {
    const quiz = await quizCourse('Kuis Dua Kesempatan', { timeLimitMinutes: 10, attemptsAllowed: 2 });
    const attempts = app.get(DataSource).getRepository(QuizAttemptEntity);
    const first = await startedAttempt(quiz);
    await must(learner, 'mutation($i: SubmitQuizAttemptInput!) { submitQuizAttempt(input: $i) { status } }', { i: { attemptId: first.id, answers: [] } });
    const second = await startedAttempt(quiz);
    expect(second.number).toBe(2);
    await must(learner, SAVE, { i: { attemptId: second.id, answers: [{ slot: 0, response: { value: true }, sequence: 1 }, { slot: 1, response: { value: true }, sequence: 1 }] } });

    clock.advanceMinutes(11);
    expect((await attempts.findOneByOrFail({ id: second.id })).status).toBe('IN_PROGRESS');
    expect(await app.get(QuizAttemptService).submitOverdue()).toBeGreaterThanOrEqual(1);
    expect(await attempts.findOneByOrFail({ id: second.id })).toMatchObject({ status: 'GRADED', autoSubmitted: true, marks: 2, grade: 1 });

    expect(await start(quiz)).toEqual({ __typename: 'QuizUnavailable', reason: 'NO_ATTEMPTS_LEFT' });
  });

  it('opens and closes the quiz by the server clock', async () => {
    const now = clock.now().getTime();
    const quiz = await quizCourse('Kuis Berjadwal', { openAt: new Date(now + 60 * MINUTE).toISOString(), closeAt: new Date(now + 180 * MINUTE).toISOString() });
    expect(await start(quiz)).toEqual({ __typename: 'QuizUnavailable', reason: 'NOT_OPEN_YET' });

    clock.advanceMinutes(61);
    const attempt = await startedAttempt(quiz);
    // Without a time limit the close date is the deadline.
    expect(Date.parse(attempt.deadlineAt)).toBe(now + 180 * MINUTE);

    clock.advanceMinutes(120);
    expect(await start(quiz)).toEqual({ __typename: 'QuizUnavailable', reason: 'CLOSED' });
    expect((await must<{ quizReview: { autoSubmitted: boolean; status: string } }>(learner, REVIEW, { id: attempt.id })).quizReview).toMatchObject({ autoSubmitted: true, status: 'GRADED' });
  });
});
