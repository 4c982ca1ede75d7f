import { TestDialect } from '@tunas/shared/testing';
import { RunningApi, startApi } from './support/api-process';
import { errorCode, GraphQLClient } from './support/graphql-client';
import {
  AuthoredQuestion,
  QuestionDraft,
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
  saveQuestion,
  startAttempt,
  SUBMIT,
  trueFalse,
} from './support/quiz-fixtures';

const IMPORT = 'mutation($i: ImportQuestionsInput!) { importQuestions(input: $i) { format dryRun imported valid questions { line name type category } rejected { line question message } warnings { line message } } }';

interface ImportReport {
  dryRun: boolean;
  imported: number;
  valid: number;
  questions: Array<{ line: number; name: string; type: string; category: string }>;
  rejected: Array<{ line: number; question: string | null; message: string }>;
}

/** Four questions, the third (line 7) without any right answer. */
const GIFT_WITH_ONE_BROKEN = [
  '$CATEGORY: Kalimantan Tengah/Geografi',
  '',
  '::Ibu kota::Ibu kota Provinsi Kalimantan Tengah adalah {=Palangka Raya ~Banjarmasin ~Samarinda}',
  '',
  '::Kahayan::Sungai Kahayan mengalir melewati Kota Palangka Raya. {T}',
  '',
  '::Tanpa jawaban::Manakah kelurahan di Kecamatan Rakumpit? {~Menteng ~Langkai}',
  '',
  '::Kelurahan Rakumpit::Berapa kelurahan di Kecamatan Rakumpit? {#7}',
  '',
].join('\n');

async function createBank(author: GraphQLClient, name: string): Promise<string> {
  const created = await mustSucceed(author.request<{ createQuestionBank: { id: string } }>('mutation($i: CreateQuestionBankInput!) { createQuestionBank(input: $i) { id } }', { i: { name } }));
  return created.createQuestionBank.id;
}

function importInto(author: GraphQLClient, bankId: string, format: string, content: string, extra: Record<string, unknown> = {}) {
  return author.request<{ importQuestions: ImportReport }>(IMPORT, { i: { bankId, format, content, ...extra } });
}

/** What a question says, without the random local ids a bank gives it (and its own ids). */
function comparable(question: AuthoredQuestion) {
  const withoutIds = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(withoutIds) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id' && key !== 'answerId').map(([key, inner]) => [key, withoutIds(inner)])) : value;
  return { type: question.type, name: question.name, text: question.text, textFormat: question.textFormat, generalFeedback: question.generalFeedback, defaultMark: question.defaultMark, config: withoutIds(question.config) };
}

function describeAllOrNothing(dialect: TestDialect, api: () => RunningApi) {
  it(`imports nothing from a GIFT file with one broken question, naming its line and reason (${dialect})`, async () => {
    const trainer = new GraphQLClient(api().baseUrl);
    await trainer.login('pelatih@tunas.test');
    const bankId = await createBank(trainer, `Bank semua-atau-tidak ${dialect}`);
    const refused = await mustSucceed(importInto(trainer, bankId, 'GIFT', GIFT_WITH_ONE_BROKEN));
    expect(refused.importQuestions).toMatchObject({ imported: 0, valid: 3, rejected: [{ line: 7, question: 'Tanpa jawaban', message: expect.stringMatching(/right answer must be possible/) }] });
    expect(await bankQuestions(trainer, bankId)).toEqual([]);
    const bank = await mustSucceed(trainer.request<{ questionBank: { categories: Array<{ name: string }> } }>('query($id: ID!) { questionBank(id: $id) { categories { name } } }', { id: bankId }));
    // Not even the file's categories are left behind.
    expect(bank.questionBank.categories.map((category) => category.name)).toEqual(['Umum']);
  });
}

