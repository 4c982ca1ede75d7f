/**
 * A set of people as a SQL condition over `users u LEFT JOIN org_units o ON o.id = u.org_unit_id`, so every
 * report filters in the database instead of passing long id lists around.
 */
export interface PeopleScope {
  readonly where: string;
  readonly params: readonly unknown[];
}

/** Who a person of a scope is, as the supervision screens name them. */
export interface SupervisedPerson {
  userId: string;
  name: string;
  nip: string | null;
  email: string;
  asnType: string | null;
  unitId: string | null;
  unitName: string | null;
}

/** The FROM clause every PeopleScope condition is written against. */
export const PEOPLE_FROM = 'users u LEFT JOIN org_units o ON o.id = u.org_unit_id';

export function onePerson(userId: string): PeopleScope {
  return { where: 'u.id = ?', params: [userId] };
}

/** The scope narrowed to some of its people. */
export function narrowedTo(scope: PeopleScope, userIds: readonly string[]): PeopleScope {
  if (userIds.length === 0) return { where: '1 = 0', params: [] };
  return { where: `${scope.where} AND u.id IN (${userIds.map(() => '?').join(', ')})`, params: [...scope.params, ...userIds] };
}

/**
 * The scope narrowed to people whose name or NIP contains the search text (case-insensitive). `!` escapes LIKE's
 * wildcards: it is a single character on both dialects, where a backslash is not (SQLite has no default escape).
 */
export function matching(scope: PeopleScope, search: string | null | undefined): PeopleScope {
  const text = search?.trim().toLowerCase();
  if (!text) return scope;
  const pattern = `%${text.replace(/[!%_]/g, (character) => `!${character}`)}%`;
  return { where: `${scope.where} AND (LOWER(u.name) LIKE ? ESCAPE '!' OR u.nip LIKE ? ESCAPE '!')`, params: [...scope.params, pattern, pattern] };
}
