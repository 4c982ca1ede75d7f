// Scenario 4: a learner's device sends the same submission ten times at once (a double tap plus retries of a
// flaky connection). One graded attempt must result, and all ten answers must be identical. (The start is sent
// ten times at once as well, and must give one attempt.) Half the learners
// send straight to one replica, half through the proxy, so the ten requests race on both replicas.
import { uuid } from '../../bench/generate.mjs';
import { accessToken, graphql, Ledger, SUBMIT } from '../exam-learner.mjs';

const START = 'mutation($i: QuizRefInput!) { startQuizAttempt(input: $i) { __typename ... on QuizAttempt { id slots { slot view } } } }';
const SAVE = 'mutation($i: SaveQuizAnswersInput!) { saveQuizAnswers(input: $i) { saved { slot accepted } } }';
const COPIES = 10;

export async function duplicateSubmission({ targets, exam, learners, verify }) {
  const ledger = new Ledger();
  const runs = [];
  for (const [position, index] of learners.entries()) {
    const target = targets[position % targets.length];
    const bearer = accessToken(uuid(`learner:${index}`));
    // Starting is sent ten times at once too: one attempt must come of it.
    const starts = await Promise.all(Array.from({ length: COPIES }, () => graphql(target.url, START, { i: { courseId: exam.courseId, activityId: exam.activityId } }, bearer)));
    const started = starts.find((copy) => copy.code === null);
    if (!started) throw new Error(`learner ${index} could not start: ${starts[0].raw}`);
    const attempt = started.data.startQuizAttempt;
    const startedAttempts = new Set(starts.map((copy) => copy.data?.startQuizAttempt?.id ?? copy.code)).size;
    const answers = attempt.slots.map((slot) => {
      const correct = exam.rightChoice(slot.slot);
      const right = (index + slot.slot) % 2 === 0;
      return { slot: slot.slot, choiceId: right ? correct : slot.view.choices.find((choice) => choice.id !== correct).id, right };
    });
    // The first half is saved beforehand; the rest travels with the submission ("answers not saved yet").
    const half = Math.floor(answers.length / 2);
    for (const answer of answers.slice(0, half)) {
      const saved = await graphql(target.url, SAVE, { i: { attemptId: attempt.id, answers: [{ slot: answer.slot, response: { choiceIds: [answer.choiceId] }, sequence: 1 }] } }, bearer);
      if (saved.code || !saved.data.saveQuizAnswers.saved[0].accepted) throw new Error(`learner ${index} could not save: ${saved.raw}`);
    }
    const withSubmission = answers.slice(half).map((answer) => ({ slot: answer.slot, response: { choiceIds: [answer.choiceId] }, sequence: 1 }));
    const copies = await Promise.all(Array.from({ length: COPIES }, () => graphql(target.url, SUBMIT, { i: { attemptId: attempt.id, answers: withSubmission } }, bearer)));
    const bodies = new Set(copies.map((copy) => copy.raw));
    const replicas = {};
    for (const copy of copies) replicas[copy.replica ?? target.name] = (replicas[copy.replica ?? target.name] ?? 0) + 1;
    for (const answer of answers) ledger.savedAnswers.push({ learner: index, attemptId: attempt.id, slot: answer.slot, sequence: 1, choiceId: answer.choiceId, right: answer.right, confirmation: 'accepted' });
    const review = copies.find((copy) => copy.code === null)?.data.submitQuizAttempt;
    if (review) ledger.submissions.push({ learner: index, attemptId: attempt.id, status: review.status, marks: review.marks });
    runs.push({ learner: index, via: target.name, startedAttempts, replicas, errors: copies.filter((copy) => copy.code).map((copy) => copy.code), distinctBodies: bodies.size, expectedMarks: answers.filter((answer) => answer.right).length, marks: review?.marks ?? null });
  }
  const check = await verify(ledger, learners);
  const result = {
    learners: learners.length,
    copiesPerSubmission: COPIES,
    runs,
    identicalAnswers: runs.filter((run) => run.distinctBodies === 1 && run.errors.length === 0).length,
    check,
  };
  result.ok = check.ok && result.identicalAnswers === learners.length && runs.every((run) => run.startedAttempts === 1);
  result.deviations = [];
  return result;
}