describe('question banks on sqlite', () => {
  let api: RunningApi;
  let admin: GraphQLClient;
  let trainer: GraphQLClient;
  let learner: GraphQLClient;

  beforeAll(async () => {
    api = await startApi('sqlite');
    admin = new GraphQLClient(api.baseUrl);
    await admin.login('admin@tunas.test');
    trainer = new GraphQLClient(api.baseUrl);
    await trainer.login('pelatih@tunas.test');
    learner = new GraphQLClient(api.baseUrl);
    await learner.login('pelajar@tunas.test');
  });
  afterAll(() => api?.stop());

  describeAllOrNothing('sqlite', () => api);

  it('previews without storing, then imports only the valid questions when asked to', async () => {
    const bankId = await createBank(trainer, 'Bank sebagian');
    const preview = await mustSucceed(importInto(trainer, bankId, 'GIFT', GIFT_WITH_ONE_BROKEN, { mode: 'VALID_ONLY', dryRun: true }));
    expect(preview.importQuestions).toMatchObject({ dryRun: true, imported: 0, valid: 3 });
    expect(await bankQuestions(trainer, bankId)).toEqual([]);

    const imported = await mustSucceed(importInto(trainer, bankId, 'GIFT', GIFT_WITH_ONE_BROKEN, { mode: 'VALID_ONLY' }));
    expect(imported.importQuestions).toMatchObject({ imported: 3, rejected: [{ line: 7 }] });
    expect(imported.importQuestions.questions.map((question) => [question.line, question.name, question.type, question.category])).toEqual([
      [3, 'Ibu kota', 'multiple-choice', 'Kalimantan Tengah/Geografi'],
      [5, 'Kahayan', 'true-false', 'Kalimantan Tengah/Geografi'],
      [9, 'Kelurahan Rakumpit', 'numerical', 'Kalimantan Tengah/Geografi'],
    ]);
    const stored = await bankQuestions(trainer, bankId);
    expect(stored.map((question) => question.name)).toEqual(['Ibu kota', 'Kahayan', 'Kelurahan Rakumpit']);
    // Import formats number choices in authored order; the bank never keeps those ids.
    const choices = stored[0].config['choices'] as Array<{ id: string; text: string; fraction: number }>;
    expect(choices.map((choice) => choice.id).every((id) => /^[a-z0-9]{12}$/.test(id))).toBe(true);
  });

  it('imports Aiken and Moodle XML', async () => {
    const bankId = await createBank(trainer, 'Bank Aiken dan XML');
    const aiken = ['Ibu kota Provinsi Kalimantan Tengah adalah', 'A. Banjarmasin', 'B. Palangka Raya', 'C. Samarinda', 'ANSWER: B', '', 'Rumah adat suku Dayak disebut', 'A) Rumah Betang', 'B) Rumah Gadang', 'ANSWER: A', ''].join('\n');
    expect((await mustSucceed(importInto(trainer, bankId, 'AIKEN', aiken))).importQuestions).toMatchObject({ imported: 2, rejected: [] });
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="truefalse">
    <name><text>Kahayan</text></name>
    <questiontext format="html"><text><![CDATA[<p>Sungai Kahayan melewati Palangka Raya.</p>]]></text></questiontext>
    <defaultgrade>2</defaultgrade>
    <answer fraction="100"><text>true</text><feedback><text>Benar.</text></feedback></answer>
    <answer fraction="0"><text>false</text><feedback><text>Salah.</text></feedback></answer>
  </question>
  <question type="shortanswer">
    <name><text>Sungai terpanjang</text></name>
    <questiontext format="html"><text>Sungai terpanjang di Kalimantan Tengah?</text></questiontext>
    <usecase>0</usecase>
    <answer fraction="100"><text>Barito</text><feedback><text></text></feedback></answer>
  </question>
</quiz>`;
    const report = await mustSucceed(importInto(trainer, bankId, 'MOODLE_XML', xml));
    expect(report.importQuestions).toMatchObject({ imported: 2, rejected: [] });
    const stored = await bankQuestions(trainer, bankId);
    expect(stored.map((question) => [question.type, question.name, question.defaultMark])).toEqual([
      ['multiple-choice', expect.any(String), 1],
      ['multiple-choice', expect.any(String), 1],
      ['true-false', 'Kahayan', 2],
      ['short-answer', 'Sungai terpanjang', 1],
    ]);
    const capital = stored[0].config['choices'] as Array<{ text: string; fraction: number }>;
    expect(capital.find((choice) => choice.fraction === 1)?.text).toBe('Palangka Raya');
  });

  it('exports a bank as GIFT or Moodle XML that imports into a new bank as the same questions', async () => {
    const byName = (questions: AuthoredQuestion[]) => questions.map(comparable).sort((a, b) => a.name.localeCompare(b.name));
    const roundTrip = async (format: 'GIFT' | 'MOODLE_XML', extra: QuestionDraft[]) => {
      const sourceId = await createBank(trainer, `Bank sumber ${format}`);
      const { questionBank } = await mustSucceed(trainer.request<{ questionBank: { categories: Array<{ id: string }> } }>('query($id: ID!) { questionBank(id: $id) { categories { id } } }', { id: sourceId }));
      await mustSucceed(importInto(trainer, sourceId, 'GIFT', GIFT_WITH_ONE_BROKEN, { mode: 'VALID_ONLY' }));
      for (const question of extra) await saveQuestion(trainer, questionBank.categories[0].id, question);
      const file = (await mustSucceed(trainer.request<{ exportQuestions: string }>('query($i: ExportQuestionsInput!) { exportQuestions(input: $i) }', { i: { bankId: sourceId, format } }))).exportQuestions;
      const copyId = await createBank(trainer, `Bank salinan ${format}`);
      const report = await mustSucceed(importInto(trainer, copyId, format, file));
      expect(report.importQuestions).toMatchObject({ imported: 3 + extra.length, rejected: [] });
      expect(byName(await bankQuestions(trainer, copyId))).toEqual(byName(await bankQuestions(trainer, sourceId)));
      return file;
    };
    // GIFT has no syntax for combined feedback or an essay's grader information and word limits.
    const plainChoice = multipleChoice('Rumah adat suku Dayak', 'Rumah Betang', ['Rumah Gadang', 'Honai']);
    const gift = await roundTrip('GIFT', [
      { ...plainChoice, generalFeedback: 'Rumah Betang dihuni beberapa keluarga.', config: { ...plainChoice.config, correctFeedback: '', incorrectFeedback: '' } },
      { ...essay('Jelaskan manfaat musyawarah kelurahan'), config: { minWords: null, maxWords: null, responseTemplate: '', graderInfo: '' } },
    ]);
    expect(gift).toContain('$CATEGORY:');
    await roundTrip('MOODLE_XML', [{ ...plainChoice, generalFeedback: 'Rumah Betang dihuni beberapa keluarga.' }, essay('Jelaskan manfaat musyawarah kelurahan')]);
  });

  describe('with attempts', () => {
    let quiz: QuizCourse;
    const learners: Array<{ client: GraphQLClient; id: string }> = [];

    beforeAll(async () => {
      // The capital question is authored with the wrong choice marked right, to be fixed and regraded.
      const wrongKey = multipleChoice('Ibu kota Provinsi Kalimantan Tengah', 'Banjarmasin', ['Palangka Raya', 'Samarinda']);
      quiz = await createQuizCourse(trainer, 'Kuis Bank Soal', [wrongKey, trueFalse('Sungai Kahayan melewati Kota Palangka Raya', true)], { passingGrade: 50 });
      for (const name of ['Ani Tingang', 'Budi Kameloh', 'Citra Mahaga']) {
        const learnerAccount = await createPerson(admin, ['LEARNER'], name);
        await enrol(learnerAccount.client, quiz.courseId);
        learners.push(learnerAccount);
      }
      // Ani and Budi pick Palangka Raya (marked wrong for now), Citra picks Banjarmasin; only Ani says true.
      const picks: Array<[string, boolean]> = [['Palangka Raya', true], ['Palangka Raya', false], ['Banjarmasin', false]];
      for (const [index, { client }] of learners.entries()) {
        const attempt = await startAttempt(client, quiz.courseId, quiz.activityId);
        const answers = attempt.slots.map((slot) => ({ slot: slot.slot, response: slot.type === 'true-false' ? { value: picks[index][1] } : { choiceIds: [choiceWithText(slot, picks[index][0])] }, sequence: 1 }));
        await mustSucceed(client.request(SUBMIT, { i: { attemptId: attempt.id, answers } }));
      }
    });

    const reviewOf = async (client: GraphQLClient) => {
      const overview = await mustSucceed(client.request<{ quizOverview: { attempts: Array<{ id: string }> } }>(OVERVIEW, { i: { courseId: quiz.courseId, activityId: quiz.activityId } }));
      const attemptId = overview.quizOverview.attempts[0].id;
      return (await mustSucceed(client.request<{ quizReview: Review }>(REVIEW, { id: attemptId }))).quizReview;
    };

    it('gives facility indices and answer frequencies per question', async () => {
      const statistics = await mustSucceed(
        trainer.request<{ quizStatistics: { attempts: number; questions: Array<{ questionId: string; type: string; attempts: number; facilityIndex: number; responses: Array<{ response: string; count: number; fraction: number }> }> } }>(
          'query($i: QuizRefInput!) { quizStatistics(input: $i) { attempts questions { questionId type attempts facilityIndex responses { response count fraction } } } }',
          { i: { courseId: quiz.courseId, activityId: quiz.activityId } },
        ),
      );
      expect(statistics.quizStatistics.attempts).toBe(3);
      const [choice, trueOrFalse] = quiz.questionIds.map((id) => statistics.quizStatistics.questions.find((question) => question.questionId === id)!);
      expect(choice).toMatchObject({ attempts: 3, facilityIndex: 33.33 });
      expect(choice.responses).toEqual([{ response: 'Palangka Raya', count: 2, fraction: 0 }, { response: 'Banjarmasin', count: 1, fraction: 1 }]);
      expect(trueOrFalse).toMatchObject({ attempts: 3, facilityIndex: 33.33 });
      expect(trueOrFalse.responses.map((response) => response.count)).toEqual([2, 1]);
    });

    it('keeps the version an attempt used after a new version is saved, and regrades it on request', async () => {
      const [question] = (await bankQuestions(trainer, quiz.bankId)).filter((candidate) => candidate.id === quiz.questionIds[0]);
      const choices = question.config['choices'] as Array<{ id: string; text: string; fraction: number }>;
      const fixed = await saveQuestion(trainer, quiz.categoryId, {
        id: question.id,
        type: question.type,
        name: question.name,
        text: '<p>Ibu kota Provinsi Kalimantan Tengah (sejak 1957)?</p>',
        config: { ...question.config, choices: choices.map((choice) => ({ ...choice, fraction: choice.text === 'Palangka Raya' ? 1 : 0 })) },
      });
      expect(fixed.versionNumber).toBe(2);
      let review = await reviewOf(learners[0].client);
      const slotOf = (current: typeof review) => current.slots.find((slot) => slot.html.includes('Ibu kota'))!;
      expect(slotOf(review).html).not.toContain('sejak 1957');
      expect(review.marks).toBe(1);

      const regraded = await mustSucceed(trainer.request<{ regradeQuizQuestion: { attemptsRegraded: number; slotsRegraded: number } }>('mutation($i: RegradeQuestionInput!) { regradeQuizQuestion(input: $i) { attemptsRegraded slotsRegraded } }', { i: { courseId: quiz.courseId, activityId: quiz.activityId, questionId: question.id } }));
      expect(regraded.regradeQuizQuestion).toEqual({ attemptsRegraded: 3, slotsRegraded: 3 });
      review = await reviewOf(learners[0].client);
      expect(slotOf(review).html).toContain('sejak 1957');
      expect(review).toMatchObject({ marks: 2, grade: 1, passed: true });
      expect(await reviewOf(learners[2].client)).toMatchObject({ marks: 0, grade: 0 });
    });

    it('writes the gradebook as CSV with a header and a row per learner', async () => {
      const csv = (await mustSucceed(trainer.request<{ courseGradebookCsv: string }>('query($id: ID!) { courseGradebookCsv(courseId: $id) }', { id: quiz.courseId }))).courseGradebookCsv;
      const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
      expect(lines[0]).toBe('Nama,NIP,Status,Progres (%),Kuis uji (%),Kuis uji: lulus,Kuis uji: percobaan');
      expect(lines).toHaveLength(4);
      expect(lines.find((line) => line.startsWith('Ani Tingang'))).toBe('Ani Tingang,,COMPLETED,100.0,100.0,ya,1');
    });

    it('hides the bank, statistics and grading queue from a trainer who does not author the course, and banks from learners', async () => {
      const { client: stranger } = await createPerson(admin, ['TRAINER'], 'Pelatih Lain');
      expect(errorCode(await stranger.request('query($id: ID!) { questionBank(id: $id) { id } }', { id: quiz.bankId }))).toBe('NOT_FOUND');
      expect(errorCode(await stranger.request('query($f: QuestionFilter!) { questions(filter: $f) { id } }', { f: { bankId: quiz.bankId } }))).toBe('NOT_FOUND');
      // A published course is in the catalogue, so its reports answer "forbidden" (CoursePort.assertCanAuthor).
      expect(errorCode(await stranger.request('query($i: QuizRefInput!) { quizStatistics(input: $i) { attempts } }', { i: { courseId: quiz.courseId, activityId: quiz.activityId } }))).toBe('FORBIDDEN');
      expect(errorCode(await stranger.request('query($id: ID!) { quizGradingQueue(courseId: $id) { attemptId } }', { id: quiz.courseId }))).toBe('FORBIDDEN');
      expect(errorCode(await stranger.request('query($id: ID!) { courseGradebookCsv(courseId: $id) }', { id: quiz.courseId }))).toBe('FORBIDDEN');
      expect(errorCode(await learner.request('{ questionBanks { id } }'))).toBe('FORBIDDEN');
      // Nor can the stranger build a quiz in a course of their own over that bank and read its answers there.
      const topics = await stranger.request<{ topics: Array<{ id: string }> }>('{ topics { id } }');
      const own = await mustSucceed(stranger.request<{ createCourse: { id: string } }>('mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }', { i: { title: 'Kursus pelatih lain', summary: 'Uji akses bank soal.', topicId: topics.data!.topics[0].id, competencyType: 'TEKNIS', jpHours: 1, level: 'DASAR' } }));
      const ownModule = await mustSucceed(stranger.request<{ addCourseModule: { modules: Array<{ id: string }> } }>('mutation($i: AddModuleInput!) { addCourseModule(input: $i) { modules { id } } }', { i: { courseId: own.createCourse.id, title: 'Modul' } }));
      const borrowed = await stranger.request('mutation($i: AddActivityInput!) { addActivity(input: $i) { completion } }', {
        i: { moduleId: ownModule.addCourseModule.modules[0].id, type: 'quiz', title: 'Kuis pinjaman', content: { bankId: quiz.bankId, slots: quiz.questionIds.map((questionId) => ({ kind: 'fixed', questionId })) } },
      });
      expect(errorCode(borrowed)).toBe('NOT_FOUND');
      expect(errorCode(await learner.request('query($f: QuestionFilter!) { questions(filter: $f) { id } }', { f: { bankId: quiz.bankId } }))).toBe('FORBIDDEN');
    });
  });

  it('sends an essay to the grading queue and takes the grade from the trainer', async () => {
    const quiz = await createQuizCourse(trainer, 'Kuis Esai', [essay('Jelaskan manfaat musyawarah kelurahan'), trueFalse('Musyawarah melibatkan warga', true)], { passingGrade: 50 });
    const { client } = await createPerson(admin, ['LEARNER'], 'Dedi Bahalap');
    await enrol(client, quiz.courseId);
    const attempt = await startAttempt(client, quiz.courseId, quiz.activityId);
    const answers = attempt.slots.map((slot) => ({ slot: slot.slot, response: slot.type === 'essay' ? { text: 'Musyawarah menyatukan pendapat warga kelurahan.' } : { value: true }, sequence: 1 }));
    const submitted = (await mustSucceed(client.request<{ submitQuizAttempt: Review }>(SUBMIT, { i: { attemptId: attempt.id, answers } }))).submitQuizAttempt;
    expect(submitted).toMatchObject({ status: 'NEEDS_GRADING', grade: null });

    const queue = await mustSucceed(trainer.request<{ quizGradingQueue: Array<{ attemptId: string; slot: number; learnerName: string; responseText: string; graderInfo: string; maxMark: number }> }>('query($id: ID!) { quizGradingQueue(courseId: $id) { attemptId slot learnerName responseText graderInfo maxMark } }', { id: quiz.courseId }));
    const essaySlot = attempt.slots.find((slot) => slot.type === 'essay')!.slot;
    expect(queue.quizGradingQueue).toEqual([{ attemptId: attempt.id, slot: essaySlot, learnerName: 'Dedi Bahalap', responseText: 'Musyawarah menyatukan pendapat warga kelurahan.', graderInfo: expect.stringContaining('RAHASIA-PENILAI'), maxMark: 1 }]);

    const tooHigh = await trainer.request('mutation($i: GradeResponseInput!) { gradeQuizResponse(input: $i) { status } }', { i: { attemptId: attempt.id, slot: essaySlot, mark: 2, comment: '' } });
    expect(tooHigh.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_MARK' });
    const graded = await mustSucceed(trainer.request<{ gradeQuizResponse: Review }>('mutation($i: GradeResponseInput!) { gradeQuizResponse(input: $i) { status marks grade passed slots { slot mark comment } } }', { i: { attemptId: attempt.id, slot: essaySlot, mark: 0.5, comment: 'Cukup baik.' } }));
    expect(graded.gradeQuizResponse).toMatchObject({ status: 'GRADED', marks: 1.5, grade: 0.75, passed: true });
    expect(graded.gradeQuizResponse.slots.find((slot) => slot.slot === essaySlot)).toMatchObject({ mark: 0.5, comment: 'Cukup baik.' });
    expect((await mustSucceed(trainer.request<{ quizGradingQueue: unknown[] }>('query($id: ID!) { quizGradingQueue(courseId: $id) { attemptId } }', { id: quiz.courseId }))).quizGradingQueue).toEqual([]);
    const overview = await mustSucceed(client.request<{ quizOverview: { grade: number; passed: boolean } }>(OVERVIEW, { i: { courseId: quiz.courseId, activityId: quiz.activityId } }));
    expect(overview.quizOverview).toMatchObject({ grade: 0.75, passed: true });
    const outline = await mustSucceed(client.request<{ courseOutline: { completion: number } }>('query($id: ID!) { courseOutline(courseId: $id) { completion } }', { id: quiz.courseId }));
    expect(outline.courseOutline.completion).toBe(1);
  });
});

describe('question import on mariadb', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi('mariadb');
  });
  afterAll(() => api?.stop());

  describeAllOrNothing('mariadb', () => api);
});
