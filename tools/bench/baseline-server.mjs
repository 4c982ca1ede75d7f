// Baselines for the benchmark, each on node:http alone:
//   B0 answers every request with the bytes captured from Tunas (the cost of HTTP and JSON on this machine);
//   B1 answers the same question with hand-written SQL over a raw mysql2 pool (the cost of the data itself).
// Usage: node baseline-server.mjs <port> <mode: b0|b1> <database url> <canned responses json file>
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import mysql from 'mysql2/promise';
import { verify } from '@node-rs/argon2';

const [port, mode, databaseUrl, cannedFile] = process.argv.slice(2);
const canned = JSON.parse(readFileSync(cannedFile, 'utf8'));
const pool = mode === 'b1' ? mysql.createPool({ uri: databaseUrl, connectionLimit: 20 }) : null;
const SECRET = 'bench-baseline-secret-bench-baseline-secret';

const handlers = {
  async catalog({ search }) {
    const term = `%${search.toLowerCase()}%`;
    const [rows] = await pool.query(
      `SELECT c.id, c.title, c.jp_hours AS jpHours, c.level, t.name AS topic,
              (SELECT COUNT(*) FROM course_modules m WHERE m.course_id = c.id) AS moduleCount,
              (SELECT COUNT(*) FROM course_activities a WHERE a.course_id = c.id) AS activityCount
         FROM courses c JOIN topics t ON t.id = c.topic_id
        WHERE c.status = 'PUBLISHED' AND (LOWER(c.title) LIKE ? OR LOWER(c.summary) LIKE ?)
        ORDER BY c.published_at DESC, c.id ASC LIMIT 12`,
      [term, term],
    );
    const [[{ total }]] = await pool.query(`SELECT COUNT(*) AS total FROM courses c WHERE c.status = 'PUBLISHED' AND (LOWER(c.title) LIKE ? OR LOWER(c.summary) LIKE ?)`, [term, term]);
    return { data: { courses: { total, items: rows.map((r) => ({ id: r.id, title: r.title, jpHours: r.jpHours, level: r.level, topic: { name: r.topic }, moduleCount: Number(r.moduleCount), activityCount: Number(r.activityCount) })) } } };
  },
  async dashboard({ userId }) {
    const [rows] = await pool.query(
      `SELECT e.course_id AS courseId, e.status, e.progress, v.number AS versionNumber FROM enrolments e
         JOIN course_versions v ON v.id = e.course_version_id WHERE e.user_id = ? ORDER BY e.last_accessed_at DESC, e.enrolled_at DESC`,
      [userId],
    );
    return { data: { myEnrolments: rows } };
  },
  async outline({ userId, courseId }) {
    const [[enrolment]] = await pool.query('SELECT id, course_version_id FROM enrolments WHERE course_id = ? AND user_id = ?', [courseId, userId]);
    const [[version]] = await pool.query('SELECT structure FROM course_versions WHERE id = ?', [enrolment.course_version_id]);
    const [progress] = await pool.query('SELECT activity_id, completion FROM activity_progress WHERE enrolment_id = ?', [enrolment.id]);
    const done = new Map(progress.map((p) => [p.activity_id, p.completion]));
    const structure = typeof version.structure === 'string' ? JSON.parse(version.structure) : version.structure;
    const all = structure.modules.flatMap((m) => m.activities);
    const completion = all.filter((a) => (done.get(a.id) ?? 0) >= 1).length / all.length;
    const resume = all.find((a) => (done.get(a.id) ?? 0) < 1)?.id ?? null;
    return {
      data: {
        courseOutline: {
          completion,
          resumeActivityId: resume,
          modules: structure.modules.map((m) => ({ id: m.id, completion: m.activities.filter((a) => (done.get(a.id) ?? 0) >= 1).length / m.activities.length, activities: m.activities.map((a) => ({ id: a.id, completion: done.get(a.id) ?? 0 })) })),
        },
      },
    };
  },
  /** The course player's outline: course card, my enrolment, modules with content and my state per activity. */
  async lesson({ userId, courseId }) {
    const [[enrolment]] = await pool.query(
      `SELECT e.id, e.course_id, e.status, e.progress, e.source, e.enrolled_at, e.completed_at, e.last_accessed_at, e.last_activity_id, v.number, v.structure
         FROM enrolments e JOIN course_versions v ON v.id = e.course_version_id WHERE e.course_id = ? AND e.user_id = ?`,
      [courseId, userId],
    );
    const [[course]] = await pool.query(
      `SELECT c.*, t.code AS topic_code, t.name AS topic_name FROM courses c JOIN topics t ON t.id = c.topic_id WHERE c.id = ?`,
      [courseId],
    );
    const [progress] = await pool.query('SELECT activity_id, completion, state FROM activity_progress WHERE enrolment_id = ?', [enrolment.id]);
    const byActivity = new Map(progress.map((p) => [p.activity_id, p]));
    const completionOf = (id) => byActivity.get(id)?.completion ?? 0;
    const structure = typeof enrolment.structure === 'string' ? JSON.parse(enrolment.structure) : enrolment.structure;
    const all = structure.modules.flatMap((m) => m.activities);
    const required = (activities) => activities.filter((a) => a.required);
    const share = (activities) => (activities.length ? activities.filter((a) => completionOf(a.id) >= 1).length / activities.length : 1);
    const iso = (d) => (d ? new Date(d).toISOString() : null);
    const lastActivity = enrolment.last_activity_id;
    const resumeActivityId = (lastActivity && completionOf(lastActivity) < 1 ? lastActivity : null) ?? all.find((a) => completionOf(a.id) < 1)?.id ?? lastActivity ?? null;
    return {
      data: {
        courseOutline: {
          completion: share(required(all)),
          preview: false,
          resumeActivityId,
          versionNumber: enrolment.number,
          course: {
            id: course.id, title: course.title, summary: course.summary, jpHours: course.jp_hours, level: course.level, competencyType: course.competency_type, language: course.language,
            status: course.status, version: course.version, moduleCount: structure.modules.length, activityCount: all.length, publishedAt: iso(course.published_at), coverImageUrl: course.cover_image_url,
            enrolmentClosesAt: iso(course.enrolment_closes_at), topic: { id: course.topic_id, code: course.topic_code, name: course.topic_name },
          },
          enrolment: {
            id: enrolment.id, courseId: enrolment.course_id, status: enrolment.status, progress: enrolment.progress, source: enrolment.source, enrolledAt: iso(enrolment.enrolled_at),
            completedAt: iso(enrolment.completed_at), lastAccessedAt: iso(enrolment.last_accessed_at), lastActivityId: lastActivity, versionNumber: enrolment.number,
          },
          modules: structure.modules.map((m, index) => ({
            id: m.id, title: m.title, summary: m.summary, requiresPrevious: m.requiresPrevious,
            locked: m.requiresPrevious && index > 0 && share(required(structure.modules[index - 1].activities)) < 1,
            completion: share(required(m.activities)),
            activities: m.activities.map((a) => ({
              id: a.id, type: a.type, title: a.title, required: a.required, schemaVersion: a.schemaVersion, completion: completionOf(a.id), content: a.content,
              state: byActivity.has(a.id) ? (typeof byActivity.get(a.id).state === 'string' ? JSON.parse(byActivity.get(a.id).state) : byActivity.get(a.id).state) : null,
            })),
          })),
        },
      },
    };
  },
  /** Public certificate verification by code, the NIP masked. */
  async verify({ code }) {
    const [[c]] = await pool.query('SELECT serial, learner_name, learner_nip, course_title, completed_at, jp_hours, layout, revoked_at, revocation_reason FROM certificates WHERE verification_code = ?', [code.toUpperCase()]);
    if (!c) return { status: 'NOT_FOUND', serial: null, learnerName: null, maskedNip: null, courseTitle: null, completedAt: null, jpHours: null, issuerName: null, revokedAt: null, revocationReason: null };
    const nip = c.learner_nip;
    const layout = typeof c.layout === 'string' ? JSON.parse(c.layout) : c.layout;
    return {
      status: c.revoked_at ? 'REVOKED' : 'VALID',
      serial: c.serial,
      learnerName: c.learner_name,
      maskedNip: nip ? (nip.length <= 8 ? '*'.repeat(nip.length) : `${nip.slice(0, 4)}${'*'.repeat(nip.length - 8)}${nip.slice(-4)}`) : null,
      courseTitle: c.course_title,
      completedAt: c.completed_at,
      jpHours: c.jp_hours,
      issuerName: layout.issuerName,
      revokedAt: c.revoked_at,
      revocationReason: c.revocation_reason,
    };
  },
  /** A supervisor's dashboard: people of the unit subtree and direct reports, JP per person, unit and competency type. */
  async supervisor({ supervisorId, year }) {
    const [[own]] = await pool.query('SELECT o.path FROM users u JOIN org_units o ON o.id = u.org_unit_id WHERE u.id = ?', [supervisorId]);
    const [people] = await pool.query(
      `SELECT u.id, u.name, u.nip, u.asn_type, o.id AS unit_id, o.name AS unit_name FROM users u LEFT JOIN org_units o ON o.id = u.org_unit_id
        WHERE u.active = 1 AND u.id <> ? AND (u.supervisor_id = ? OR o.path LIKE ?) ORDER BY o.path, u.name, u.id`,
      [supervisorId, supervisorId, `${own.path}%`],
    );
    const [jp] = await pool.query(
      `SELECT lr.user_id, lr.competency_type, SUM(lr.jp_hours) AS jp, COUNT(*) AS completions, SUM(lr.score) AS score_sum, COUNT(lr.score) AS scored
         FROM learning_records lr JOIN users u ON u.id = lr.user_id LEFT JOIN org_units o ON o.id = u.org_unit_id
        WHERE lr.year = ? AND u.active = 1 AND u.id <> ? AND (u.supervisor_id = ? OR o.path LIKE ?) GROUP BY lr.user_id, lr.competency_type`,
      [year, supervisorId, supervisorId, `${own.path}%`],
    );
    const [targets] = await pool.query('SELECT asn_type, jp_hours FROM jp_targets');
    const targetOf = new Map(targets.map((t) => [t.asn_type, Number(t.jp_hours)]));
    const byPerson = new Map();
    const byType = new Map(['TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL'].map((type) => [type, { competencyType: type, jp: 0, completions: 0, people: 0 }]));
    for (const row of jp) {
      const person = byPerson.get(row.user_id) ?? { jp: 0, completions: 0, scoreSum: 0, scored: 0 };
      person.jp += Number(row.jp);
      person.completions += Number(row.completions);
      person.scoreSum += Number(row.score_sum ?? 0);
      person.scored += Number(row.scored);
      byPerson.set(row.user_id, person);
      const type = byType.get(row.competency_type) ?? { competencyType: row.competency_type, jp: 0, completions: 0, people: 0 };
      type.jp += Number(row.jp);
      type.completions += Number(row.completions);
      type.people += 1;
      byType.set(row.competency_type, type);
    }
    const rows = people.map((p) => {
      const learned = byPerson.get(p.id) ?? { jp: 0, completions: 0, scoreSum: 0, scored: 0 };
      const target = targetOf.get(p.asn_type) ?? 20;
      return {
        userId: p.id, name: p.name, nip: p.nip, asnType: p.asn_type, unitId: p.unit_id, unitName: p.unit_name, jp: learned.jp, target, behindBy: Math.max(0, target - learned.jp),
        reached: learned.jp >= target, completions: learned.completions, averageScore: learned.scored ? Math.round((learned.scoreSum / learned.scored) * 100) / 100 : null,
      };
    });
    const aggregate = (members) => {
      const totalJp = members.reduce((sum, m) => sum + m.jp, 0);
      const reached = members.filter((m) => m.reached).length;
      return { people: members.length, reached, behind: members.length - reached, averageJp: members.length ? Math.round((totalJp / members.length) * 100) / 100 : 0, totalJp };
    };
    const units = new Map();
    for (const row of rows) {
      if (!units.has(row.unitId)) units.set(row.unitId, []);
      units.get(row.unitId).push(row);
    }
    return {
      data: {
        supervisionDashboard: {
          year,
          totals: aggregate(rows),
          byUnit: [...units.values()].map((members) => ({ unitId: members[0].unitId, unitName: members[0].unitName, ...aggregate(members) })),
          byCompetencyType: [...byType.values()],
          people: rows,
        },
      },
    };
  },
  async login({ identifier, password }) {
    const [[user]] = await pool.query('SELECT id, password_hash FROM users WHERE email = ?', [identifier]);
    if (!user || !(await verify(user.password_hash, password))) return { errors: [{ message: 'Wrong NIP/e-mail or password' }] };
    const body = Buffer.from(JSON.stringify({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 900 })).toString('base64url');
    return { data: { login: { accessToken: `e30.${body}.${createHmac('sha256', SECRET).update(body).digest('base64url')}` } } };
  },
};

createServer((req, res) => {
  let raw = '';
  req.on('data', (chunk) => (raw += chunk));
  req.on('end', async () => {
    try {
      const verification = /^\/verify\/([^/?]+)/.exec(req.url ?? '');
      const { scenario, params } = verification ? { scenario: 'verify', params: { code: decodeURIComponent(verification[1]) } } : JSON.parse(raw).variables.bench;
      const body = mode === 'b0' ? canned[scenario] : JSON.stringify(await handlers[scenario](params));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch (error) {
      res.writeHead(500);
      res.end(String(error));
    }
  });
}).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
