import { DEMO_PASSWORD } from './graphql-client';

/**
 * Who may call what: every GraphQL query and mutation, and the HTTP endpoints beside /graphql, with the outcome
 * each demo actor must get. The role gate comes from the resolver decorators (@Public, @Authenticated,
 * @RequireRoles); where the role passes but the object decides, the row names the relationships that let an
 * actor through. authorization-matrix.e2e.ts checks the gate for every row against the running API and fails
 * when the schema and this file disagree; idor.e2e.ts checks the relationships with real objects.
 */

export const ACTORS = ['anonymous', 'learner', 'trainer', 'partner', 'supervisor', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];

/** Demo accounts (TUNAS_MODE=demo seeds them). The trainer authors the three demo courses. */
export const ACTOR_LOGINS: Record<Exclude<Actor, 'anonymous'>, string> = {
  learner: 'pelajar@tunas.test', // LEARNER, in Kelurahan Petuk Barunai, reports to pimpinan
  trainer: 'pelatih@tunas.test', // TRAINER + LEARNER
  partner: 'mitra@tunas.test', // PARTNER, staff of Universitas Palangka Raya
  supervisor: 'pimpinan@tunas.test', // SUPERVISOR + LEARNER, heads Kecamatan Rakumpit
  admin: 'admin@tunas.test', // ADMIN
};

/**
 * What lets an actor through an object check:
 * - self: the signed-in person themself
 * - own: an object the caller owns (their enrolment, their quiz attempt)
 * - enrolled: a course the caller is enrolled in
 * - published: any published course (the catalogue)
 * - course-author: a course (or a course's question bank) the caller trains or co-authors
 * - institution: a course or bank owned by the partner's institution
 * - shared-bank: a question bank without a course (readable by every trainer and partner)
 * - bank-creator: a shared bank the caller created
 * - shared-material: a library material its institution shared with trainers (not archived)
 * - subtree / direct-report: a person in the supervisor's unit subtree, or reporting to them directly
 * - any: every object of the kind (admins)
 */
export type Relationship = 'self' | 'own' | 'enrolled' | 'published' | 'course-author' | 'institution' | 'shared-bank' | 'bank-creator' | 'shared-material' | 'subtree' | 'direct-report' | 'any';

export interface ObjectCheck {
  readonly object: readonly Relationship[];
}

/** ALLOW and object checks: no UNAUTHENTICATED or FORBIDDEN from the role gate (dummy ids answer NOT_FOUND). */
export type Outcome = 'ALLOW' | 'UNAUTHENTICATED' | 'FORBIDDEN' | ObjectCheck;

export type ActorOutcomes = Readonly<Record<Actor, Outcome>>;

export interface OperationRule {
  /** The decorator on the resolver method, for the reader. */
  readonly gate: string;
  readonly outcomes: ActorOutcomes;
  /** Arguments to send instead of generated dummies. */
  readonly arguments?: Record<string, unknown>;
  /** Domain refusals (extensions.reason) that dummy arguments legitimately cause even though the gate passed. */
  readonly dummyRefusals?: readonly string[];
  /** Runs after every other operation (it ends the caller's session). */
  readonly runLast?: boolean;
}

export const objectCheck = (...relationships: Relationship[]): ObjectCheck => ({ object: relationships });

const A = 'ALLOW';
const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';

const PUBLIC = '@Public()';
const AUTHENTICATED = '@Authenticated()';
const AUTHORS = '@RequireRoles(TRAINER, PARTNER, ADMIN)';
const ADMINS = '@RequireRoles(ADMIN)';
const ENROLLERS = '@RequireRoles(ADMIN, SUPERVISOR)';

const EVERYONE: ActorOutcomes = { anonymous: A, learner: A, trainer: A, partner: A, supervisor: A, admin: A };
const SIGNED_IN: ActorOutcomes = { anonymous: U, learner: A, trainer: A, partner: A, supervisor: A, admin: A };
const ADMIN_ONLY: ActorOutcomes = { anonymous: U, learner: F, trainer: F, partner: F, supervisor: F, admin: A };
const ANY_AUTHOR: ActorOutcomes = { anonymous: U, learner: F, trainer: A, partner: A, supervisor: F, admin: A };

/** Courses (and course-scoped reports) their authors may use. */
const COURSE_AUTHORS: ActorOutcomes = {
  anonymous: U,
  learner: F,
  trainer: objectCheck('course-author'),
  partner: objectCheck('course-author', 'institution'),
  supervisor: F,
  admin: objectCheck('any'),
};

