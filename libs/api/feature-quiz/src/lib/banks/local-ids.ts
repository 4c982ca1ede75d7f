import { randomBytes } from 'node:crypto';

const RANDOM_ID = /^[a-z0-9]{12}$/;
const ID_KEYS = new Set(['id', 'answerId']);

/**
 * Import formats and editors number choices in authored order ("a1", "c2"), and authors often put the right
 * answer first: such ids would tell a learner which choice is right. Every id inside a stored config is
 * therefore replaced by a random one, consistently (a matching pair keeps pointing at its answer). Ids that are
 * already random are kept, so an edited question keeps the ids learners' responses refer to.
 */
export function randomiseLocalIds<T>(config: T): T {
  const mapping = new Map<string, string>();
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => {
        if (ID_KEYS.has(key) && typeof inner === 'string' && !RANDOM_ID.test(inner)) {
          if (!mapping.has(inner)) mapping.set(inner, newId());
          return [key, mapping.get(inner)];
        }
        return [key, walk(inner)];
      }),
    );
  };
  return walk(config) as T;
}

function newId(): string {
  // 12 base-36 characters: about 62 random bits, plenty within one question.
  return Array.from(randomBytes(12), (byte) => (byte % 36).toString(36)).join('');
}
