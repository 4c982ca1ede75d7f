// After a fault run: is every write the API acknowledged in the database, and is anything there twice?
import { uuid } from '../bench/generate.mjs';

const choiceOf = (response) => {
  const parsed = typeof response === 'string' ? JSON.parse(response) : response;
  return parsed?.choiceIds?.[0] ?? null;
};

/**
 * @param {import('mysql2/promise').Connection} connection
 * @param {{ activityId: string }} exam
 * @param {import('./exam-learner.mjs').Ledger} ledger
 * @param {number[]} learners the learner numbers that took part
 */
export async function checkAcknowledgedWrites(connection, exam, ledger, learners) {
  const userIds = learners.map((index) => uuid(`learner:${index}`));
  const [attempts] = await connection.query('SELECT id, user_id, status, open_marker, marks FROM quiz_attempts WHERE activity_id = ? AND user_id IN (?)', [exam.activityId, userIds]);
  const attemptIds = attempts.map((attempt) => attempt.id);
  const [slots] = attemptIds.length ? await connection.query('SELECT attempt_id, slot, response, sequence FROM quiz_attempt_slots WHERE attempt_id IN (?)', [attemptIds]) : [[]];
  const slotOf = new Map(slots.map((row) => [`${row.attempt_id}:${row.slot}`, row]));
  const attemptOf = new Map(attempts.map((row) => [row.id, row]));

  const lostAnswers = ledger.savedAnswers.filter((saved) => {
    const row = slotOf.get(`${saved.attemptId}:${saved.slot}`);
    return !row || Number(row.sequence) < saved.sequence || (Number(row.sequence) === saved.sequence && choiceOf(row.response) !== saved.choiceId);
  });
  const rightByAttempt = new Map();
  for (const saved of ledger.savedAnswers) rightByAttempt.set(saved.attemptId, (rightByAttempt.get(saved.attemptId) ?? 0) + (saved.right ? 1 : 0));
  const lostSubmissions = ledger.submissions.filter((submitted) => {
    const row = attemptOf.get(submitted.attemptId);
    return !row || row.status === 'IN_PROGRESS' || row.open_marker !== null || Number(row.marks) !== Number(submitted.marks);
  });
  const wrongGrades = ledger.submissions.filter((submitted) => Number(submitted.marks) !== (rightByAttempt.get(submitted.attemptId) ?? 0));

  // Twice: a second attempt for one learner (the quiz allows one), a submission written twice (the learning
  // event the submission appends), or two progress rows for one activity.
  const attemptsPerLearner = new Map();
  for (const attempt of attempts) attemptsPerLearner.set(attempt.user_id, (attemptsPerLearner.get(attempt.user_id) ?? 0) + 1);
  const duplicateAttempts = [...attemptsPerLearner.values()].filter((count) => count > 1).length;
  const [events] = attemptIds.length
    ? await connection.query(
        `SELECT SUBSTRING(idempotency_key, 6, 36) AS attempt_id, COUNT(*) AS count FROM learning_events
         WHERE actor_id IN (?) AND object_id = ? AND idempotency_key LIKE 'quiz:%' GROUP BY SUBSTRING(idempotency_key, 6, 36)`,
        [userIds, exam.activityId],
      )
    : [[]];
  const eventsOf = new Map(events.map((row) => [row.attempt_id, Number(row.count)]));
  const submittedAttempts = attempts.filter((attempt) => attempt.status !== 'IN_PROGRESS');
  const duplicateSubmissionEvents = submittedAttempts.filter((attempt) => (eventsOf.get(attempt.id) ?? 0) > 1).length;
  const missingSubmissionEvents = submittedAttempts.filter((attempt) => (eventsOf.get(attempt.id) ?? 0) === 0).length;
  const [[progress]] = await connection.query(
    `SELECT COUNT(*) AS duplicates FROM (SELECT p.enrolment_id FROM activity_progress p JOIN enrolments e ON e.id = p.enrolment_id
     WHERE e.user_id IN (?) AND p.activity_id = ? GROUP BY p.enrolment_id, p.activity_id HAVING COUNT(*) > 1) twice`,
    [userIds, exam.activityId],
  );

  const check = {
    learners: learners.length,
    acknowledgedAnswers: ledger.savedAnswers.length,
    answersConfirmedOnRetry: ledger.savedAnswers.filter((saved) => saved.confirmation === 'already-stored').length,
    answersFound: ledger.savedAnswers.length - lostAnswers.length,
    acknowledgedSubmissions: ledger.submissions.length,
    submissionsFound: ledger.submissions.length - lostSubmissions.length,
    attemptsInDatabase: attempts.length,
    stillOpenAttempts: attempts.filter((attempt) => attempt.status === 'IN_PROGRESS').length,
    duplicateAttempts,
    duplicateSubmissionEvents,
    missingSubmissionEvents,
    duplicateProgressRows: Number(progress.duplicates),
    wrongGrades: wrongGrades.length,
    abandoned: ledger.abandoned.length,
    examples: {
      lostAnswers: lostAnswers.slice(0, 3),
      lostSubmissions: lostSubmissions.slice(0, 3),
      wrongGrades: wrongGrades.slice(0, 3),
      abandoned: ledger.abandoned.slice(0, 3),
    },
  };
  check.ok =
    lostAnswers.length === 0 &&
    lostSubmissions.length === 0 &&
    wrongGrades.length === 0 &&
    duplicateAttempts === 0 &&
    duplicateSubmissionEvents === 0 &&
    missingSubmissionEvents === 0 &&
    check.duplicateProgressRows === 0 &&
    ledger.abandoned.length === 0 &&
    ledger.submissions.length === learners.length;
  return check;
}