const BANK_READERS: ActorOutcomes = {
  anonymous: U,
  learner: F,
  trainer: objectCheck('course-author', 'shared-bank'),
  partner: objectCheck('course-author', 'institution', 'shared-bank'),
  supervisor: F,
  admin: objectCheck('any'),
};

const BANK_EDITORS: ActorOutcomes = {
  anonymous: U,
  learner: F,
  trainer: objectCheck('course-author', 'bank-creator'),
  partner: objectCheck('course-author', 'institution', 'bank-creator'),
  supervisor: F,
  admin: objectCheck('any'),
};

/** A learner's own things; admins are no exception for quiz attempts (nobody answers for someone else). */
const OWN_ONLY: ActorOutcomes = {
  anonymous: U,
  learner: objectCheck('own'),
  trainer: objectCheck('own'),
  partner: objectCheck('own'),
  supervisor: objectCheck('own'),
  admin: objectCheck('own'),
};

const ENROLLED_ONLY: ActorOutcomes = {
  anonymous: U,
  learner: objectCheck('enrolled'),
  trainer: objectCheck('enrolled'),
  partner: objectCheck('enrolled'),
  supervisor: objectCheck('enrolled'),
  admin: objectCheck('enrolled'),
};

/** People a supervisor oversees (unit subtree and direct reports); admins see everyone. */
const SUPERVISORS_OF_PEOPLE: ActorOutcomes = { anonymous: U, learner: F, trainer: F, partner: F, supervisor: objectCheck('subtree', 'direct-report'), admin: objectCheck('any') };

const LIBRARY_MANAGERS = '@RequireRoles(PARTNER, ADMIN)';

/** Library materials: the partner's institution's, shared ones for trainers, all for admins. */
const MATERIAL_READERS: ActorOutcomes = { anonymous: U, learner: F, trainer: objectCheck('shared-material'), partner: objectCheck('institution'), supervisor: F, admin: objectCheck('any') };
const MATERIAL_MANAGERS: ActorOutcomes = { anonymous: U, learner: F, trainer: F, partner: objectCheck('institution'), supervisor: F, admin: objectCheck('any') };

const PUBLISHED_COURSES: ActorOutcomes = {
  anonymous: U,
  learner: objectCheck('published'),
  trainer: objectCheck('published'),
  partner: objectCheck('published'),
  supervisor: objectCheck('published'),
  admin: objectCheck('published'),
};

