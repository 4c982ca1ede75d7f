// Deterministic benchmark data written straight into MariaDB with multi-row INSERTs.
import { hash } from '@node-rs/argon2';
import { createHash } from 'node:crypto';

export const SIZES = {
  S: { learners: 1_000, courses: 200, enrolmentsPerLearner: 5 },
  M: { learners: 10_000, courses: 200, enrolmentsPerLearner: 5 },
  L: { learners: 50_000, courses: 200, enrolmentsPerLearner: 5 },
};
export const MODULES_PER_COURSE = 5;
export const ACTIVITIES_PER_MODULE = 4;
export const BENCH_PASSWORD = 'Bench#Tunas-2026';
export const ADMIN_EMAIL = 'admin@bench.tunas.test';
export const BIG_SUPERVISOR_EMAIL = 'kepala.dinas@bench.tunas.test';
/** How many of the 50 units sit under the big office. */
const BIG_UNIT_UNITS = 25;
const CERTIFICATE_LAYOUT = JSON.stringify({
  heading: 'SERTIFIKAT', serialLine: 'Nomor: {{serial}}', intro: 'Diberikan kepada', body: 'NIP {{nip}}, yang telah menyelesaikan pelatihan daring "{{courseTitle}}".', scoreLine: 'dengan nilai akhir {{finalScore}}',
  issuerName: 'BKPSDM Kota Bench', city: 'Bench', signatoryTitle: 'Kepala BKPSDM Kota Bench', signatoryName: 'Penandatangan Bench', signatoryNip: '', accentColor: '#1b5e20',
});
const TOPICS = ['7c0a4a4e-5d3e-4b8e-9a61-0d6f2b9c1a01', '7c0a4a4e-5d3e-4b8e-9a61-0d6f2b9c1a02', '7c0a4a4e-5d3e-4b8e-9a61-0d6f2b9c1a03'];
const WORDS = ['proyek', 'fasilitasi', 'musyawarah', 'layanan', 'digital', 'risiko', 'jadwal', 'data', 'arsip', 'kelurahan', 'perencanaan', 'pemantauan', 'kolaborasi', 'keamanan', 'anggaran'];

/** A UUID derived from a name, so every run produces the same ids. */
export function uuid(name) {
  const h = createHash('sha1').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The verification code of certificate number n: 32 base32 characters, like the API's (which are random). */
export function verificationCodeFor(n) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes = createHash('sha1').update(`certificate:${n}`).digest();
  let code = '';
  for (let i = 0; i < 32; i++) code += alphabet[bytes[i % 20] % 32 ^ (i % 2)];
  return code;
}

/** A valid PNS NIP for person number i (birth date, TMT, gender digit and serial all plausible). */
export function nipFor(i) {
  // Serial, then day, month and year of birth vary in turn: distinct for every i below 10 million.
  const serial = 1 + (i % 999);
  const day = 1 + (Math.floor(i / 999) % 28);
  const month = 1 + (Math.floor(i / (999 * 28)) % 12);
  const year = 1970 + (Math.floor(i / (999 * 28 * 12)) % 30);
  const tmt = `${year + 25}${String(month).padStart(2, '0')}`;
  return `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${tmt}${1 + (i % 2)}${String(serial).padStart(3, '0')}`;
}

