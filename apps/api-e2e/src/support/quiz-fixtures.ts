import { DEMO_PASSWORD, GraphQLClient } from './graphql-client';

/** A question as a trainer saves it (SaveQuestionInput without the category). */
export interface QuestionDraft {
  type: string;
  name: string;
  text: string;
  config: Record<string, unknown>;
  defaultMark?: number;
  generalFeedback?: string;
}

export interface QuizCourse {
  courseId: string;
  moduleId: string;
  bankId: string;
  categoryId: string;
  questionIds: string[];
  activityId: string;
}

export const QUESTION_FIELDS = 'id bankId categoryId versionId versionNumber type name text textFormat generalFeedback defaultMark config tags';

export interface AuthoredQuestion {
  id: string;
  versionId: string;
  versionNumber: number;
  type: string;
  name: string;
  text: string;
  textFormat: string;
  generalFeedback: string;
  defaultMark: number;
  config: Record<string, unknown>;
  tags: string[];
}

let people = 0;

/** A new person made by an admin, activated through the one-time link and signed in. */
export async function createPerson(admin: GraphQLClient, roles: string[], name: string): Promise<{ client: GraphQLClient; id: string }> {
  people++;
  const email = `uji.${roles[0].toLowerCase()}.${people}.${Date.now().toString(36)}@tunas.test`;
  const created = await admin.request<{ createUser: { user: { id: string }; activation: { url: string } } }>(
    'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } activation { url } } }',
    { i: { name, email, roles } },
  );
  if (!created.data) throw new Error(`createUser failed: ${created.raw}`);
  const client = new GraphQLClient(admin.baseUrl);
  const token = new URL(created.data.createUser.activation.url).searchParams.get('token');
  const activated = await client.request('mutation($i: ActivateAccountInput!) { activateAccount(input: $i) { accessToken } }', { i: { token, password: DEMO_PASSWORD } });
  if (activated.errors.length) throw new Error(`activateAccount failed: ${activated.raw}`);
  await client.login(email);
  return { client, id: created.data.createUser.user.id };
}

/**
 * A published course with one module whose only activity is a quiz over the given questions (all fixed
 * slots, in order), authored through the API as a trainer would.
 */
export async function createQuizCourse(author: GraphQLClient, title: string, questions: QuestionDraft[], settings: Record<string, unknown> = {}): Promise<QuizCourse> {
  const topics = await author.request<{ topics: Array<{ id: string }> }>('{ topics { id } }');
  const course = await mustSucceed(
    author.request<{ createCourse: { id: string } }>('mutation($i: CreateCourseInput!) { createCourse(input: $i) { id } }', {
      i: { title, summary: 'Kursus uji untuk mesin kuis.', topicId: topics.data!.topics[0].id, competencyType: 'TEKNIS', jpHours: 1, level: 'DASAR' },
    }),
  );
  const courseId = course.createCourse.id;
  const withModule = await mustSucceed(
    author.request<{ addCourseModule: { modules: Array<{ id: string }> } }>('mutation($i: AddModuleInput!) { addCourseModule(input: $i) { modules { id } } }', { i: { courseId, title: 'Modul kuis' } }),
  );
  const moduleId = withModule.addCourseModule.modules[0].id;
  const bank = await mustSucceed(
    author.request<{ createQuestionBank: { id: string; categories: Array<{ id: string }> } }>('mutation($i: CreateQuestionBankInput!) { createQuestionBank(input: $i) { id categories { id } } }', {
      i: { name: `Bank ${title}`, courseId },
    }),
  );
  const bankId = bank.createQuestionBank.id;
  const categoryId = bank.createQuestionBank.categories[0].id;
  const questionIds: string[] = [];
  for (const question of questions) questionIds.push((await saveQuestion(author, categoryId, question)).id);
  const content = { bankId, slots: questionIds.map((questionId) => ({ kind: 'fixed', questionId })), shuffleAnswers: true, questionsPerPage: 0, passingGrade: 70, ...settings };
  const added = await mustSucceed(
    author.request<{ addActivity: { modules: Array<{ activities: Array<{ id: string; type: string }> }> } }>('mutation($i: AddActivityInput!) { addActivity(input: $i) { modules { activities { id type } } } }', {
      i: { moduleId, type: 'quiz', title: 'Kuis uji', content },
    }),
  );
  const activityId = added.addActivity.modules[0].activities.find((activity) => activity.type === 'quiz')!.id;
  await mustSucceed(author.request('mutation($id: ID!) { publishCourse(courseId: $id) { status } }', { id: courseId }));
  return { courseId, moduleId, bankId, categoryId, questionIds, activityId };
}

export async function saveQuestion(author: GraphQLClient, categoryId: string, question: QuestionDraft & { id?: string }): Promise<AuthoredQuestion> {
  const saved = await mustSucceed(
    author.request<{ saveQuestion: AuthoredQuestion }>(`mutation($i: SaveQuestionInput!) { saveQuestion(input: $i) { ${QUESTION_FIELDS} } }`, { i: { categoryId, ...question } }),
  );
  return saved.saveQuestion;
}

export async function bankQuestions(author: GraphQLClient, bankId: string): Promise<AuthoredQuestion[]> {
  const result = await mustSucceed(author.request<{ questions: AuthoredQuestion[] }>(`query($f: QuestionFilter!) { questions(filter: $f) { ${QUESTION_FIELDS} } }`, { f: { bankId } }));
  return result.questions;
}