export const QUERY_MATRIX: Readonly<Record<string, OperationRule>> = {
  // identity
  me: { gate: AUTHENTICATED, outcomes: SIGNED_IN },
  user: {
    gate: AUTHENTICATED,
    outcomes: { anonymous: U, learner: objectCheck('self'), trainer: objectCheck('self'), partner: objectCheck('self'), supervisor: objectCheck('self', 'subtree', 'direct-report'), admin: objectCheck('any') },
  },
  users: { gate: ADMINS, outcomes: ADMIN_ONLY },
  orgUnits: { gate: AUTHENTICATED, outcomes: SIGNED_IN },
  institutions: { gate: AUTHENTICATED, outcomes: SIGNED_IN },
  // catalogue and learning
  topics: { gate: AUTHENTICATED, outcomes: SIGNED_IN },
  courses: { gate: AUTHENTICATED, outcomes: SIGNED_IN },
  course: {
    gate: AUTHENTICATED,
    outcomes: {
      anonymous: U,
      learner: objectCheck('published'),
      trainer: objectCheck('published', 'course-author'),
      partner: objectCheck('published', 'course-author', 'institution'),
      supervisor: objectCheck('published'),
      admin: objectCheck('any'),
    },
  },
  myAuthoredCourses: { gate: AUTHORS, outcomes: ANY_AUTHOR },
  coursePreview: { gate: AUTHORS, outcomes: COURSE_AUTHORS },
  courseOutline: { gate: AUTHENTICATED, outcomes: ENROLLED_ONLY },
  myEnrolments: { gate: AUTHENTICATED, outcomes: SIGNED_IN },
  // certificates
  myCertificates: { gate: AUTHENTICATED, outcomes: SIGNED_IN },
  certificate: {
    gate: AUTHENTICATED,
    outcomes: {
      anonymous: U,
      learner: objectCheck('own'),
      trainer: objectCheck('own', 'course-author'),
      partner: objectCheck('own', 'course-author', 'institution'),
      supervisor: objectCheck('own', 'subtree', 'direct-report'),
      admin: objectCheck('any'),
    },
  },
  verifyCertificate: { gate: PUBLIC, outcomes: EVERYONE },
  certificates: { gate: ADMINS, outcomes: ADMIN_ONLY },
  certificateTemplates: { gate: ADMINS, outcomes: ADMIN_ONLY },
  certificateTemplateGuide: { gate: ADMINS, outcomes: ADMIN_ONLY },
  // supervision and recognition
  supervisionDashboard: { gate: ENROLLERS, outcomes: SUPERVISORS_OF_PEOPLE },
  supervisedPeople: { gate: ENROLLERS, outcomes: SUPERVISORS_OF_PEOPLE },
  supervisedPerson: { gate: ENROLLERS, outcomes: SUPERVISORS_OF_PEOPLE },
  supervisionExport: { gate: ENROLLERS, outcomes: SUPERVISORS_OF_PEOPLE },
  myNotifications: { gate: AUTHENTICATED, outcomes: SIGNED_IN },
  myBadges: { gate: AUTHENTICATED, outcomes: SIGNED_IN },
  unitLeaderboard: {
    gate: AUTHENTICATED,
    outcomes: { anonymous: U, learner: objectCheck('own'), trainer: objectCheck('own'), partner: objectCheck('own'), supervisor: objectCheck('own', 'subtree'), admin: objectCheck('any') },
  },
  // JP learning record
  myLearningRecord: { gate: AUTHENTICATED, outcomes: SIGNED_IN },
  learningRecordOf: {
    gate: ENROLLERS,
    outcomes: { anonymous: U, learner: F, trainer: F, partner: F, supervisor: objectCheck('self', 'subtree', 'direct-report'), admin: objectCheck('any') },
  },
  pendingExternalLearning: { gate: ENROLLERS, outcomes: { anonymous: U, learner: F, trainer: F, partner: F, supervisor: A, admin: A } },
  jpTargets: { gate: ADMINS, outcomes: ADMIN_ONLY },
  auditEvents: { gate: ADMINS, outcomes: ADMIN_ONLY },
  // quizzes, learner side
  quizOverview: { gate: AUTHENTICATED, outcomes: ENROLLED_ONLY },
  quizAttempt: { gate: AUTHENTICATED, outcomes: OWN_ONLY },
  quizReview: {
    gate: AUTHENTICATED,
    outcomes: {
      anonymous: U,
      learner: objectCheck('own'),
      trainer: objectCheck('own', 'course-author'),
      partner: objectCheck('own', 'course-author', 'institution'),
      supervisor: objectCheck('own'),
      admin: objectCheck('any'),
    },
  },
  // quizzes, author side
  quizGradingQueue: { gate: AUTHORS, outcomes: COURSE_AUTHORS },
  quizStatistics: { gate: AUTHORS, outcomes: COURSE_AUTHORS },
  courseGradebook: { gate: AUTHORS, outcomes: COURSE_AUTHORS },
  courseGradebookCsv: { gate: AUTHORS, outcomes: COURSE_AUTHORS },
  questionTypes: { gate: AUTHORS, outcomes: ANY_AUTHOR },
  questionBanks: { gate: AUTHORS, outcomes: BANK_READERS },
  questionBank: { gate: AUTHORS, outcomes: BANK_READERS },
  questions: { gate: AUTHORS, outcomes: BANK_READERS },
  question: { gate: AUTHORS, outcomes: BANK_READERS },
  previewQuestion: { gate: AUTHORS, outcomes: BANK_READERS },
  exportQuestions: { gate: AUTHORS, outcomes: BANK_READERS },
  // materials library: partner staff see their institution's, trainers shared ones, admins all
  materials: { gate: AUTHORS, outcomes: ANY_AUTHOR },
  material: { gate: AUTHORS, outcomes: MATERIAL_READERS },
  materialTopics: { gate: AUTHORS, outcomes: ANY_AUTHOR },
  activityMaterialUrl: { gate: AUTHENTICATED, outcomes: ENROLLED_ONLY },
};