async function insert(connection, table, columns, rows, chunk = 1000) {
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    const placeholders = part.map(() => `(${columns.map(() => '?').join(',')})`).join(',');
    await connection.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${placeholders}`, part.flat());
  }
}

/**
 * Writes size `sizeName` through `connection`; `second` (another connection to the same database) takes the
 * progress rows, the biggest table, in parallel, while the next batch is computed.
 */
export async function generate(connection, sizeName, second = connection) {
  const size = SIZES[sizeName];
  const now = new Date('2026-11-01T02:00:00Z');
  const passwordHash = await hash(BENCH_PASSWORD, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const started = Date.now();
  // The rows are consistent by construction; checking every foreign key row by row only slows the bulk load.
  await connection.query('SET SESSION foreign_key_checks = 0');
  // Unique keys are unique by construction too (deterministic ids); InnoDB may then buffer secondary-index changes.
  await connection.query('SET SESSION unique_checks = 0');
  if (second !== connection) await second.query('SET SESSION foreign_key_checks = 0, unique_checks = 0');

  // Organisation: one instansi, 50 units under it, each with 20 learners at size S (200 at M, 1,000 at L). Units 1-25
  // sit under one big office (Dinas Besar) whose head supervises that whole subtree: half the learners, so 5,000
  // people at size M (plus the 25 unit heads) for the supervisor dashboard.
  const root = uuid('unit:root');
  const bigUnit = uuid('unit:big');
  const units = [
    [root, 'Pemerintah Kota Bench', 'BENCH', 'INSTANSI', null, `/${root}/`, now, now, 1],
    [bigUnit, 'Dinas Besar Bench', 'BENCH-DINAS', 'UNIT_KERJA', root, `/${root}/${bigUnit}/`, now, now, 1],
  ];
  for (let u = 0; u < 50; u++) {
    const id = uuid(`unit:${u}`);
    const parent = u < BIG_UNIT_UNITS ? bigUnit : root;
    units.push([id, `Unit Kerja ${u + 1}`, `BENCH-${u + 1}`, 'UNIT_KERJA', parent, u < BIG_UNIT_UNITS ? `/${root}/${bigUnit}/${id}/` : `/${root}/${id}/`, now, now, 1]);
  }
  await insert(connection, 'org_units', ['id', 'name', 'code', 'kind', 'parent_id', 'path', 'created_at', 'updated_at', 'version'], units);

  const users = [];
  const roles = [];
  const supervisorOf = (u) => uuid(`supervisor:${u}`);
  for (let u = 0; u < 50; u++) {
    users.push([supervisorOf(u), nipFor(900_000 + u), `Kepala Unit ${u + 1}`, `kepala${u + 1}@bench.tunas.test`, 'PNS', 'Kepala Unit', uuid(`unit:${u}`), null, null, passwordHash, 1, now, now, 1]);
    roles.push([supervisorOf(u), 'SUPERVISOR'], [supervisorOf(u), 'LEARNER']);
  }
  users.push([uuid('supervisor:big'), nipFor(999_997), 'Kepala Dinas Besar', BIG_SUPERVISOR_EMAIL, 'PNS', 'Kepala Dinas', bigUnit, null, null, passwordHash, 1, now, now, 1]);
  roles.push([uuid('supervisor:big'), 'SUPERVISOR'], [uuid('supervisor:big'), 'LEARNER']);
  users.push([uuid('admin'), nipFor(999_996), 'Admin Bench', ADMIN_EMAIL, 'PNS', 'Pranata Komputer', root, null, null, passwordHash, 1, now, now, 1]);
  roles.push([uuid('admin'), 'ADMIN']);
  const trainer = uuid('trainer');
  users.push([trainer, nipFor(999_998), 'Pelatih Bench', 'pelatih@bench.tunas.test', 'PNS', 'Widyaiswara', root, null, null, passwordHash, 1, now, now, 1]);
  roles.push([trainer, 'TRAINER']);
  for (let i = 0; i < size.learners; i++) {
    const unit = i % 50;
    users.push([uuid(`learner:${i}`), nipFor(i), `Pegawai ${i + 1}`, `pegawai${i + 1}@bench.tunas.test`, 'PNS', 'Pelaksana', uuid(`unit:${unit}`), supervisorOf(unit), null, passwordHash, 1, now, now, 1]);
    roles.push([uuid(`learner:${i}`), 'LEARNER']);
  }
  await insert(connection, 'users', ['id', 'nip', 'name', 'email', 'asn_type', 'position', 'org_unit_id', 'supervisor_id', 'institution_id', 'password_hash', 'active', 'created_at', 'updated_at', 'version'], users);
  await insert(connection, 'user_roles', ['user_id', 'role'], roles);

  // Courses: published, 5 modules x 4 page activities, with the frozen structure the API serves.
  const courses = [];
  const versions = [];
  const trainers = [];
  const modules = [];
  const activities = [];
  for (let c = 0; c < size.courses; c++) {
    const id = uuid(`course:${c}`);
    const versionId = uuid(`version:${c}`);
    const title = `Kursus ${WORDS[c % WORDS.length]} ${WORDS[(c * 7) % WORDS.length]} ${c + 1}`;
    const structure = { modules: [] };
    for (let m = 0; m < MODULES_PER_COURSE; m++) {
      const moduleId = uuid(`module:${c}:${m}`);
      const mod = { id: moduleId, title: `Modul ${m + 1}`, summary: 'Ringkasan modul.', requiresPrevious: false, activities: [] };
      modules.push([moduleId, id, m, mod.title, mod.summary, 0, now, now]);
      for (let a = 0; a < ACTIVITIES_PER_MODULE; a++) {
        const activityId = uuid(`activity:${c}:${m}:${a}`);
        const markdown = `## Materi ${a + 1}\n\nPenjelasan tentang ${WORDS[(c + a) % WORDS.length]} untuk ASN.`;
        const content = { markdown, html: `<h2>Materi ${a + 1}</h2>\n<p>Penjelasan tentang ${WORDS[(c + a) % WORDS.length]} untuk ASN.</p>\n` };
        mod.activities.push({ id: activityId, type: 'page', schemaVersion: 1, title: `Materi ${m + 1}.${a + 1}`, required: true, content });
        activities.push([activityId, moduleId, id, a, 'page', 1, `Materi ${m + 1}.${a + 1}`, JSON.stringify(content), 1, now, now]);
      }
      structure.modules.push(mod);
    }
    const publishedAt = new Date(now.getTime() - c * 60_000);
    courses.push([id, title, `Kursus tentang ${WORDS[c % WORDS.length]} dan ${WORDS[(c + 3) % WORDS.length]} bagi ASN kelurahan.`, null, TOPICS[c % 3], ['TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL'][c % 3], 1 + (c % 8), ['DASAR', 'MENENGAH', 'LANJUT'][c % 3], 'id', null, trainer, 'PUBLISHED', versionId, publishedAt, null, now, now, 2]);
    versions.push([versionId, id, 1, JSON.stringify(structure), publishedAt, trainer]);
    trainers.push([id, trainer]);
  }
  await insert(connection, 'courses', ['id', 'title', 'summary', 'cover_image_url', 'topic_id', 'competency_type', 'jp_hours', 'level', 'language', 'owner_institution_id', 'created_by_id', 'status', 'published_version_id', 'published_at', 'enrolment_closes_at', 'created_at', 'updated_at', 'version'], courses);
  await insert(connection, 'course_trainers', ['course_id', 'user_id'], trainers);
  await insert(connection, 'course_modules', ['id', 'course_id', 'position', 'title', 'summary', 'requires_previous', 'created_at', 'updated_at'], modules);
  await insert(connection, 'course_activities', ['id', 'module_id', 'course_id', 'position', 'type', 'schema_version', 'title', 'content', 'required', 'created_at', 'updated_at'], activities, 500);
  await insert(connection, 'course_versions', ['id', 'course_id', 'number', 'structure', 'published_at', 'published_by_id'], versions, 50);

  // Enrolments with progress: learner i takes courses (i*k) mod C, half-way through on average. A completed
  // enrolment has its certificate and its learning record (the JP that count toward the yearly target).
  const perActivity = MODULES_PER_COURSE * ACTIVITIES_PER_MODULE;
  const courseFacts = courses.map((row) => ({ title: row[1], competencyType: row[5], jpHours: row[6] }));
  let enrolments = [];
  let progress = [];
  let certificates = [];
  let records = [];
  let enrolmentCount = 0;
  let progressCount = 0;
  let certificateCount = 0;
  let recordCount = 0;
  let writing = Promise.resolve();
  for (let i = 0; i < size.learners; i++) {
    for (let k = 0; k < size.enrolmentsPerLearner; k++) {
      const c = (i * 7 + k * 31) % size.courses;
      const enrolmentId = uuid(`enrolment:${i}:${k}`);
      const done = (i + k * 3) % (perActivity + 1);
      enrolments.push([enrolmentId, uuid(`course:${c}`), uuid(`learner:${i}`), uuid(`version:${c}`), 'SELF', done === perActivity ? 'COMPLETED' : 'ACTIVE', done / perActivity, null, now, now, done === perActivity ? now : null, null, 1]);
      if (done === perActivity) {
        const n = certificateCount + certificates.length + 1;
        const certificateId = uuid(`certificate:${i}:${k}`);
        const facts = courseFacts[c];
        const score = 60 + ((i + k) % 41);
        certificates.push([certificateId, enrolmentId, uuid(`learner:${i}`), uuid(`course:${c}`), `TUNAS/2026/${String(n).padStart(6, '0')}`, 2026, n, verificationCodeFor(n), n - 1, `Pegawai ${i + 1}`, nipFor(i), facts.title, facts.jpHours, facts.competencyType, score, now, now, null, CERTIFICATE_LAYOUT, null, null, null, null]);
        records.push([uuid(`record:${i}:${k}`), uuid(`learner:${i}`), 'COURSE', enrolmentId, uuid(`course:${c}`), certificateId, null, facts.title, facts.jpHours, facts.competencyType, 'E_LEARNING', 'Tunas', now, now, 2026, score, now]);
      }
      for (let a = 0; a < done; a++) {
        const activityId = uuid(`activity:${c}:${Math.floor(a / ACTIVITIES_PER_MODULE)}:${a % ACTIVITIES_PER_MODULE}`);
        progress.push([uuid(`progress:${i}:${k}:${a}`), enrolmentId, activityId, '{"viewed":true}', 1, now, now]);
      }
      if (progress.length >= 20_000) {
        // One batch in flight while the next is computed.
        await writing;
        writing = flush();
      }
    }
  }
  await writing;
  await flush();

  function flush() {
    const batch = { enrolments, progress, certificates, records };
    enrolmentCount += enrolments.length;
    progressCount += progress.length;
    certificateCount += certificates.length;
    recordCount += records.length;
    enrolments = [];
    progress = [];
    certificates = [];
    records = [];
    return Promise.all([
      (async () => {
        await insert(connection, 'enrolments', ['id', 'course_id', 'user_id', 'course_version_id', 'source', 'status', 'progress', 'last_activity_id', 'last_accessed_at', 'enrolled_at', 'completed_at', 'enrolled_by_id', 'version'], batch.enrolments);
        await insert(connection, 'certificates', ['id', 'enrolment_id', 'user_id', 'course_id', 'serial', 'serial_year', 'serial_number', 'verification_code', 'status_index', 'learner_name', 'learner_nip', 'course_title', 'jp_hours', 'competency_type', 'final_score', 'completed_at', 'issued_at', 'template_id', 'layout', 'credential', 'revoked_at', 'revoked_by_id', 'revocation_reason'], batch.certificates, 500);
        await insert(connection, 'learning_records', ['id', 'user_id', 'source', 'enrolment_id', 'course_id', 'certificate_id', 'claim_id', 'title', 'jp_hours', 'competency_type', 'route', 'provider', 'started_at', 'ended_at', 'year', 'score', 'recorded_at'], batch.records);
      })(),
      insert(second, 'activity_progress', ['id', 'enrolment_id', 'activity_id', 'state', 'completion', 'completed_at', 'updated_at'], batch.progress, 2000),
    ]);
  }
  // Certificates issued later (the quiz flow completes the exam course) take the next serial and status index.
  await insert(connection, 'certificate_counters', ['name', 'value'], [['serial:2026', certificateCount], ['status-list:1', certificateCount]]);

  const exam = await generateExam(connection, size, trainer, now);
  const csvCourseId = await generateEmptyCourse(connection, trainer, now);

  await connection.query('SET SESSION foreign_key_checks = 1');
  await connection.query('SET SESSION unique_checks = 1');
  if (second !== connection) await second.query('SET SESSION foreign_key_checks = 1, unique_checks = 1');
  const bigUnitPeople = users.filter((row) => units.some((unit) => unit[0] === row[6] && unit[5].includes(`/${bigUnit}/`) && unit[0] !== bigUnit)).length;
  return { size: sizeName, ...size, exam, csvCourseId, users: users.length, courses: courses.length, activities: activities.length, enrolments: enrolmentCount, progressRows: progressCount, certificates: certificateCount, learningRecords: recordCount, bigUnitPeople, seconds: (Date.now() - started) / 1000 };
}

