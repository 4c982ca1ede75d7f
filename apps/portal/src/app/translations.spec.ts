import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES, KNOWN_REASONS, KNOWN_RULES, PORTAL_LANGUAGES, type Role } from '@tunas/portal/data-access';

type Catalogue = { [key: string]: string | Catalogue };

function load(language: string): Catalogue {
  return JSON.parse(readFileSync(join(__dirname, '../../public/i18n', `${language}.json`), 'utf8')) as Catalogue;
}

function keysOf(catalogue: Catalogue, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

const ROLES: readonly Role[] = ['LEARNER', 'TRAINER', 'PARTNER', 'SUPERVISOR', 'ADMIN'];

describe('translation files', () => {
  const catalogues = Object.fromEntries(PORTAL_LANGUAGES.map((language) => [language, load(language)]));
  const indonesianKeys = keysOf(catalogues['id']).sort();

  it.each(PORTAL_LANGUAGES)('%s has exactly the keys of the Indonesian file', (language) => {
    expect(keysOf(catalogues[language]).sort()).toEqual(indonesianKeys);
  });

  it('has words for every error code, reason and rule the portal maps', () => {
    const expected = [
      ...ERROR_CODES.map((code) => `errors.code.${code}`),
      ...KNOWN_REASONS.map((reason) => `errors.reason.${reason}`),
      ...KNOWN_RULES.map((rule) => `errors.rule.${rule}`),
      ...ROLES.map((role) => `roles.${role}`),
    ];

    expect(expected.filter((key) => !indonesianKeys.includes(key))).toEqual([]);
  });

  it('says "NIP/email atau kata sandi salah" for wrong credentials', () => {
    const errors = catalogues['id']['errors'] as Catalogue;
    expect((errors['reason'] as Catalogue)['INVALID_CREDENTIALS']).toBe('NIP/email atau kata sandi salah.');
  });

  it('leaves no value empty', () => {
    for (const language of PORTAL_LANGUAGES) {
      const empty = keysOf(catalogues[language]).filter((key) =>
        key.split('.').reduce<string | Catalogue>((node, part) => (node as Catalogue)[part], catalogues[language]) === '',
      );
      expect(empty).toEqual([]);
    }
  });
});
