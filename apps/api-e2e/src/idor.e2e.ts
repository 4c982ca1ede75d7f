import { randomUUID } from 'node:crypto';
import { RunningApi, startApi } from './support/api-process';
import { queryDatabase } from './support/database-query';
import { DEMO_PASSWORD, errorCode, GraphQLClient, GraphQLResponse } from './support/graphql-client';
import { Attempt, createQuizCourse, essay, multipleChoice, mustSucceed, QuizCourse, SAVE, startAttempt } from './support/quiz-fixtures';

/** One attempt at somebody else's object: it must be refused with NOT_FOUND or FORBIDDEN. */
interface Probe {
  label: string;
  as: GraphQLClient;
  query: string;
  variables?: Record<string, unknown>;
}

const REFUSALS = ['NOT_FOUND', 'FORBIDDEN'];

// Tables the probes may not change at all; refresh tokens move with every sign-in, which probes do not do.
const UNTOUCHED_EXCEPT = ['refresh_tokens'];

/**
 * Insecure direct object references: with real objects of one person, others who pass the role gate try to
 * read or change them by id. Every probe must be refused and leave every table as it was.
 */
describe('objects of one person, probed by others, on sqlite', () => {
  let api: RunningApi;
  let admin: GraphQLClient;
  let trainer: GraphQLClient;
  let supervisor: GraphQLClient;
  let partner: GraphQLClient;
  let learnerA: Person;
  let learnerB: Person;
  let outsider: Person;
  let otherTrainer: Person;
  let otherPartner: Person;
  let quiz: QuizCourse;
  let attemptOfB: Attempt;
  let enrolmentOfB: string;
  let draftCourseId: string;
  let draftModuleId: string;
  let otherInstitutionDraftId: string;
  let otherInstitutionBankId: string;
  let otherInstitutionCategoryId: string;

  beforeAll(async () => {
    api = await startApi('sqlite');
    const signIn = async (email: string) => {
      const client = new GraphQLClient(api.baseUrl);
      await client.login(email);
      return client;
    };
    admin = await signIn('admin@tunas.test');
    trainer = await signIn('pelatih@tunas.test');
    supervisor = await signIn('pimpinan@tunas.test');
    partner = await signIn('mitra@tunas.test');
    const units = (await mustSucceed(admin.request<{ orgUnits: Array<{ id: string; code: string | null }> }>('{ orgUnits { id code } }'))).orgUnits;
    const unit = (code: string) => units.find((candidate) => candidate.code === code)!.id;

    learnerA = await createPersonWith(admin, 'Rina Anggraini', { roles: ['LEARNER'] });
    learnerB = await createPersonWith(admin, 'Budi Santoso', { roles: ['LEARNER'], orgUnitId: unit('PKY-RKP-PTB') });
    outsider = await createPersonWith(admin, 'Citra Dewanti', { roles: ['LEARNER'], orgUnitId: unit('PKY-BKPSDM') });
    otherTrainer = await createPersonWith(admin, 'Darmawan Tingang', { roles: ['TRAINER'] });
    const institution = await mustSucceed(
      admin.request<{ createInstitution: { id: string } }>('mutation($i: CreateInstitutionInput!) { createInstitution(input: $i) { id } }', { i: { name: 'Politeknik Uji Otorisasi', kind: 'OTHER' } }),
    );
    otherPartner = await createPersonWith(admin, 'Erna Bawin', { roles: ['PARTNER'], institutionId: institution.createInstitution.id });

    quiz = await createQuizCourse(trainer, 'Kursus Uji IDOR', [multipleChoice('Ibu kota Kalimantan Tengah', 'Palangka Raya', ['Banjarmasin', 'Sampit']), essay('Jelaskan tugas kelurahan')]);
    const enrolled = await mustSucceed(
      admin.request<{ enrolUsers: { enrolled: number } }>('mutation($i: EnrolUsersInput!) { enrolUsers(input: $i) { enrolled } }', { i: { courseId: quiz.courseId, userIds: [learnerB.id] } }),
    );
    expect(enrolled.enrolUsers.enrolled).toBe(1);
    enrolmentOfB = (await mustSucceed(learnerB.client.request<{ myEnrolments: Array<{ id: string; courseId: string }> }>('{ myEnrolments { id courseId } }'))).myEnrolments.find(
      (enrolment) => enrolment.courseId === quiz.courseId,
    )!.id;
    attemptOfB = await startAttempt(learnerB.client, quiz.courseId, quiz.activityId);
    const choiceSlot = attemptOfB.slots.find((slot) => slot.view.choices)!;
    await mustSucceed(learnerB.client.request(SAVE, { i: { attemptId: attemptOfB.id, answers: [{ slot: choiceSlot.slot, sequence: 1, response: { choiceIds: [choiceSlot.view.choices![0].id] } }] } }));

    draftCourseId = await createDraftCourse(trainer, 'Draf Uji IDOR');
    draftModuleId = (
      await mustSucceed(
        trainer.request<{ addCourseModule: { modules: Array<{ id: string }> } }>('mutation($i: AddModuleInput!) { addCourseModule(input: $i) { modules { id } } }', { i: { courseId: draftCourseId, title: 'Modul draf' } }),
      )
    ).addCourseModule.modules[0].id;
    otherInstitutionDraftId = await createDraftCourse(otherPartner.client, 'Draf Politeknik');
    const sharedBank = await mustSucceed(
      otherPartner.client.request<{ createQuestionBank: { id: string; categories: Array<{ id: string }> } }>('mutation($i: CreateQuestionBankInput!) { createQuestionBank(input: $i) { id categories { id } } }', {
        i: { name: 'Bank bersama Politeknik' },
      }),
    );
    otherInstitutionBankId = sharedBank.createQuestionBank.id;
    otherInstitutionCategoryId = sharedBank.createQuestionBank.categories[0].id;
  });
  afterAll(() => api?.stop());

  it('shows each object to its owner (so the probes below aim at real objects)', async () => {
    expect((await learnerB.client.request('query($id: ID!) { quizAttempt(id: $id) { id } }', { id: attemptOfB.id })).errors).toEqual([]);
    expect((await learnerB.client.request('query($id: ID!) { courseOutline(courseId: $id) { completion } }', { id: quiz.courseId })).errors).toEqual([]);
    expect((await supervisor.request('query($id: ID!) { user(id: $id) { id } }', { id: learnerB.id })).errors).toEqual([]);
    expect((await trainer.request('query($id: ID!) { questionBank(id: $id) { id } }', { id: quiz.bankId })).errors).toEqual([]);
    expect((await trainer.request('query($id: ID!) { coursePreview(courseId: $id) { completion } }', { id: draftCourseId })).errors).toEqual([]);
    expect((await otherPartner.client.request('query($id: ID!) { course(id: $id) { id } }', { id: otherInstitutionDraftId })).errors).toEqual([]);
  });

  it("keeps learner B's enrolment, progress and quiz attempt from learner A", async () => {
    const a = learnerA.client;
    const ref = { courseId: quiz.courseId, activityId: quiz.activityId };
    await expectAllRefused([
      { label: 'courseOutline of a course only B is in', as: a, query: 'query($id: ID!) { courseOutline(courseId: $id) { completion } }', variables: { id: quiz.courseId } },
      { label: 'quizOverview of a course only B is in', as: a, query: 'query($i: QuizRefInput!) { quizOverview(input: $i) { title } }', variables: { i: ref } },
      { label: "recordActivityProgress in B's course", as: a, query: 'mutation($i: RecordProgressInput!) { recordActivityProgress(input: $i) { completion } }', variables: { i: { ...ref, state: {}, idempotencyKey: randomUUID() } } },
      { label: "quizAttempt of B's attempt", as: a, query: 'query($id: ID!) { quizAttempt(id: $id) { id status } }', variables: { id: attemptOfB.id } },
      { label: "quizReview of B's attempt", as: a, query: 'query($id: ID!) { quizReview(attemptId: $id) { attemptId } }', variables: { id: attemptOfB.id } },
      { label: "saveQuizAnswers into B's attempt", as: a, query: SAVE, variables: { i: { attemptId: attemptOfB.id, answers: [{ slot: 1, sequence: 9, response: { choiceIds: [] } }] } } },
      { label: "submitQuizAttempt of B's attempt", as: a, query: 'mutation($i: SubmitQuizAttemptInput!) { submitQuizAttempt(input: $i) { attemptId } }', variables: { i: { attemptId: attemptOfB.id } } },
      { label: "unenrol B's enrolment", as: a, query: 'mutation($id: ID!) { unenrol(enrolmentId: $id) }', variables: { id: enrolmentOfB } },
      { label: 'user B', as: a, query: 'query($id: ID!) { user(id: $id) { email } }', variables: { id: learnerB.id } },
    ]);
  });

  it("keeps a learner's attempt from the people around them who are not its course's authors", async () => {
    await expectAllRefused([
      { label: "quizReview of B's attempt by B's supervisor", as: supervisor, query: 'query($id: ID!) { quizReview(attemptId: $id) { attemptId } }', variables: { id: attemptOfB.id } },
      { label: "quizAttempt of B's attempt by an admin (nobody answers for somebody else)", as: admin, query: 'query($id: ID!) { quizAttempt(id: $id) { id } }', variables: { id: attemptOfB.id } },
      { label: "saveQuizAnswers into B's attempt by the course's own trainer", as: trainer, query: SAVE, variables: { i: { attemptId: attemptOfB.id, answers: [{ slot: 1, sequence: 9, response: { choiceIds: [] } }] } } },
      { label: "unenrol B's enrolment by B's supervisor", as: supervisor, query: 'mutation($id: ID!) { unenrol(enrolmentId: $id) }', variables: { id: enrolmentOfB } },
      { label: "quizReview of B's attempt by another trainer", as: otherTrainer.client, query: 'query($id: ID!) { quizReview(attemptId: $id) { attemptId } }', variables: { id: attemptOfB.id } },
      { label: "gradeQuizResponse on B's attempt by another trainer", as: otherTrainer.client, query: 'mutation($i: GradeResponseInput!) { gradeQuizResponse(input: $i) { attemptId } }', variables: { i: { attemptId: attemptOfB.id, slot: 2, mark: 1 } } },
    ]);
  });

  it('keeps people outside a supervisor’s unit subtree from them', async () => {
    await expectAllRefused([
      { label: 'user outside the subtree', as: supervisor, query: 'query($id: ID!) { user(id: $id) { email nip } }', variables: { id: outsider.id } },
      { label: 'user: the admin', as: supervisor, query: 'query($id: ID!) { user(id: $id) { email } }', variables: { id: (await mustSucceed(admin.request<{ me: { id: string } }>('{ me { id } }'))).me.id } },
      { label: 'users (search everybody)', as: supervisor, query: '{ users { total } }' },
    ]);
    // Enrolling somebody is answered per line, not as an error: the line says why and nobody is enrolled.
    const before = await snapshot();
    const report = await mustSucceed(
      supervisor.request<{ enrolUsers: { enrolled: number; errors: Array<{ reason: string }> } }>('mutation($i: EnrolUsersInput!) { enrolUsers(input: $i) { enrolled errors { reason } } }', {
        i: { courseId: quiz.courseId, userIds: [outsider.id] },
      }),
    );
    expect(report.enrolUsers).toEqual({ enrolled: 0, errors: [{ reason: 'this person is outside your supervision' }] });
    expect(await snapshot()).toEqual(before);
  });

  it('keeps a course from a trainer who does not author it: no edits, banks, grading, statistics or gradebook', async () => {
    const t = otherTrainer.client;
    const { activities, modules } = await authoredIds(trainer, quiz.courseId);
    const questionId = quiz.questionIds[0];
    const own = await mustSucceed(t.request<{ createQuestionBank: { categories: Array<{ id: string }> } }>('mutation($i: CreateQuestionBankInput!) { createQuestionBank(input: $i) { categories { id } } }', { i: { name: 'Bank sendiri' } }));
    const ownCategoryId = own.createQuestionBank.categories[0].id;
    await expectAllRefused([
      { label: 'updateCourse (published)', as: t, query: 'mutation($i: UpdateCourseInput!) { updateCourse(input: $i) { id } }', variables: { i: { id: quiz.courseId, version: 1, title: 'Diambil alih' } } },
      { label: 'updateCourse (draft)', as: t, query: 'mutation($i: UpdateCourseInput!) { updateCourse(input: $i) { id } }', variables: { i: { id: draftCourseId, version: 1, title: 'Diambil alih' } } },
      { label: 'course (draft)', as: t, query: 'query($id: ID!) { course(id: $id) { title } }', variables: { id: draftCourseId } },
      { label: 'coursePreview (draft)', as: t, query: 'query($id: ID!) { coursePreview(courseId: $id) { completion } }', variables: { id: draftCourseId } },
      { label: 'coursePreview (published)', as: t, query: 'query($id: ID!) { coursePreview(courseId: $id) { completion } }', variables: { id: quiz.courseId } },
      { label: 'addCourseModule', as: t, query: 'mutation($i: AddModuleInput!) { addCourseModule(input: $i) { completion } }', variables: { i: { courseId: quiz.courseId, title: 'Modul liar' } } },
      { label: 'updateCourseModule', as: t, query: 'mutation($i: UpdateModuleInput!) { updateCourseModule(input: $i) { completion } }', variables: { i: { id: modules[0], title: 'Modul liar' } } },
      { label: 'removeCourseModule', as: t, query: 'mutation($id: ID!) { removeCourseModule(id: $id) { completion } }', variables: { id: draftModuleId } },
      { label: 'addActivity (published)', as: t, query: 'mutation($i: AddActivityInput!) { addActivity(input: $i) { completion } }', variables: { i: { moduleId: modules[0], type: 'page', title: 'Liar', content: { markdown: 'Liar' } } } },
      { label: 'addActivity (draft)', as: t, query: 'mutation($i: AddActivityInput!) { addActivity(input: $i) { completion } }', variables: { i: { moduleId: draftModuleId, type: 'page', title: 'Liar', content: { markdown: 'Liar' } } } },
      { label: 'updateActivity', as: t, query: 'mutation($i: UpdateActivityInput!) { updateActivity(input: $i) { completion } }', variables: { i: { id: activities[0], title: 'Liar' } } },
      { label: 'removeActivity', as: t, query: 'mutation($id: ID!) { removeActivity(id: $id) { completion } }', variables: { id: activities[0] } },
      { label: 'addCourseTrainer (themself)', as: t, query: 'mutation($c: ID!, $u: ID!) { addCourseTrainer(courseId: $c, userId: $u) { id } }', variables: { c: quiz.courseId, u: otherTrainer.id } },
      { label: 'publishCourse (draft)', as: t, query: 'mutation($id: ID!) { publishCourse(courseId: $id) { id } }', variables: { id: draftCourseId } },
      { label: 'questionBanks of the course', as: t, query: 'query($id: ID) { questionBanks(courseId: $id) { id } }', variables: { id: quiz.courseId } },
      { label: 'questionBank', as: t, query: 'query($id: ID!) { questionBank(id: $id) { id } }', variables: { id: quiz.bankId } },
      { label: 'questions', as: t, query: 'query($f: QuestionFilter!) { questions(filter: $f) { id } }', variables: { f: { bankId: quiz.bankId } } },
      { label: 'question', as: t, query: 'query($id: ID!) { question(id: $id) { id config } }', variables: { id: questionId } },
      { label: 'previewQuestion', as: t, query: 'query($i: PreviewQuestionInput!) { previewQuestion(input: $i) { html rightAnswer } }', variables: { i: { questionId } } },
      { label: 'exportQuestions', as: t, query: 'query($i: ExportQuestionsInput!) { exportQuestions(input: $i) }', variables: { i: { bankId: quiz.bankId, format: 'GIFT' } } },
      { label: 'createQuestionBank in the course', as: t, query: 'mutation($i: CreateQuestionBankInput!) { createQuestionBank(input: $i) { id } }', variables: { i: { name: 'Liar', courseId: quiz.courseId } } },
      { label: 'createQuestionCategory', as: t, query: 'mutation($i: CreateQuestionCategoryInput!) { createQuestionCategory(input: $i) { id } }', variables: { i: { bankId: quiz.bankId, name: 'Liar' } } },
      { label: 'renameQuestionCategory', as: t, query: 'mutation($i: RenameQuestionCategoryInput!) { renameQuestionCategory(input: $i) { id } }', variables: { i: { id: quiz.categoryId, name: 'Liar' } } },
      { label: 'deleteQuestionCategory', as: t, query: 'mutation($id: ID!) { deleteQuestionCategory(id: $id) }', variables: { id: quiz.categoryId } },
      { label: 'saveQuestion (new version)', as: t, query: 'mutation($i: SaveQuestionInput!) { saveQuestion(input: $i) { id } }', variables: { i: { ...essay('Liar'), categoryId: quiz.categoryId, id: questionId } } },
      { label: 'saveQuestion (their own category, somebody else’s question)', as: t, query: 'mutation($i: SaveQuestionInput!) { saveQuestion(input: $i) { id } }', variables: { i: { ...essay('Liar'), categoryId: ownCategoryId, id: questionId } } },
      { label: 'deleteQuestion', as: t, query: 'mutation($id: ID!) { deleteQuestion(id: $id) }', variables: { id: questionId } },
      { label: 'importQuestions', as: t, query: 'mutation($i: ImportQuestionsInput!) { importQuestions(input: $i) { imported } }', variables: { i: { bankId: quiz.bankId, format: 'AIKEN', content: 'Soal?\nA. Ya\nB. Tidak\nANSWER: A\n' } } },
      { label: 'quizGradingQueue', as: t, query: 'query($id: ID!) { quizGradingQueue(courseId: $id) { attemptId } }', variables: { id: quiz.courseId } },
      { label: 'regradeQuizQuestion', as: t, query: 'mutation($i: RegradeQuestionInput!) { regradeQuizQuestion(input: $i) { attemptsRegraded } }', variables: { i: { courseId: quiz.courseId, activityId: quiz.activityId, questionId } } },
      { label: 'quizStatistics', as: t, query: 'query($i: QuizRefInput!) { quizStatistics(input: $i) { attempts } }', variables: { i: { courseId: quiz.courseId, activityId: quiz.activityId } } },
      { label: 'courseGradebook', as: t, query: 'query($id: ID!) { courseGradebook(courseId: $id) { courseId } }', variables: { id: quiz.courseId } },
      { label: 'courseGradebookCsv', as: t, query: 'query($id: ID!) { courseGradebookCsv(courseId: $id) }', variables: { id: quiz.courseId } },
    ]);
    const lists = await mustSucceed(t.request<{ myAuthoredCourses: Array<{ id: string }>; questionBanks: Array<{ id: string }> }>('{ myAuthoredCourses { id } questionBanks { id } }'));
    expect(lists.myAuthoredCourses.map((course) => course.id)).not.toEqual(expect.arrayContaining([quiz.courseId]));
    expect(lists.questionBanks.map((bank) => bank.id)).not.toContain(quiz.bankId);
  });

  it("keeps another institution's drafts from partner staff, and its shared bank read-only", async () => {
    await expectAllRefused([
      { label: 'course (draft of another institution)', as: partner, query: 'query($id: ID!) { course(id: $id) { title } }', variables: { id: otherInstitutionDraftId } },
      { label: 'coursePreview', as: partner, query: 'query($id: ID!) { coursePreview(courseId: $id) { completion } }', variables: { id: otherInstitutionDraftId } },
      { label: 'updateCourse', as: partner, query: 'mutation($i: UpdateCourseInput!) { updateCourse(input: $i) { id } }', variables: { i: { id: otherInstitutionDraftId, version: 1, title: 'Diambil alih' } } },
      { label: 'addCourseModule', as: partner, query: 'mutation($i: AddModuleInput!) { addCourseModule(input: $i) { completion } }', variables: { i: { courseId: otherInstitutionDraftId, title: 'Liar' } } },
      { label: 'questionBanks of the draft', as: partner, query: 'query($id: ID) { questionBanks(courseId: $id) { id } }', variables: { id: otherInstitutionDraftId } },
      { label: 'createQuestionBank in the draft', as: partner, query: 'mutation($i: CreateQuestionBankInput!) { createQuestionBank(input: $i) { id } }', variables: { i: { name: 'Liar', courseId: otherInstitutionDraftId } } },
      { label: "createQuestionCategory in the other institution's shared bank", as: partner, query: 'mutation($i: CreateQuestionCategoryInput!) { createQuestionCategory(input: $i) { id } }', variables: { i: { bankId: otherInstitutionBankId, name: 'Liar' } } },
      { label: "saveQuestion into the other institution's shared bank", as: partner, query: 'mutation($i: SaveQuestionInput!) { saveQuestion(input: $i) { id } }', variables: { i: { ...essay('Liar'), categoryId: otherInstitutionCategoryId } } },
      { label: "renameQuestionCategory of the other institution's shared bank", as: partner, query: 'mutation($i: RenameQuestionCategoryInput!) { renameQuestionCategory(input: $i) { id } }', variables: { i: { id: otherInstitutionCategoryId, name: 'Liar' } } },
    ]);
    const authored = await mustSucceed(partner.request<{ myAuthoredCourses: Array<{ id: string }> }>('{ myAuthoredCourses { id } }'));
    expect(authored.myAuthoredCourses.map((course) => course.id)).not.toContain(otherInstitutionDraftId);
  });

  it("refuses a quiz in a trainer's own course that draws on the bank of a course they do not author", async () => {
    const t = otherTrainer.client;
    const courseId = await createDraftCourse(t, 'Kursus Peminjam Bank');
    const added = await mustSucceed(t.request<{ addCourseModule: { modules: Array<{ id: string }> } }>('mutation($i: AddModuleInput!) { addCourseModule(input: $i) { modules { id } } }', { i: { courseId, title: 'Modul' } }));
    const content = { bankId: quiz.bankId, slots: quiz.questionIds.map((questionId) => ({ kind: 'fixed', questionId })), shuffleAnswers: true, questionsPerPage: 0, passingGrade: 70 };
    await expectAllRefused([
      {
        label: 'addActivity quiz over a foreign bank',
        as: t,
        query: 'mutation($i: AddActivityInput!) { addActivity(input: $i) { completion } }',
        variables: { i: { moduleId: added.addCourseModule.modules[0].id, type: 'quiz', title: 'Kuis pinjaman', content } },
      },
    ]);
  });

  async function expectAllRefused(probes: Probe[]): Promise<void> {
    const before = await snapshot();
    const accepted: string[] = [];
    for (const probe of probes) {
      const response = await probe.as.request(probe.query, probe.variables ?? {});
      if (!refused(response)) accepted.push(`${probe.label}: ${response.raw.slice(0, 300)}`);
    }
    expect(accepted).toEqual([]);
    expect(await snapshot()).toEqual(before);
  }

  /** Every row of every table but the session ones, to show that refused probes changed nothing. */
  async function snapshot(): Promise<Record<string, unknown[]>> {
    const tables = await queryDatabase<{ name: string }>(api, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    const rows: Record<string, unknown[]> = {};
    for (const { name } of tables.filter((table) => !UNTOUCHED_EXCEPT.includes(table.name))) rows[name] = await queryDatabase(api, `SELECT * FROM "${name}" ORDER BY 1`);
    return rows;
  }
});

interface Person {
  id: string;
  client: GraphQLClient;
}

let people = 0;

/** A person made by an admin with the given placement, activated through the one-time link and signed in. */
async function createPersonWith(admin: GraphQLClient, name: string, input: { roles: string[]; orgUnitId?: string; institutionId?: string }): Promise<Person> {
  people++;
  const email = `idor.${people}.${Date.now().toString(36)}@tunas.test`;
  const created = await mustSucceed(
    admin.request<{ createUser: { user: { id: string }; activation: { url: string } } }>('mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } activation { url } } }', { i: { name, email, ...input } }),
  );
  const client = new GraphQLClient(admin.baseUrl);
  const token = new URL(created.createUser.activation.url).searchParams.get('token');
  await mustSucceed(client.request('mutation($i: ActivateAccountInput!) { activateAccount(input: $i) { accessToken } }', { i: { token, password: DEMO_PASSWORD } }));
  await client.login(email);
  return { id: created.createUser.user.id, client };
}

async function createDraftCourse(author: GraphQLClient, title: string): Promise<string> {
  const topics = await mustSucceed(author.request<{ topics: Array<{ id: string }> }>('{ topics { id } }'));
  const created = await mustSucceed(
    author.request<{ createCourse: { id: string } }>('mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }', {
      i: { title, summary: 'Kursus uji untuk pemeriksaan akses.', topicId: topics.topics[0].id, competencyType: 'TEKNIS', jpHours: 1, level: 'DASAR' },
    }),
  );
  return created.createCourse.id;
}

async function authoredIds(author: GraphQLClient, courseId: string): Promise<{ modules: string[]; activities: string[] }> {
  const preview = await mustSucceed(
    author.request<{ coursePreview: { modules: Array<{ id: string; activities: Array<{ id: string }> }> } }>('query($id: ID!) { coursePreview(courseId: $id) { modules { id activities { id } } } }', { id: courseId }),
  );
  return { modules: preview.coursePreview.modules.map((module) => module.id), activities: preview.coursePreview.modules.flatMap((module) => module.activities.map((activity) => activity.id)) };
}

function refused(response: GraphQLResponse<unknown>): boolean {
  return REFUSALS.includes(errorCode(response) ?? '') && response.data === null;
}