export const EXAM_QUESTIONS = 20;

/**
 * The exam-day course: one module holding a quiz of 20 four-choice questions from its own bank, with the first
 * `examLearners` learners enrolled. The right choice of question q is choice (q mod 4), so the bench can check
 * grades. Choice ids are random-looking, as the API stores them.
 */
async function generateExam(connection, size, trainer, now) {
  const examLearners = Math.min(1_000, size.learners);
  const courseId = uuid('exam:course');
  const moduleId = uuid('exam:module');
  const activityId = uuid('exam:quiz');
  const versionId = uuid('exam:version');
  const bankId = uuid('exam:bank');
  const categoryId = uuid('exam:category');
  const questions = [];
  const versions = [];
  for (let q = 0; q < EXAM_QUESTIONS; q++) {
    const questionId = uuid(`exam:question:${q}`);
    const questionVersionId = uuid(`exam:question-version:${q}`);
    const choices = [0, 1, 2, 3].map((c) => ({ id: createHash('sha1').update(`exam:${q}:${c}`).digest('hex').slice(0, 12), text: `Pilihan ${c + 1} untuk soal ${q + 1}`, fraction: c === q % 4 ? 1 : 0, feedback: '' }));
    const config = { single: true, shuffleAnswers: true, answerNumbering: 'abc', choices, correctFeedback: '', partiallyCorrectFeedback: '', incorrectFeedback: '' };
    questions.push([questionId, bankId, categoryId, questionVersionId, 'READY', null, trainer, now, now, 1]);
    versions.push([questionVersionId, questionId, 1, 'multiple-choice', 1, `Soal ${q + 1}`, 1, JSON.stringify({ text: `<p>Soal ujian nomor ${q + 1}: pilih jawaban yang benar.</p>`, textFormat: 'html', generalFeedback: '' }), JSON.stringify(config), '[]', trainer, now]);
  }
  const settings = {
    intro: 'Ujian serentak.', bankId, slots: questions.map(([questionId]) => ({ kind: 'fixed', questionId })), shuffleQuestions: false, shuffleAnswers: true, questionsPerPage: 1,
    attemptsAllowed: 1, timeLimitMinutes: 60, openAt: null, closeAt: null, passingGrade: 70, gradingMethod: 'HIGHEST',
    reviewOptions: { immediately: { responses: true, score: true, correctness: true, feedback: false, rightAnswer: false }, later: { responses: true, score: true, correctness: true, feedback: false, rightAnswer: false }, afterClose: { responses: true, score: true, correctness: true, feedback: true, rightAnswer: true } },
  };
  const structure = { modules: [{ id: moduleId, title: 'Ujian', summary: 'Ujian serentak.', requiresPrevious: false, activities: [{ id: activityId, type: 'quiz', schemaVersion: 1, title: 'Ujian serentak', required: true, content: settings }] }] };
  await insert(connection, 'courses', ['id', 'title', 'summary', 'cover_image_url', 'topic_id', 'competency_type', 'jp_hours', 'level', 'language', 'owner_institution_id', 'created_by_id', 'status', 'published_version_id', 'published_at', 'enrolment_closes_at', 'created_at', 'updated_at', 'version'], [[courseId, 'Ujian Serentak Bench', 'Kursus untuk mengukur ujian serentak.', null, TOPICS[0], 'TEKNIS', 2, 'DASAR', 'id', null, trainer, 'PUBLISHED', versionId, now, null, now, now, 1]]);
  await insert(connection, 'course_trainers', ['course_id', 'user_id'], [[courseId, trainer]]);
  await insert(connection, 'course_modules', ['id', 'course_id', 'position', 'title', 'summary', 'requires_previous', 'created_at', 'updated_at'], [[moduleId, courseId, 0, 'Ujian', 'Ujian serentak.', 0, now, now]]);
  await insert(connection, 'course_activities', ['id', 'module_id', 'course_id', 'position', 'type', 'schema_version', 'title', 'content', 'required', 'created_at', 'updated_at'], [[activityId, moduleId, courseId, 0, 'quiz', 1, 'Ujian serentak', JSON.stringify(settings), 1, now, now]]);
  await insert(connection, 'course_versions', ['id', 'course_id', 'number', 'structure', 'published_at', 'published_by_id'], [[versionId, courseId, 1, JSON.stringify(structure), now, trainer]]);
  await insert(connection, 'question_banks', ['id', 'name', 'course_id', 'owner_institution_id', 'created_by_id', 'created_at', 'updated_at'], [[bankId, 'Bank soal ujian', courseId, null, trainer, now, now]]);
  await insert(connection, 'question_categories', ['id', 'bank_id', 'parent_id', 'path', 'name', 'position', 'created_at'], [[categoryId, bankId, null, `/${categoryId}/`, 'Umum', 0, now]]);
  await insert(connection, 'questions', ['id', 'bank_id', 'category_id', 'current_version_id', 'status', 'id_number', 'created_by_id', 'created_at', 'updated_at', 'version'], questions);
  await insert(connection, 'question_versions', ['id', 'question_id', 'number', 'type', 'schema_version', 'name', 'default_mark', 'body', 'config', 'tags', 'created_by_id', 'created_at'], versions);
  const enrolments = [];
  for (let i = 0; i < examLearners; i++) enrolments.push([uuid(`exam:enrolment:${i}`), courseId, uuid(`learner:${i}`), versionId, 'ADMIN', 'ACTIVE', 0, null, null, now, null, trainer, 1]);
  await insert(connection, 'enrolments', ['id', 'course_id', 'user_id', 'course_version_id', 'source', 'status', 'progress', 'last_activity_id', 'last_accessed_at', 'enrolled_at', 'completed_at', 'enrolled_by_id', 'version'], enrolments);
  return { courseId, activityId, learners: examLearners, questions: EXAM_QUESTIONS, rightChoice: (q) => createHash('sha1').update(`exam:${q}:${q % 4}`).digest('hex').slice(0, 12) };
}

