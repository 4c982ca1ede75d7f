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
  /**
   * A supervisor's first screen: totals, per unit and per competency type over the people of the unit subtree and
   * direct reports, and the first page of those people, most behind first (ties by name, then id).
   */
  async supervisor({ supervisorId, year, limit }) {
    const [[own]] = await pool.query('SELECT o.path FROM users u JOIN org_units o ON o.id = u.org_unit_id WHERE u.id = ?', [supervisorId]);
    const scope = 'u.active = 1 AND u.id <> ? AND (u.supervisor_id = ? OR o.path LIKE ?)';
    const scopeParams = [supervisorId, supervisorId, `${own.path}%`];
    const standings = `SELECT u.id, u.name, u.nip, u.asn_type, o.id AS unit_id, o.name AS unit_name, o.path AS unit_path,
                              COALESCE(SUM(lr.jp_hours), 0) AS jp, COALESCE(MAX(t.jp_hours), 20) AS target,
                              COUNT(lr.id) AS completions, SUM(lr.score) AS score_sum, COUNT(lr.score) AS scored
                         FROM users u LEFT JOIN org_units o ON o.id = u.org_unit_id
                         LEFT JOIN jp_targets t ON t.asn_type = u.asn_type
                         LEFT JOIN learning_records lr ON lr.user_id = u.id AND lr.year = ?
                        WHERE ${scope}
                        GROUP BY u.id, u.name, u.nip, u.asn_type, o.id, o.name, o.path`;
    const [[units], [types], [[{ total }]], [page]] = await Promise.all([
      pool.query(
        `SELECT s.unit_id, s.unit_name, COUNT(*) AS people, SUM(s.jp >= s.target) AS reached, SUM(s.jp) AS total_jp
           FROM (${standings}) s GROUP BY s.unit_id, s.unit_name, s.unit_path ORDER BY s.unit_path, s.unit_id`,
        [year, ...scopeParams],
      ),
      pool.query(
        `SELECT lr.competency_type, SUM(lr.jp_hours) AS jp, COUNT(*) AS completions, COUNT(DISTINCT lr.user_id) AS people
           FROM learning_records lr JOIN users u ON u.id = lr.user_id LEFT JOIN org_units o ON o.id = u.org_unit_id
          WHERE lr.year = ? AND ${scope} GROUP BY lr.competency_type`,
        [year, ...scopeParams],
      ),
      pool.query(`SELECT COUNT(*) AS total FROM users u LEFT JOIN org_units o ON o.id = u.org_unit_id WHERE ${scope}`, scopeParams),
      pool.query(`SELECT s.* FROM (${standings}) s ORDER BY GREATEST(s.target - s.jp, 0) DESC, LOWER(s.name), s.id LIMIT ?`, [year, ...scopeParams, limit]),
    ]);
    const averageOf = (totalJp, people) => (people ? Math.round((totalJp / people) * 100) / 100 : 0);
    const aggregate = (people, reached, totalJp) => ({ people, reached, behind: people - reached, averageJp: averageOf(totalJp, people), totalJp });
    const byUnit = units.map((u) => ({ unitId: u.unit_id, unitName: u.unit_name, ...aggregate(Number(u.people), Number(u.reached), Number(u.total_jp)) }));
    const byType = new Map(['TEKNIS', 'MANAJERIAL', 'SOSIAL_KULTURAL'].map((type) => [type, { competencyType: type, jp: 0, completions: 0, people: 0 }]));
    for (const t of types) byType.set(t.competency_type, { competencyType: t.competency_type, jp: Number(t.jp), completions: Number(t.completions), people: Number(t.people) });
    const items = page.map((p) => {
      const jp = Number(p.jp);
      const target = Number(p.target);
      const scored = Number(p.scored);
      return {
        userId: p.id, name: p.name, nip: p.nip, asnType: p.asn_type, unitId: p.unit_id, unitName: p.unit_name, jp, target, behindBy: Math.max(0, target - jp),
        reached: jp >= target, completions: Number(p.completions), averageScore: scored ? Math.round((Number(p.score_sum) / scored) * 100) / 100 : null,
      };
    });
    const sum = (key) => byUnit.reduce((total, unit) => total + unit[key], 0);
    return {
      data: {
        supervisionDashboard: { year, totals: aggregate(sum('people'), sum('reached'), sum('totalJp')), byUnit, byCompetencyType: [...byType.values()] },
        supervisedPeople: { total: Number(total), offset: 0, limit, items },
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
