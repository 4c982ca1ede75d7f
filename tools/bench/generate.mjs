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
const TOPICS = ['7c0a4a4e-5d3e-4b8e-9a61-0d6f2b9c1a01', '7c0a4a4e-5d3e-4b8e-9a61-0d6f2b9c1a02', '7c0a4a4e-5d3e-4b8e-9a61-0d6f2b9c1a03'];
const WORDS = ['proyek', 'fasilitasi', 'musyawarah', 'layanan', 'digital', 'risiko', 'jadwal', 'data', 'arsip', 'kelurahan', 'perencanaan', 'pemantauan', 'kolaborasi', 'keamanan', 'anggaran'];

/** A UUID derived from a name, so every run produces the same ids. */
export function uuid(name) {
  const h = createHash('sha1').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A valid PNS NIP for person number i (birth date, TMT, gender digit and serial all plausible). */
export function nipFor(i) {
  const year = 1970 + (i % 30);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const tmt = `${year + 25}${String(1 + ((i >> 4) % 12)).padStart(2, '0')}`;
  return `${year}${month}${day}${tmt}${1 + (i % 2)}${String(1 + (Math.floor(i / 2) % 999)).padStart(3, '0')}`;
}

async function insert(connection, table, columns, rows, chunk = 1000) {
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    const placeholders = part.map(() => `(${columns.map(() => '?').join(',')})`).join(',');
    await connection.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${placeholders}`, part.flat());
  }
}

export async function generate(connection, sizeName) {
  const size = SIZES[sizeName];
  const now = new Date('2026-11-01T02:00:00Z');
  const passwordHash = await hash(BENCH_PASSWORD, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const started = Date.now();

  // Organisation: one instansi, 50 units under it, each with 100 learners at size S (more at M/L).
  const root = uuid('unit:root');
  const units = [[root, 'Pemerintah Kota Bench', 'BENCH', 'INSTANSI', null, `/${root}/`, now, now, 1]];
  for (let u = 0; u < 50; u++) {
    const id = uuid(`unit:${u}`);
    units.push([id, `Unit Kerja ${u + 1}`, `BENCH-${u + 1}`, 'UNIT_KERJA', root, `/${root}/${id}/`, now, now, 1]);
  }
  await insert(connection, 'org_units', ['id', 'name', 'code', 'kind', 'parent_id', 'path', 'created_at', 'updated_at', 'version'], units);

  const users = [];
  const roles = [];
  const supervisorOf = (u) => uuid(`supervisor:${u}`);
  for (let u = 0; u < 50; u++) {
    users.push([supervisorOf(u), nipFor(900_000 + u), `Kepala Unit ${u + 1}`, `kepala${u + 1}@bench.tunas.test`, 'PNS', 'Kepala Unit', uuid(`unit:${u}`), null, null, passwordHash, 1, now, now, 1]);
    roles.push([supervisorOf(u), 'SUPERVISOR'], [supervisorOf(u), 'LEARNER']);
  }
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

  // Enrolments with progress: learner i takes courses (i*k) mod C, half-way through on average.
  const perActivity = MODULES_PER_COURSE * ACTIVITIES_PER_MODULE;
  let enrolments = [];
  let progress = [];
  let enrolmentCount = 0;
  let progressCount = 0;
  for (let i = 0; i < size.learners; i++) {
    for (let k = 0; k < size.enrolmentsPerLearner; k++) {
      const c = (i * 7 + k * 31) % size.courses;
      const enrolmentId = uuid(`enrolment:${i}:${k}`);
      const done = (i + k * 3) % (perActivity + 1);
      enrolments.push([enrolmentId, uuid(`course:${c}`), uuid(`learner:${i}`), uuid(`version:${c}`), 'SELF', done === perActivity ? 'COMPLETED' : 'ACTIVE', done / perActivity, null, now, now, done === perActivity ? now : null, null, 1]);
      for (let a = 0; a < done; a++) {
        const activityId = uuid(`activity:${c}:${Math.floor(a / ACTIVITIES_PER_MODULE)}:${a % ACTIVITIES_PER_MODULE}`);
        progress.push([uuid(`progress:${i}:${k}:${a}`), enrolmentId, activityId, '{"viewed":true}', 1, now, now]);
      }
      if (progress.length >= 20_000) {
        await flush();
      }
    }
  }
  await flush();

  async function flush() {
    await insert(connection, 'enrolments', ['id', 'course_id', 'user_id', 'course_version_id', 'source', 'status', 'progress', 'last_activity_id', 'last_accessed_at', 'enrolled_at', 'completed_at', 'enrolled_by_id', 'version'], enrolments);
    await insert(connection, 'activity_progress', ['id', 'enrolment_id', 'activity_id', 'state', 'completion', 'completed_at', 'updated_at'], progress, 2000);
    enrolmentCount += enrolments.length;
    progressCount += progress.length;
    enrolments = [];
    progress = [];
  }

  return { size: sizeName, ...size, users: users.length, courses: courses.length, activities: activities.length, enrolments: enrolmentCount, progressRows: progressCount, seconds: (Date.now() - started) / 1000 };
}
