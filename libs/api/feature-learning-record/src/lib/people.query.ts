import { EntityManager } from 'typeorm';

/** Names of people by id, read through SQL (the identity feature owns `users`). */
export async function namesOf(manager: EntityManager, ids: ReadonlyArray<string | null>): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id): id is string => !!id))];
  if (unique.length === 0) return new Map();
  const rows: Array<{ id: string; name: string }> = await manager.query(`SELECT id, name FROM users WHERE id IN (${unique.map(() => '?').join(', ')})`, unique);
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function personFacts(manager: EntityManager, userId: string): Promise<{ name: string; asnType: string | null } | null> {
  const rows: Array<{ name: string; asn_type: string | null }> = await manager.query('SELECT name, asn_type FROM users WHERE id = ?', [userId]);
  return rows[0] ? { name: rows[0].name, asnType: rows[0].asn_type } : null;
}

