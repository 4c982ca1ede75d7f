import { TEST_DIALECTS } from '@tunas/shared/testing';
import { resolve } from 'node:path';
import { RunningApi, startApi } from './support/api-process';
import { queryDatabase } from './support/database-query';
import { errorCode, GraphQLClient } from './support/graphql-client';
import {
  ATTEMPT,
  Attempt,
  AttemptSlot,
  AuthoredQuestion,
  bankQuestions,
  choiceWithText,
  createPerson,
  createQuizCourse,
  enrol,
  essay,
  multipleChoice,
  mustSucceed,
  OVERVIEW,
  QuizCourse,
  REVIEW,
  Review,
  SAVE,
  START,
  startAttempt,
  SUBMIT,
  trueFalse,
} from './support/quiz-fixtures';

/**
 * The course files with each course's quiz.gift. The built API's copy lacks the .gift files (the webpack asset
 * glob in apps/api/webpack.config.js does not list them), so the demo courses would have no final quiz.
 */
const DEMO_SEED_DIR = resolve(__dirname, '../../../tools/seed/courses');

const QUESTIONS = [
  multipleChoice('Ibu kota Provinsi Kalimantan Tengah', 'Palangka Raya', ['Banjarmasin', 'Samarinda']),
  trueFalse('Sungai Kahayan mengalir melewati Kota Palangka Raya', true),
  multipleChoice('Rumah adat suku Dayak', 'Rumah Betang', ['Rumah Gadang', 'Rumah Joglo', 'Honai']),
  trueFalse('Kecamatan Rakumpit berada di Kabupaten Kapuas', false),
];

/** A response to a slot from the question as its authors see it: the right answer, or a wrong one. */
function answerFor(slot: AttemptSlot, question: AuthoredQuestion, right: boolean): unknown {
  if (question.type === 'true-false') return { value: right === (question.config['correct'] as boolean) };
  const choices = question.config['choices'] as Array<{ text: string; fraction: number }>;
  const picked = choices.find((choice) => (right ? choice.fraction >= 1 : choice.fraction <= 0))!;
  return { choiceIds: [choiceWithText(slot, picked.text)] };
}

/** The authored question behind each slot, matched by the text the learner sees. */
function questionsBySlot(attempt: Attempt, questions: AuthoredQuestion[]): AuthoredQuestion[] {
  return attempt.slots.map((slot) => questions.find((question) => slot.html === question.text)!);
}