/** A published course nobody is enrolled in yet: the target of the CSV enrolment of every learner. */
async function generateEmptyCourse(connection, trainer, now) {
  const courseId = uuid('csv:course');
  const moduleId = uuid('csv:module');
  const activityId = uuid('csv:activity');
  const versionId = uuid('csv:version');
  const content = { markdown: 'Materi wajib.', html: '<p>Materi wajib.</p>\n' };
  const structure = { modules: [{ id: moduleId, title: 'Modul 1', summary: 'Ringkasan modul.', requiresPrevious: false, activities: [{ id: activityId, type: 'page', schemaVersion: 1, title: 'Materi wajib', required: true, content }] }] };
  await insert(connection, 'courses', ['id', 'title', 'summary', 'cover_image_url', 'topic_id', 'competency_type', 'jp_hours', 'level', 'language', 'owner_institution_id', 'created_by_id', 'status', 'published_version_id', 'published_at', 'enrolment_closes_at', 'created_at', 'updated_at', 'version'], [[courseId, 'Pelatihan Wajib Bench', 'Kursus wajib untuk semua pegawai.', null, TOPICS[1], 'MANAJERIAL', 2, 'DASAR', 'id', null, trainer, 'PUBLISHED', versionId, now, null, now, now, 1]]);
  await insert(connection, 'course_trainers', ['course_id', 'user_id'], [[courseId, trainer]]);
  await insert(connection, 'course_modules', ['id', 'course_id', 'position', 'title', 'summary', 'requires_previous', 'created_at', 'updated_at'], [[moduleId, courseId, 0, 'Modul 1', 'Ringkasan modul.', 0, now, now]]);
  await insert(connection, 'course_activities', ['id', 'module_id', 'course_id', 'position', 'type', 'schema_version', 'title', 'content', 'required', 'created_at', 'updated_at'], [[activityId, moduleId, courseId, 0, 'page', 1, 'Materi wajib', JSON.stringify(content), 1, now, now]]);
  await insert(connection, 'course_versions', ['id', 'course_id', 'number', 'structure', 'published_at', 'published_by_id'], [[versionId, courseId, 1, JSON.stringify(structure), now, trainer]]);
  return courseId;
}
