import { hashSecretToken, newSecretToken } from './secret-token';

describe('secret tokens', () => {
  it('are 256 random bits, URL-safe, and stored only as their SHA-256', () => {
    const first = newSecretToken();
    const second = newSecretToken();
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.token).not.toBe(second.token);
    expect(first.hash).toBe(hashSecretToken(first.token));
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.hash).not.toContain(first.token);
  });
});