export async function enrol(learner: GraphQLClient, courseId: string): Promise<void> {
  await mustSucceed(learner.request('mutation($id: ID!) { enrolInCourse(courseId: $id) { id } }', { id: courseId }));
}

export async function mustSucceed<T>(pending: Promise<{ data: T | null; errors: unknown[]; raw: string }>): Promise<T> {
  const response = await pending;
  if (response.errors.length || !response.data) throw new Error(`GraphQL request failed: ${response.raw}`);
  return response.data;
}

/** Single-answer multiple choice: the right choice is authored first with id "a1", as import formats number them. */
export function multipleChoice(name: string, right: string, wrong: string[]): QuestionDraft {
  return {
    type: 'multiple-choice',
    name,
    text: `<p>${name}?</p>`,
    config: {
      single: true,
      shuffleAnswers: true,
      choices: [
        { id: 'a1', text: right, fraction: 1, feedback: `RAHASIA-UMPAN-BALIK benar ${name}` },
        ...wrong.map((text, index) => ({ id: `a${index + 2}`, text, fraction: 0, feedback: `RAHASIA-UMPAN-BALIK salah ${name}` })),
      ],
      correctFeedback: 'RAHASIA-UMPAN-BALIK tepat sekali',
      partiallyCorrectFeedback: '',
      incorrectFeedback: 'RAHASIA-UMPAN-BALIK belum tepat',
    },
  };
}

export function trueFalse(name: string, correct: boolean): QuestionDraft {
  return { type: 'true-false', name, text: `<p>${name}</p>`, config: { correct, trueFeedback: 'RAHASIA-UMPAN-BALIK benar/salah', falseFeedback: 'RAHASIA-UMPAN-BALIK salah/benar' } };
}

export function essay(name: string): QuestionDraft {
  return { type: 'essay', name, text: `<p>${name}</p>`, config: { minWords: null, maxWords: 500, responseTemplate: '', graderInfo: 'RAHASIA-PENILAI jawaban yang baik menyebut musyawarah' } };
}

export const QUIZ_REF = 'courseId activityId';
export const ATTEMPT_FIELDS = 'id number status deadlineAt submittedAt serverNow slots { slot type maxMark html view response sequence flagged answered }';
export const REVIEW_FIELDS = 'attemptId status autoSubmitted showsScore marks maxMarks grade passed slots { slot type html maxMark response responseSummary mark state feedback generalFeedback rightAnswer comment }';

export interface AttemptSlot {
  slot: number;
  type: string;
  maxMark: number;
  html: string;
  view: { choices?: Array<{ id: string; text: string }> } & Record<string, unknown>;
  response: unknown;
  sequence: number;
  flagged: boolean;
  answered: boolean;
}

export interface Attempt {
  id: string;
  number: number;
  status: string;
  deadlineAt: string | null;
  submittedAt: string | null;
  slots: AttemptSlot[];
}

export interface ReviewSlot {
  slot: number;
  html: string;
  mark: number | null;
  state: string | null;
  feedback: string[] | null;
  rightAnswer: unknown;
  response: unknown;
}

export interface Review {
  attemptId: string;
  status: string;
  autoSubmitted: boolean;
  showsScore: boolean;
  marks: number | null;
  maxMarks: number;
  grade: number | null;
  passed: boolean | null;
  slots: ReviewSlot[];
}

export const START = `mutation($i: QuizRefInput!) { startQuizAttempt(input: $i) { __typename ... on QuizAttempt { ${ATTEMPT_FIELDS} } ... on QuizUnavailable { reason message } } }`;
export const SAVE = 'mutation($i: SaveQuizAnswersInput!) { saveQuizAnswers(input: $i) { attemptId status timeUp saved { slot sequence accepted } } }';
export const SUBMIT = `mutation($i: SubmitQuizAttemptInput!) { submitQuizAttempt(input: $i) { ${REVIEW_FIELDS} } }`;
export const ATTEMPT = `query($id: ID!) { quizAttempt(id: $id) { ${ATTEMPT_FIELDS} } }`;
export const REVIEW = `query($id: ID!) { quizReview(attemptId: $id) { ${REVIEW_FIELDS} } }`;
export const OVERVIEW = 'query($i: QuizRefInput!) { quizOverview(input: $i) { title questionCount canStart unavailableReason openAttemptId grade passed attempts { id number status grade reviewable } } }';

export async function startAttempt(learner: GraphQLClient, courseId: string, activityId: string): Promise<Attempt> {
  const started = await mustSucceed(learner.request<{ startQuizAttempt: Attempt & { __typename: string } }>(START, { i: { courseId, activityId } }));
  if (started.startQuizAttempt.__typename !== 'QuizAttempt') throw new Error(`The quiz did not start: ${JSON.stringify(started.startQuizAttempt)}`);
  return started.startQuizAttempt;
}

/** The choice id a learner must send to pick the choice with this (plain) text. */
export function choiceWithText(slot: AttemptSlot, text: string): string {
  const choice = slot.view.choices?.find((candidate) => candidate.text === text);
  if (!choice) throw new Error(`No choice "${text}" in ${JSON.stringify(slot.view)}`);
  return choice.id;
}
