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
      const { scenario, params } = JSON.parse(raw).variables.bench;
      const body = mode === 'b0' ? canned[scenario] : JSON.stringify(await handlers[scenario](params));
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch (error) {
      res.writeHead(500);
      res.end(String(error));
    }
  });
}).listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