export const MUTATION_MATRIX: Readonly<Record<string, OperationRule>> = {
  // sessions
  login: { gate: PUBLIC, outcomes: EVERYONE, arguments: { input: { identifier: ACTOR_LOGINS.learner, password: DEMO_PASSWORD } } },
  refreshSession: { gate: PUBLIC, outcomes: EVERYONE, dummyRefusals: ['INVALID_REFRESH_TOKEN'] },
  activateAccount: { gate: PUBLIC, outcomes: EVERYONE },
  changePassword: { gate: AUTHENTICATED, outcomes: SIGNED_IN },
  logout: { gate: PUBLIC, outcomes: EVERYONE, runLast: true },
  // administration
  createUser: { gate: ADMINS, outcomes: ADMIN_ONLY },
  updateUser: { gate: ADMINS, outcomes: ADMIN_ONLY },
  setUserActive: { gate: ADMINS, outcomes: ADMIN_ONLY },
  setUserRoles: { gate: ADMINS, outcomes: ADMIN_ONLY },
  issueActivationLink: { gate: ADMINS, outcomes: ADMIN_ONLY },
  importUsers: { gate: ADMINS, outcomes: ADMIN_ONLY },
  createOrgUnit: { gate: ADMINS, outcomes: ADMIN_ONLY },
  updateOrgUnit: { gate: ADMINS, outcomes: ADMIN_ONLY },
  deleteOrgUnit: { gate: ADMINS, outcomes: ADMIN_ONLY },
  createInstitution: { gate: ADMINS, outcomes: ADMIN_ONLY },
  updateInstitution: { gate: ADMINS, outcomes: ADMIN_ONLY },
  createTopic: { gate: ADMINS, outcomes: ADMIN_ONLY },
  revokeCertificate: { gate: ADMINS, outcomes: ADMIN_ONLY },
  saveCertificateTemplate: { gate: ADMINS, outcomes: ADMIN_ONLY },
  // supervision and recognition
  nudgeLearners: { gate: ENROLLERS, outcomes: SUPERVISORS_OF_PEOPLE, arguments: { input: { userIds: ['00000000-0000-4000-8000-000000000000'] } } },
  markNotificationRead: { gate: AUTHENTICATED, outcomes: OWN_ONLY },
  markAllNotificationsRead: { gate: AUTHENTICATED, outcomes: SIGNED_IN },
  setLeaderboardOptIn: { gate: AUTHENTICATED, outcomes: SIGNED_IN },
  setJpTarget: { gate: ADMINS, outcomes: ADMIN_ONLY },
  // authoring
  createCourse: { gate: AUTHORS, outcomes: ANY_AUTHOR },
  updateCourse: { gate: AUTHORS, outcomes: COURSE_AUTHORS },
  addCourseModule: { gate: AUTHORS, outcomes: COURSE_AUTHORS },
  updateCourseModule: { gate: AUTHORS, outcomes: COURSE_AUTHORS },
  removeCourseModule: { gate: AUTHORS, outcomes: COURSE_AUTHORS },
  addActivity: { gate: AUTHORS, outcomes: COURSE_AUTHORS },
  updateActivity: { gate: AUTHORS, outcomes: COURSE_AUTHORS },
  removeActivity: { gate: AUTHORS, outcomes: COURSE_AUTHORS },
  addCourseTrainer: { gate: AUTHORS, outcomes: COURSE_AUTHORS },
  publishCourse: { gate: AUTHORS, outcomes: COURSE_AUTHORS },
  // enrolment and progress
  enrolInCourse: { gate: AUTHENTICATED, outcomes: PUBLISHED_COURSES },
  enrolUsers: {
    gate: ENROLLERS,
    outcomes: { anonymous: U, learner: F, trainer: F, partner: F, supervisor: objectCheck('subtree', 'direct-report'), admin: objectCheck('any') },
  },
  enrolByCsv: {
    gate: ENROLLERS,
    outcomes: { anonymous: U, learner: F, trainer: F, partner: F, supervisor: objectCheck('subtree', 'direct-report'), admin: objectCheck('any') },
  },
  unenrol: {
    gate: AUTHENTICATED,
    outcomes: { anonymous: U, learner: objectCheck('own'), trainer: objectCheck('own'), partner: objectCheck('own'), supervisor: objectCheck('own'), admin: objectCheck('any') },
  },
  recordActivityProgress: { gate: AUTHENTICATED, outcomes: ENROLLED_ONLY },
  // JP learning record: a claim is the caller's own; reviews are of the reviewer's people (never their own claim)
  submitExternalLearning: { gate: AUTHENTICATED, outcomes: SIGNED_IN },
  reviewExternalLearning: {
    gate: ENROLLERS,
    outcomes: { anonymous: U, learner: F, trainer: F, partner: F, supervisor: objectCheck('subtree', 'direct-report'), admin: objectCheck('any') },
  },
  // quizzes, learner side
  startQuizAttempt: { gate: AUTHENTICATED, outcomes: ENROLLED_ONLY },
  saveQuizAnswers: { gate: AUTHENTICATED, outcomes: OWN_ONLY },
  submitQuizAttempt: { gate: AUTHENTICATED, outcomes: OWN_ONLY },
  // SCORM runtime: launches in courses the caller is enrolled in, commits to the caller's own attempts
  scormLaunch: { gate: AUTHENTICATED, outcomes: ENROLLED_ONLY },
  commitScormRuntime: { gate: AUTHENTICATED, outcomes: OWN_ONLY },
  // quizzes, author side
  gradeQuizResponse: { gate: AUTHORS, outcomes: COURSE_AUTHORS },
  regradeQuizQuestion: { gate: AUTHORS, outcomes: COURSE_AUTHORS },
  createQuestionBank: {
    gate: AUTHORS,
    outcomes: { ...COURSE_AUTHORS, trainer: objectCheck('course-author', 'shared-bank'), partner: objectCheck('course-author', 'institution', 'shared-bank') },
  },
  createQuestionCategory: { gate: AUTHORS, outcomes: BANK_EDITORS },
  renameQuestionCategory: { gate: AUTHORS, outcomes: BANK_EDITORS },
  deleteQuestionCategory: { gate: AUTHORS, outcomes: BANK_EDITORS },
  saveQuestion: { gate: AUTHORS, outcomes: BANK_EDITORS },
  deleteQuestion: { gate: AUTHORS, outcomes: BANK_EDITORS },
  importQuestions: { gate: AUTHORS, outcomes: BANK_EDITORS },
  // materials library
  updateMaterial: { gate: LIBRARY_MANAGERS, outcomes: MATERIAL_MANAGERS },
  archiveMaterial: { gate: LIBRARY_MANAGERS, outcomes: MATERIAL_MANAGERS },
};

