import { TestBed } from '@angular/core/testing';
import { type QuizAttempt, QuizAnswerOutbox, QuizLearnerApi } from '@tunas/portal/data-access/quiz';
import { QuestionUiRegistry } from '@tunas/portal/plugin-sdk';
import { Subject } from 'rxjs';
import { QuizAttemptStore } from './quiz-attempt.store';

const attempt: QuizAttempt = {
  id: 'attempt-1',
  courseId: 'course-1',
  activityId: 'quiz-1',
  quizTitle: 'Kuis akhir',
  number: 1,
  status: 'IN_PROGRESS',
  startedAt: '2026-03-01T08:00:00.000Z',
  submittedAt: null,
  deadlineAt: '2026-03-01T08:30:00.000Z',
  serverNow: '2026-03-01T08:00:00.000Z',
  questionsPerPage: 1,
  pageCount: 2,
  slots: [0, 1].map((slot) => ({
    slot,
    page: slot,
    type: 'truefalse',
    html: `<p>Soal ${slot + 1}</p>`,
    maxMark: 1,
    view: {},
    response: slot === 0 ? { value: false } : null,
    sequence: slot === 0 ? 2 : 0,
    answered: slot === 0,
    flagged: false,
  })),
};

function setUp(online = true) {
  const outbox = {
    ended$: new Subject(),
    restore: jest.fn().mockResolvedValue({ responses: new Map([[1, { value: true }]]), flags: new Map([[0, true]]) }),
    answer: jest.fn().mockResolvedValue(undefined),
    flag: jest.fn().mockResolvedValue(undefined),
    flush: jest.fn().mockResolvedValue(undefined),
    pendingAnswers: jest.fn().mockResolvedValue([{ slot: 1, sequence: 1, response: { value: true } }]),
    forget: jest.fn().mockResolvedValue(undefined),
    isOnline: () => online,
    slotStatus: () => null,
    slotError: () => null,
    attemptStatus: () => null,
  };
  const api = { attempt: jest.fn().mockResolvedValue(attempt), submit: jest.fn().mockResolvedValue({}) };
  const loadAnswer = jest.fn().mockResolvedValue(class {});
  TestBed.configureTestingModule({
    providers: [
      QuizAttemptStore,
      { provide: QuizAnswerOutbox, useValue: outbox },
      { provide: QuizLearnerApi, useValue: api },
      { provide: QuestionUiRegistry, useValue: { has: () => true, get: () => ({ loadAnswer }) } },
    ],
  });
  return { store: TestBed.inject(QuizAttemptStore), outbox, api, loadAnswer };
}

describe('QuizAttemptStore', () => {
  it("shows answers and flags left on the device over the server's, and fetches each question type once", async () => {
    const { store, outbox, loadAnswer } = setUp();

    await store.load('attempt-1');

    expect(outbox.restore).toHaveBeenCalledWith('attempt-1', attempt.slots);
    expect(store.questions().map((question) => [question.response, question.answered, question.flagged])).toEqual([
      [{ value: false }, true, true],
      [{ value: true }, true, false],
    ]);
    expect(loadAnswer).toHaveBeenCalledTimes(1);
  });

  it('submits with the answers still on the device after trying to send them', async () => {
    const { store, outbox, api } = setUp();
    await store.load('attempt-1');

    expect(await store.submit()).toBeNull();

    expect(outbox.flush).toHaveBeenCalledWith('attempt-1');
    expect(api.submit).toHaveBeenCalledWith('attempt-1', [{ slot: 1, sequence: 1, response: { value: true } }]);
    expect(outbox.forget).toHaveBeenCalledWith('attempt-1');
  });

  it('refuses to submit offline and keeps the answers', async () => {
    const { store, outbox, api } = setUp(false);
    await store.load('attempt-1');

    expect(await store.submit()).toEqual({ kind: 'offline' });

    expect(api.submit).not.toHaveBeenCalled();
    expect(outbox.forget).not.toHaveBeenCalled();
  });
});
