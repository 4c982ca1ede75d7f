import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id and the OWASP parameters', async () => {
    const hash = await hasher.hash('Rakumpit-2026');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hasher.verify(hash, 'Rakumpit-2026')).toBe(true);
    expect(await hasher.verify(hash, 'rakumpit-2026')).toBe(false);
  });

  it('never accepts a password for an account without one, not even the decoy', async () => {
    expect(await hasher.verify(null, 'tunas-decoy-password')).toBe(false);
    expect(await hasher.verify('not-a-hash', 'anything')).toBe(false);
  });
});