describe.each(TEST_DIALECTS)('quiz attempts on %s', (dialect) => {
  let api: RunningApi;
  let admin: GraphQLClient;
  let trainer: GraphQLClient;
  let quiz: QuizCourse;
  let authored: AuthoredQuestion[];

  beforeAll(async () => {
    api = await startApi(dialect, { TUNAS_SEED_DIR: DEMO_SEED_DIR });
    admin = new GraphQLClient(api.baseUrl);
    await admin.login('admin@tunas.test');
    trainer = new GraphQLClient(api.baseUrl);
    await trainer.login('pelatih@tunas.test');
    quiz = await createQuizCourse(trainer, 'Kuis Kalimantan Tengah', QUESTIONS);
    authored = await bankQuestions(trainer, quiz.bankId);
  });
  afterAll(() => api?.stop());

  const ref = () => ({ courseId: quiz.courseId, activityId: quiz.activityId });

  async function newLearner(name: string): Promise<{ client: GraphQLClient; id: string }> {
    const learner = await createPerson(admin, ['LEARNER'], name);
    await enrol(learner.client, quiz.courseId);
    return learner;
  }

  const attemptsInDatabase = (userId: string) =>
    queryDatabase<{ id: string; status: string; marks: number | null; submitted_at: unknown }>(api, 'SELECT id, status, marks, submitted_at FROM quiz_attempts WHERE user_id = ? AND activity_id = ?', [userId, quiz.activityId]);

  it('returns the open attempt when started again, and opens one attempt for five starts at once', async () => {
    const { client: learner } = await newLearner('Rina Mulat');
    const first = await startAttempt(learner, quiz.courseId, quiz.activityId);
    const second = await startAttempt(learner, quiz.courseId, quiz.activityId);
    expect(second.id).toBe(first.id);
    expect(first.slots).toHaveLength(4);

    const { client: racer, id: racerId } = await newLearner('Yohanes Tingang');
    const starts = await Promise.all(Array.from({ length: 5 }, () => racer.request<{ startQuizAttempt: { id: string } }>(START, { i: ref() })));
    expect(starts.flatMap((start) => start.errors)).toEqual([]);
    expect(new Set(starts.map((start) => start.data!.startQuizAttempt.id)).size).toBe(1);
    expect(await attemptsInDatabase(racerId)).toHaveLength(1);
    const overview = await mustSucceed(racer.request<{ quizOverview: { attempts: unknown[]; openAttemptId: string } }>(OVERVIEW, { i: ref() }));
    expect(overview.quizOverview.attempts).toHaveLength(1);
    expect(overview.quizOverview.openAttemptId).toBe(starts[0].data!.startQuizAttempt.id);
  });

  it('keeps the newer answer when an older save arrives late', async () => {
    const { client: learner } = await newLearner('Sari Ambun');
    const attempt = await startAttempt(learner, quiz.courseId, quiz.activityId);
    const slot = attempt.slots.find((candidate) => candidate.type === 'multiple-choice')!;
    const [newer, older] = slot.view.choices!.map((choice) => choice.id);
    const save = (choiceId: string, sequence: number) => mustSucceed(learner.request<{ saveQuizAnswers: { saved: Array<{ slot: number; sequence: number; accepted: boolean }> } }>(SAVE, { i: { attemptId: attempt.id, answers: [{ slot: slot.slot, response: { choiceIds: [choiceId] }, sequence }] } }));
    expect((await save(newer, 5)).saveQuizAnswers.saved).toEqual([{ slot: slot.slot, sequence: 5, accepted: true }]);
    expect((await save(older, 3)).saveQuizAnswers.saved).toEqual([{ slot: slot.slot, sequence: 5, accepted: false }]);
    expect((await save(older, 5)).saveQuizAnswers.saved).toEqual([{ slot: slot.slot, sequence: 5, accepted: false }]);
    const stored = (await mustSucceed(learner.request<{ quizAttempt: Attempt }>(ATTEMPT, { id: attempt.id }))).quizAttempt.slots.find((candidate) => candidate.slot === slot.slot)!;
    expect(stored).toMatchObject({ response: { choiceIds: [newer] }, sequence: 5, answered: true });
  });

  it('refuses an invalid answer and stores nothing of that request', async () => {
    const { client: learner } = await newLearner('Dewi Kinan');
    const attempt = await startAttempt(learner, quiz.courseId, quiz.activityId);
    const [choiceSlot, trueFalseSlot] = [attempt.slots.find((slot) => slot.type === 'multiple-choice')!, attempt.slots.find((slot) => slot.type === 'true-false')!];
    const invalid = await learner.request(SAVE, {
      i: {
        attemptId: attempt.id,
        answers: [
          { slot: trueFalseSlot.slot, response: { value: true }, sequence: 1 },
          { slot: choiceSlot.slot, response: { choiceIds: 'bukan-daftar' }, sequence: 1 },
        ],
        flags: [{ slot: trueFalseSlot.slot, flagged: true }],
      },
    });
    expect(invalid.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_RESPONSE' });
    const unknownSlot = await learner.request(SAVE, { i: { attemptId: attempt.id, answers: [{ slot: 99, response: { value: true }, sequence: 1 }] } });
    expect(unknownSlot.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_SLOT' });
    const stored = (await mustSucceed(learner.request<{ quizAttempt: Attempt }>(ATTEMPT, { id: attempt.id }))).quizAttempt.slots;
    expect(stored.map((slot) => [slot.response, slot.sequence, slot.flagged])).toEqual(stored.map(() => [null, 0, false]));
  });

  it('grades a half-right attempt by the right answers its trainer sees, and submitting again changes nothing', async () => {
    const { client: learner } = await newLearner('Agus Tambun');
    const attempt = await startAttempt(learner, quiz.courseId, quiz.activityId);
    const questions = questionsBySlot(attempt, authored);
    const rightSlots = new Set([attempt.slots[0].slot, attempt.slots[2].slot]);
    const answers = attempt.slots.map((slot, index) => ({ slot: slot.slot, response: answerFor(slot, questions[index], rightSlots.has(slot.slot)), sequence: 1 }));
    const expectedMarks = attempt.slots.filter((slot) => rightSlots.has(slot.slot)).reduce((sum, slot) => sum + slot.maxMark, 0);
    const maxMarks = attempt.slots.reduce((sum, slot) => sum + slot.maxMark, 0);

    // Half the answers saved as the learner goes, the rest sent with the submission.
    await mustSucceed(learner.request(SAVE, { i: { attemptId: attempt.id, answers: answers.slice(0, 2) } }));
    const submitted = (await mustSucceed(learner.request<{ submitQuizAttempt: Review }>(SUBMIT, { i: { attemptId: attempt.id, answers: answers.slice(2) } }))).submitQuizAttempt;
    expect(submitted).toMatchObject({ status: 'GRADED', marks: expectedMarks, maxMarks, grade: expectedMarks / maxMarks, passed: false });
    expect(submitted.slots.map((slot) => slot.state)).toEqual(attempt.slots.map((slot) => (rightSlots.has(slot.slot) ? 'correct' : 'incorrect')));

    const again = (await mustSucceed(learner.request<{ submitQuizAttempt: Review }>(SUBMIT, { i: { attemptId: attempt.id, answers: answers.map((answer) => ({ ...answer, response: answerFor(attempt.slots[answer.slot], questions[answer.slot], true), sequence: 9 })) } })))
      .submitQuizAttempt;
    expect(again).toEqual(submitted);
    const late = await learner.request(SAVE, { i: { attemptId: attempt.id, answers: [answers[1]] } });
    expect(late.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ATTEMPT_CLOSED' });
  });

  it('grades ten identical submissions at once exactly once', async () => {
    const { client: learner, id: learnerId } = await newLearner('Maria Kameloh');
    const attempt = await startAttempt(learner, quiz.courseId, quiz.activityId);
    const questions = questionsBySlot(attempt, authored);
    const answers = attempt.slots.map((slot, index) => ({ slot: slot.slot, response: answerFor(slot, questions[index], index !== 1), sequence: 1 }));
    const results = await Promise.all(Array.from({ length: 10 }, () => learner.request<{ submitQuizAttempt: Review }>(SUBMIT, { i: { attemptId: attempt.id, answers } })));
    expect(results.flatMap((result) => result.errors)).toEqual([]);
    const outcomes = results.map((result) => result.data!.submitQuizAttempt);
    expect(new Set(outcomes.map((outcome) => JSON.stringify(outcome))).size).toBe(1);
    expect(outcomes[0]).toMatchObject({ status: 'GRADED', marks: 3, grade: 0.75, passed: true });

    const rows = await attemptsInDatabase(learnerId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'GRADED', marks: 3 });
    const events = await queryDatabase<{ verb: string; object_type: string }>(api, 'SELECT verb, object_type FROM learning_events WHERE actor_id = ? AND course_id = ? ORDER BY occurred_at', [learnerId, quiz.courseId]);
    // The enrolment, one progress event for the graded attempt, and the course (a quiz only) completed once.
    expect(events.map((event) => `${event.verb} ${event.object_type}`).sort()).toEqual(['completed course', 'progressed activity', 'registered course']);
    const progress = await queryDatabase<{ state: unknown; completion: number }>(api, 'SELECT p.state, p.completion FROM activity_progress p JOIN enrolments e ON e.id = p.enrolment_id WHERE e.user_id = ? AND p.activity_id = ?', [learnerId, quiz.activityId]);
    expect(progress).toHaveLength(1);
    const state = typeof progress[0].state === 'string' ? JSON.parse(progress[0].state) : progress[0].state;
    expect(state).toEqual({ grade: 0.75, passed: true, finishedAttempts: 1, awaitingGrading: false });
    expect(progress[0].completion).toBe(1);
  });

  it('completes a course whose only activity is the quiz once the quiz is passed', async () => {
    const { client: learner } = await newLearner('Petrus Rangkap');
    const failing = await startAttempt(learner, quiz.courseId, quiz.activityId);
    await mustSucceed(learner.request(SUBMIT, { i: { attemptId: failing.id, answers: [] } }));
    const outline = 'query($id: ID!) { courseOutline(courseId: $id) { completion enrolment { status progress } } }';
    expect((await mustSucceed(learner.request<{ courseOutline: { completion: number; enrolment: { status: string } } }>(outline, { id: quiz.courseId }))).courseOutline).toMatchObject({ completion: 0, enrolment: { status: 'ACTIVE' } });

    const passing = await startAttempt(learner, quiz.courseId, quiz.activityId);
    expect(passing.number).toBe(2);
    const questions = questionsBySlot(passing, authored);
    const answers = passing.slots.map((slot, index) => ({ slot: slot.slot, response: answerFor(slot, questions[index], true), sequence: 1 }));
    const review = (await mustSucceed(learner.request<{ submitQuizAttempt: Review }>(SUBMIT, { i: { attemptId: passing.id, answers } }))).submitQuizAttempt;
    expect(review).toMatchObject({ grade: 1, passed: true });
    expect((await mustSucceed(learner.request<{ courseOutline: unknown }>(outline, { id: quiz.courseId }))).courseOutline).toEqual({ completion: 1, enrolment: { status: 'COMPLETED', progress: 1 } });
    const overview = (await mustSucceed(learner.request<{ quizOverview: { grade: number; passed: boolean; attempts: Array<{ status: string }> } }>(OVERVIEW, { i: ref() }))).quizOverview;
    expect(overview).toMatchObject({ grade: 1, passed: true });
    expect(overview.attempts.map((attempt) => attempt.status)).toEqual(['GRADED', 'GRADED']);
  });

  it("answers NOT_FOUND for another learner's attempt, whatever the operation", async () => {
    const { client: owner } = await newLearner('Lusi Nyahu');
    const { client: other } = await newLearner('Robi Ganjang');
    const open = await startAttempt(owner, quiz.courseId, quiz.activityId);
    const answers = [{ slot: 0, response: open.slots[0].type === 'true-false' ? { value: true } : { choiceIds: [open.slots[0].view.choices![0].id] }, sequence: 1 }];
    expect(errorCode(await other.request(ATTEMPT, { id: open.id }))).toBe('NOT_FOUND');
    expect(errorCode(await other.request(SAVE, { i: { attemptId: open.id, answers } }))).toBe('NOT_FOUND');
    expect(errorCode(await other.request(SUBMIT, { i: { attemptId: open.id, answers } }))).toBe('NOT_FOUND');
    await mustSucceed(owner.request(SUBMIT, { i: { attemptId: open.id, answers: [] } }));
    expect(errorCode(await other.request(REVIEW, { id: open.id }))).toBe('NOT_FOUND');
    // The owner's attempt is untouched by the refused requests.
    const review = (await mustSucceed(owner.request<{ quizReview: Review }>(REVIEW, { id: open.id }))).quizReview;
    expect(review.slots.every((slot) => slot.response === null)).toBe(true);
  });

  it('refuses quiz progress sent by a device', async () => {
    const { client: learner } = await newLearner('Nanang Bahen');
    const forged = await learner.request('mutation($i: RecordProgressInput!) { recordActivityProgress(input: $i) { completion courseCompleted } }', {
      i: { courseId: quiz.courseId, activityId: quiz.activityId, state: { grade: 1, passed: true, finishedAttempts: 1, awaitingGrading: false }, idempotencyKey: 'forged-quiz-0001' },
    });
    expect(forged.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ACTIVITY_STATE' });
    const outline = await mustSucceed(learner.request<{ courseOutline: { completion: number } }>('query($id: ID!) { courseOutline(courseId: $id) { completion } }', { id: quiz.courseId }));
    expect(outline.courseOutline.completion).toBe(0);
  });

  describe('what learners receive', () => {
    const SECRETS = /fraction|feedback|graderInfo|answerId|RAHASIA|"a[1-9]"/i;
    const FULL_ATTEMPT = 'id courseId activityId quizTitle number status startedAt deadlineAt submittedAt serverNow questionsPerPage pageCount slots { slot page type maxMark html view response sequence flagged answered }';

    it('sends no right answer, weight, feedback or authored choice id while a learner answers', async () => {
      const secretQuiz = await createQuizCourse(trainer, 'Kuis Rahasia', [...QUESTIONS.slice(0, 2), essay('Jelaskan manfaat musyawarah kelurahan')]);
      const { client: learner } = await createPerson(admin, ['LEARNER'], 'Intan Sapundu');
      await enrol(learner, secretQuiz.courseId);
      const i = { courseId: secretQuiz.courseId, activityId: secretQuiz.activityId };
      const started = await learner.request<{ startQuizAttempt: Attempt }>(`mutation($i: QuizRefInput!) { startQuizAttempt(input: $i) { ... on QuizAttempt { ${FULL_ATTEMPT} } } }`, { i });
      const attempt = started.data!.startQuizAttempt;
      const choiceSlot = attempt.slots.find((slot) => slot.type === 'multiple-choice')!;
      const saved = await learner.request(SAVE, { i: { attemptId: attempt.id, answers: [{ slot: choiceSlot.slot, response: { choiceIds: [choiceWithText(choiceSlot, 'Palangka Raya')] }, sequence: 1 }] } });
      const viewed = await learner.request(`query($id: ID!) { quizAttempt(id: $id) { ${FULL_ATTEMPT} } }`, { id: attempt.id });
      const overview = await learner.request('query($i: QuizRefInput!) { quizOverview(input: $i) { courseId activityId title intro questionCount timeLimitMinutes attemptsAllowed openAt closeAt passingGrade gradingMethod serverNow attempts { id number status startedAt submittedAt deadlineAt grade reviewable } openAttemptId canStart unavailableReason grade passed } }', { i });
      const outline = await learner.request('query($id: ID!) { courseOutline(courseId: $id) { modules { activities { type state content } } } }', { id: secretQuiz.courseId });
      for (const response of [started, saved, viewed, overview, outline]) {
        expect(response.errors).toEqual([]);
        expect(response.raw).not.toMatch(SECRETS);
      }
      // The right choice's text is there (the learner must see it), only never marked as right.
      expect(viewed.raw).toContain('Palangka Raya');
      expect(outline.raw).not.toContain(secretQuiz.bankId);
      for (const slot of attempt.slots.filter((candidate) => candidate.type === 'multiple-choice')) {
        for (const choice of slot.view.choices!) expect(choice.id).toMatch(/^[a-z0-9]{12}$/);
      }
    });

    it('sends the demo course quiz without secrets and with random choice ids', async () => {
      const learner = new GraphQLClient(api.baseUrl);
      await learner.login('pelajar@tunas.test');
      const courses = await mustSucceed(learner.request<{ courses: { items: Array<{ id: string }> } }>('{ courses(filter: { search: "musyawarah fasilitator" }) { items { id } } }'));
      const courseId = courses.courses.items[0].id;
      await enrol(learner, courseId);
      const outline = await mustSucceed(learner.request<{ courseOutline: { modules: Array<{ activities: Array<{ id: string; type: string; title: string }> }> } }>('query($id: ID!) { courseOutline(courseId: $id) { modules { activities { id type title } } } }', { id: courseId }));
      const demoQuiz = outline.courseOutline.modules.flatMap((module) => module.activities).find((activity) => activity.type === 'quiz')!;
      expect(demoQuiz.title).toBe('Kuis akhir');
      const started = await learner.request<{ startQuizAttempt: Attempt }>(`mutation($i: QuizRefInput!) { startQuizAttempt(input: $i) { ... on QuizAttempt { ${FULL_ATTEMPT} } } }`, { i: { courseId, activityId: demoQuiz.id } });
      expect(started.errors).toEqual([]);
      expect(started.data!.startQuizAttempt.slots).toHaveLength(15);
      expect(started.raw).not.toMatch(/fraction|feedback|graderInfo|answerId|"a[1-9]"/i);
      for (const slot of started.data!.startQuizAttempt.slots) for (const choice of slot.view.choices ?? []) expect(choice.id).toMatch(/^[a-z0-9]{12}$/);
    });

    async function submitWithReviewOptions(immediately: Record<string, boolean>) {
      const reviewed = await createQuizCourse(trainer, `Kuis Tinjauan ${Object.values(immediately).join('-')}`, QUESTIONS.slice(0, 2), {
        reviewOptions: { immediately, later: immediately, afterClose: immediately },
      });
      const { client: learner } = await createPerson(admin, ['LEARNER'], 'Hendra Lewu');
      await enrol(learner, reviewed.courseId);
      const attempt = await startAttempt(learner, reviewed.courseId, reviewed.activityId);
      const choiceSlot = attempt.slots.find((slot) => slot.type === 'multiple-choice')!;
      const submitted = await learner.request<{ submitQuizAttempt: Review }>(SUBMIT, { i: { attemptId: attempt.id, answers: [{ slot: choiceSlot.slot, response: { choiceIds: [choiceWithText(choiceSlot, 'Palangka Raya')] }, sequence: 1 }] } });
      const review = await learner.request<{ quizReview: Review }>(REVIEW, { id: attempt.id });
      const reopened = await learner.request<{ quizAttempt: Attempt }>(ATTEMPT, { id: attempt.id });
      return { submitted, review, reopened };
    }

    it('shows only the score when the review options allow only the score', async () => {
      const { submitted, review, reopened } = await submitWithReviewOptions({ responses: false, score: true, correctness: false, feedback: false, rightAnswer: false });
      // Reopening the submitted attempt does not show the hidden responses either.
      expect(reopened.data!.quizAttempt.slots.map((slot) => slot.response)).toEqual([null, null]);
      for (const result of [submitted.data!.submitQuizAttempt, review.data!.quizReview]) {
        expect(result).toMatchObject({ showsScore: true, marks: 1, maxMarks: 2, grade: 0.5 });
        for (const slot of result.slots) expect(slot).toMatchObject({ response: null, state: null, feedback: null, rightAnswer: null });
        expect(result.slots.map((slot) => slot.mark).sort()).toEqual([0, 1]);
      }
      expect(submitted.raw).not.toMatch(/RAHASIA|fraction/);
      expect(review.raw).not.toMatch(/RAHASIA|fraction/);
    });

    it('shows right answers and feedback when the review options allow them', async () => {
      const { review, reopened } = await submitWithReviewOptions({ responses: true, score: true, correctness: true, feedback: true, rightAnswer: true });
      expect(reopened.data!.quizAttempt.slots.some((slot) => slot.response !== null)).toBe(true);
      const slots = review.data!.quizReview.slots;
      expect(slots.every((slot) => slot.rightAnswer !== null && slot.state !== null)).toBe(true);
      expect(slots.some((slot) => slot.feedback?.some((text) => text.includes('RAHASIA-UMPAN-BALIK')))).toBe(true);
    });
  });
});
