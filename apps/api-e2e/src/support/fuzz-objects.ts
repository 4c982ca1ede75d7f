import { Actor, ACTOR_LOGINS } from './authorization-matrix';
import { ObjectKind, OBJECT_KINDS, RealObjects } from './fuzz-values';
import { GraphQLClient } from './graphql-client';
import { mustSucceed, START, SUBMIT } from './quiz-fixtures';

type Clients = Readonly<Record<Exclude<Actor, 'anonymous'>, GraphQLClient>>;

/**
 * Real objects for the fuzzer to aim at: the demo courses with their modules, activities, banks, categories
 * and questions; the learner's enrolments and quiz attempts (one submitted); two people made for the run
 * (whom people-changing mutations may hit) with unused activation links. Sorted by a stable label, so case
 * n of a seed picks the same object on every run although the ids themselves are new each time.
 */
export async function collectRealObjects(clients: Clients): Promise<RealObjects> {
  const found = new Map<ObjectKind, Array<[string, string]>>(OBJECT_KINDS.map((kind) => [kind, []]));
  const add = (kind: ObjectKind, label: string, id: string) => found.get(kind)!.push([label, id]);
  const { admin, trainer, learner } = clients;

  const directory = await mustSucceed(
    admin.request<{
      users: {
        items: Array<{ id: string; email: string; nip: string | null }>;
      };
      orgUnits: Array<{ id: string; name: string }>;
      institutions: Array<{ id: string; name: string }>;
      topics: Array<{ id: string; code: string }>;
    }>('{ users(page: { offset: 0, limit: 100 }) { items { id email nip } } orgUnits { id name } institutions { id name } topics { id code } }'),
  );
  const demoUsers = directory.users.items.filter((user) => Object.values(ACTOR_LOGINS).includes(user.email));
  demoUsers.forEach((user) => add('user', user.email, user.id));
  directory.orgUnits.forEach((unit) => add('orgUnit', unit.name, unit.id));
  directory.institutions.forEach((institution) => add('institution', institution.name, institution.id));
  directory.topics.forEach((topic) => add('topic', topic.code, topic.id));

  const activationTokens: string[] = [];
  for (const name of ['Fuzz Satu', 'Fuzz Dua']) {
    const created = await mustSucceed(
      admin.request<{
        createUser: { user: { id: string }; activation: { url: string } };
      }>('mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } activation { url } } }', {
        i: {
          name,
          email: `${name.toLowerCase().replace(' ', '.')}.${Date.now().toString(36)}@tunas.test`,
          roles: ['LEARNER'],
        },
      }),
    );
    add('user', name, created.createUser.user.id);
    activationTokens.push(new URL(created.createUser.activation.url).searchParams.get('token')!);
  }

  const activityTypes = new Set<string>(['video']);
  const activityRefs: Array<{
    label: string;
    courseId: string;
    activityId: string;
    type: string;
  }> = [];
  const quizzes: Array<{
    title: string;
    courseId: string;
    activityId: string;
  }> = [];
  const authored = await mustSucceed(
    trainer.request<{
      myAuthoredCourses: Array<{ id: string; title: string }>;
    }>('{ myAuthoredCourses { id title } }'),
  );
  for (const course of authored.myAuthoredCourses) {
    add('course', course.title, course.id);
    const preview = await mustSucceed(
      trainer.request<{
        coursePreview: {
          modules: Array<{
            id: string;
            activities: Array<{ id: string; type: string }>;
          }>;
        };
      }>('query($id: ID!) { coursePreview(courseId: $id) { modules { id activities { id type } } } }', { id: course.id }),
    );
    preview.coursePreview.modules.forEach((module, m) => {
      add('module', `${course.title} ${m}`, module.id);
      module.activities.forEach((activity, a) => {
        add('activity', `${course.title} ${m}.${a}`, activity.id);
        activityTypes.add(activity.type);
        activityRefs.push({
          label: `${course.title} ${m}.${a}`,
          courseId: course.id,
          activityId: activity.id,
          type: activity.type,
        });
        if (activity.type === 'quiz')
          quizzes.push({
            title: course.title,
            courseId: course.id,
            activityId: activity.id,
          });
      });
    });
  }

  const banks = await mustSucceed(
    trainer.request<{
      questionBanks: Array<{
        id: string;
        courseTitle: string | null;
        categories: Array<{ id: string; name: string }>;
      }>;
      questionTypes: Array<{ id: string }>;
    }>('{ questionBanks { id courseTitle categories { id name } } questionTypes { id } }'),
  );
  for (const bank of banks.questionBanks) {
    add('bank', `${bank.courseTitle}`, bank.id);
    bank.categories.forEach((category) => add('category', `${bank.courseTitle} ${category.name}`, category.id));
    const questions = await mustSucceed(
      trainer.request<{ questions: Array<{ id: string; name: string }> }>('query($f: QuestionFilter!) { questions(filter: $f) { id name } }', { f: { bankId: bank.id } }),
    );
    questions.questions.forEach((question) => add('question', `${bank.courseTitle} ${question.name}`, question.id));
  }

  for (const [n, quiz] of quizzes.entries()) {
    await mustSucceed(learner.request('mutation($id: ID!) { enrolInCourse(courseId: $id) { id } }', { id: quiz.courseId }));
    const started = await mustSucceed(
      learner.request<{ startQuizAttempt: { id?: string } }>(START, {
        i: { courseId: quiz.courseId, activityId: quiz.activityId },
      }),
    );
    if (!started.startQuizAttempt.id) continue;
    add('attempt', quiz.title, started.startQuizAttempt.id);
    if (n === 0)
      await mustSucceed(
        learner.request(SUBMIT, {
          i: { attemptId: started.startQuizAttempt.id },
        }),
      );
  }
  const enrolments = await mustSucceed(
    learner.request<{
      myEnrolments: Array<{ id: string; course: { title: string } }>;
    }>('{ myEnrolments { id course { title } } }'),
  );
  enrolments.myEnrolments.forEach((enrolment) => add('enrolment', enrolment.course.title, enrolment.id));

  const sorted = (kind: ObjectKind) =>
    found
      .get(kind)!
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([, id]) => id);
  return {
    ids: Object.fromEntries(OBJECT_KINDS.map((kind) => [kind, sorted(kind)])) as unknown as RealObjects['ids'],
    demoUserIds: demoUsers.map((user) => user.id),
    activationTokens,
    emails: Object.values(ACTOR_LOGINS).sort(),
    nips: directory.users.items
      .map((user) => user.nip)
      .filter((nip): nip is string => !!nip)
      .sort(),
    activityRefs: activityRefs
      .sort((a, b) => a.label.localeCompare(b.label))
      .map(({ courseId, activityId, type }) => ({
        courseId,
        activityId,
        type,
      })),
    activityTypes: [...activityTypes].sort(),
    questionTypes: banks.questionTypes.map((type) => type.id).sort(),
  };
}