/** Plain HTTP beside the GraphQL operations; sent anonymously unless `as` names an actor. */
export interface HttpRule {
  readonly name: string;
  readonly as?: Exclude<Actor, 'anonymous'>;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  /** The status, or a predicate on it for "anything but a success". */
  readonly status: number | 'refused';
  /** Text the body must contain. */
  readonly contains?: string;
  /** Text the body must not contain. */
  readonly excludes?: string;
}

/** Marker in the stand-in portal shell the matrix test serves, to tell the SPA fallback from other answers. */
export const PORTAL_SHELL_MARKER = 'tunas-portal-shell-for-authorisation-matrix';

const HTML = { accept: 'text/html,application/xhtml+xml' };
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

export const HTTP_MATRIX: readonly HttpRule[] = [
  { name: 'health is public', method: 'GET', path: '/health', status: 200, contains: '"database"' },
  { name: 'GraphQL GET without a preflight header is refused (CSRF prevention)', method: 'GET', path: '/graphql?query=%7B__typename%7D', status: 400 },
  { name: 'GraphQL GET runs queries through the same policy guard', method: 'GET', path: '/graphql?query=%7Bme%7Bid%7D%7D', headers: PREFLIGHT, status: 200, contains: '"UNAUTHENTICATED"' },
  { name: 'GraphQL GET answers a signed-in person', as: 'learner', method: 'GET', path: '/graphql?query=%7Bme%7Bemail%7D%7D', headers: PREFLIGHT, status: 200, contains: ACTOR_LOGINS.learner },
  { name: 'GraphQL GET refuses mutations', method: 'GET', path: '/graphql?query=mutation%7Blogout%7D', headers: PREFLIGHT, status: 405 },
  { name: 'GraphQL POST as a simple form request is refused (CSRF prevention)', method: 'POST', path: '/graphql', headers: { 'content-type': 'text/plain' }, body: '{"query":"mutation{logout}"}', status: 400 },
  { name: 'demo course files are public', method: 'GET', path: '/files/seed/tik-pelayanan-publik/files/daftar-periksa-keamanan-data.pdf', status: 200 },
  { name: 'demo course files do not depend on who asks', as: 'admin', method: 'GET', path: '/files/seed/tik-pelayanan-publik/files/daftar-periksa-keamanan-data.pdf', status: 200 },
  { name: 'demo course files list no directory', method: 'GET', path: '/files/seed/tik-pelayanan-publik/', status: 'refused' },
  // Sent as written (no URL normalisation), as an attacker's client would.
  { name: 'demo course files do not escape their folder', method: 'GET', path: '/files/seed/../../package.json', status: 'refused', excludes: '"dependencies"' },
  { name: 'demo course files do not escape their folder (encoded slashes)', method: 'GET', path: '/files/seed/..%2f..%2fpackage.json', status: 'refused', excludes: '"dependencies"' },
  { name: 'demo course files do not escape their folder (encoded dots)', method: 'GET', path: '/files/seed/%2e%2e/%2e%2e/main.js', status: 'refused', excludes: 'require(' },
  { name: 'certificate verification of an unknown code is a 404 page, not an error', method: 'GET', path: `/verify/${'A'.repeat(32)}`, headers: HTML, status: 404, contains: 'Sertifikat tidak ditemukan' },
  { name: 'a certificate PDF needs a signed-in person', method: 'GET', path: '/certificates/00000000-0000-4000-8000-000000000000.pdf', status: 401 },
  { name: 'a learner gets no PDF of a certificate that is not theirs', as: 'learner', method: 'GET', path: '/certificates/00000000-0000-4000-8000-000000000000.pdf', status: 404 },
  { name: 'a SCORM package file needs a valid launch token', method: 'GET', path: '/scorm/not-a-token/shared/launchpage.html', status: 404 },
  { name: 'a SCORM package file is not reached by traversal', method: 'GET', path: '/scorm/x/%2e%2e/%2e%2e/main.js', status: 'refused', excludes: 'require(' },
  { name: 'a resumable upload needs a signed-in person', method: 'POST', path: '/uploads', headers: { 'tus-resumable': '1.0.0', 'upload-length': '10' }, status: 401 },
  { name: 'a learner cannot continue an upload that is not theirs', as: 'learner', method: 'POST', path: '/uploads/00000000-0000-4000-8000-000000000000_document_00000000000000000000000000000000', headers: { 'tus-resumable': '1.0.0' }, status: 404 },
  { name: 'a library file needs a valid signed token', method: 'GET', path: '/materials/file/not-a-token/modul.pdf', status: 404, excludes: PORTAL_SHELL_MARKER },
  { name: 'a library file is not the portal shell for a browser either', method: 'GET', path: '/materials/file/not-a-token', headers: HTML, status: 404, excludes: PORTAL_SHELL_MARKER },
  { name: 'an evidence file needs a signed-in person', method: 'GET', path: '/learning-record/evidence/00000000-0000-4000-8000-000000000000', status: 401 },
  { name: 'a learner gets no evidence file of a claim that is not theirs', as: 'learner', method: 'GET', path: '/learning-record/evidence/00000000-0000-4000-8000-000000000000', status: 404 },
  { name: 'the credential status list is public', method: 'GET', path: '/credentials/status/1', status: 200, contains: 'BitstringStatusListCredential' },
  { name: 'the issuer document is public', method: 'GET', path: '/credentials/issuer', status: 200, contains: 'assertionMethod' },
  { name: 'the portal shell answers deep links', method: 'GET', path: '/kursus/00000000-0000-4000-8000-000000000000', headers: HTML, status: 200, contains: PORTAL_SHELL_MARKER },
  { name: 'the portal shell is not served for API paths', method: 'GET', path: '/graphql/anything', headers: HTML, status: 'refused', excludes: PORTAL_SHELL_MARKER },
  { name: 'the portal shell is not served for missing files', method: 'GET', path: '/files/tidak-ada.pdf', headers: HTML, status: 'refused', excludes: PORTAL_SHELL_MARKER },
  { name: 'the portal shell is not served to non-HTML clients', method: 'GET', path: '/kursus/1', headers: { accept: 'application/json' }, status: 'refused', excludes: PORTAL_SHELL_MARKER },
  { name: 'the portal shell is not served for POST', method: 'POST', path: '/kursus/1', headers: HTML, status: 'refused', excludes: PORTAL_SHELL_MARKER },
];

/** Seed quiz sources hold the right answers: they are read at start-up, never served. */
export const SEED_QUIZ_SOURCES = ['tik-pelayanan-publik', 'dasar-manajemen-proyek', 'teknik-fasilitasi-partisipatif'].map((course) => `/files/seed/${course}/quiz.gift`);
