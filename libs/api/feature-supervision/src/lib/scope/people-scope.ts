/**
 * A set of people as a SQL condition over `users u LEFT JOIN org_units o ON o.id = u.org_unit_id`, so every
 * report filters in the database instead of passing long id lists around.
 */
export interface PeopleScope {
  readonly where: string;
  readonly params: readonly unknown[];
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
