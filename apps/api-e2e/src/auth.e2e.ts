import { TEST_DIALECTS } from '@tunas/shared/testing';
import { RunningApi, startApi } from './support/api-process';
import { DEMO_PASSWORD, errorCode, GraphQLClient } from './support/graphql-client';

const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { accessToken accessTokenExpiresAt refreshToken user { id nip name email roles } } }';
const ME = '{ me { id nip name email roles orgUnit { name } supervisor { name } } }';
const REFRESH = 'mutation { refreshSession { accessToken user { email } } }';

describe.each(TEST_DIALECTS)('sign-in on %s', (dialect) => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startApi(dialect);
  });
  afterAll(() => api?.stop());

  it('signs in with e-mail or NIP and answers `me` with the bearer token', async () => {
    const byEmail = new GraphQLClient(api.baseUrl);
    const login = await byEmail.request<{ login: { accessToken: string; refreshToken: string | null; user: { nip: string; roles: string[] } } }>(LOGIN, {
      input: { identifier: 'pelajar@tunas.test', password: DEMO_PASSWORD },
    });
    expect(login.errors).toEqual([]);
    expect(login.data?.login.user).toMatchObject({ nip: '199003152015032001', roles: ['LEARNER'] });
    expect(login.data?.login.refreshToken).toBeNull();
    const setCookie = login.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/tunas_refresh=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);

    byEmail.token = login.data!.login.accessToken;
    const me = await byEmail.request<{ me: { email: string; orgUnit: { name: string }; supervisor: { name: string } } }>(ME);
    expect(me.data?.me).toMatchObject({ email: 'pelajar@tunas.test', orgUnit: { name: 'Kelurahan Petuk Bukit' }, supervisor: { name: 'Bambang Irawan, S.Sos., M.AP' } });

    const byNip = new GraphQLClient(api.baseUrl);
    const user = await byNip.login('19820710 200801 1 003');
    expect(user.roles).toEqual(['LEARNER', 'TRAINER']);
  });

  it('gives unknown accounts and wrong passwords the same answer', async () => {
    const client = new GraphQLClient(api.baseUrl);
    const wrong = await client.request(LOGIN, { input: { identifier: 'admin@tunas.test', password: 'not-the-password' } });
    const unknown = await client.request(LOGIN, { input: { identifier: 'nobody@tunas.test', password: 'not-the-password' } });
    expect(wrong.errors[0]).toEqual(unknown.errors[0]);
    expect(wrong.errors[0]).toMatchObject({ message: 'Wrong NIP/e-mail or password', extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' } });
    expect(wrong.raw).not.toContain('stack');
  });

  it('refuses calls without a token, and with a forged one', async () => {
    const client = new GraphQLClient(api.baseUrl);
    expect(errorCode(await client.request(ME))).toBe('UNAUTHENTICATED');
    const signed = new GraphQLClient(api.baseUrl);
    await signed.login('pelajar@tunas.test');
    const [header, , signature] = signed.token!.split('.');
    const forgedClaims = Buffer.from(JSON.stringify({ sub: 'x', roles: ['ADMIN'], sid: 'y', iss: 'tunas', exp: 4102444800 })).toString('base64url');
    client.token = `${header}.${forgedClaims}.${signature}`;
    expect(errorCode(await client.request(ME))).toBe('UNAUTHENTICATED');
  });

  it('rotates the refresh cookie, and a replayed old cookie ends the whole session', async () => {
    const client = new GraphQLClient(api.baseUrl);
    await client.login('pelatih@tunas.test');
    const first = client.cookie('tunas_refresh')!;
    const refreshed = await client.request<{ refreshSession: { accessToken: string; user: { email: string } } }>(REFRESH);
    expect(refreshed.data?.refreshSession.user.email).toBe('pelatih@tunas.test');
    const second = client.cookie('tunas_refresh')!;
    expect(second).not.toBe(first);

    const thief = new GraphQLClient(api.baseUrl);
    thief.setCookie('tunas_refresh', first);
    expect((await thief.request(REFRESH)).errors[0]?.extensions?.reason).toBe('INVALID_REFRESH_TOKEN');
    // The replay revoked the family: the legitimate, newer token is dead too.
    expect(errorCode(await client.request(REFRESH))).toBe('UNAUTHENTICATED');
  });

  it('logs out: the refresh token stops working and the cookie is cleared', async () => {
    const client = new GraphQLClient(api.baseUrl);
    await client.login('mitra@tunas.test');
    const token = client.cookie('tunas_refresh')!;
    const logout = await client.request<{ logout: boolean }>('mutation { logout }');
    expect(logout.data?.logout).toBe(true);
    expect(client.cookie('tunas_refresh')).toBeUndefined();
    const again = new GraphQLClient(api.baseUrl);
    again.setCookie('tunas_refresh', token);
    expect(errorCode(await again.request(REFRESH))).toBe('UNAUTHENTICATED');
  });

  it('returns the refresh token in the body only to clients that ask, and accepts it as an argument', async () => {
    const client = new GraphQLClient(api.baseUrl);
    const login = await client.request<{ login: { refreshToken: string } }>(LOGIN, { input: { identifier: 'pimpinan@tunas.test', password: DEMO_PASSWORD, returnRefreshToken: true } });
    expect(login.headers.getSetCookie()).toEqual([]);
    const refreshToken = login.data!.login.refreshToken;
    expect(refreshToken.length).toBeGreaterThan(40);
    const next = await new GraphQLClient(api.baseUrl).request<{ refreshSession: { refreshToken: string } }>(
      'mutation($t: String) { refreshSession(refreshToken: $t) { refreshToken } }',
      { t: refreshToken },
    );
    expect(next.data?.refreshSession.refreshToken).toEqual(expect.any(String));
    expect(next.data?.refreshSession.refreshToken).not.toBe(refreshToken);
  });

  it('changes a password: the old one stops working, the new one works', async () => {
    const client = new GraphQLClient(api.baseUrl);
    await client.login('pimpinan@tunas.test');
    const short = await client.request('mutation($i: ChangePasswordInput!) { changePassword(input: $i) }', { i: { currentPassword: DEMO_PASSWORD, newPassword: 'short' } });
    expect(short.errors[0]?.extensions?.fieldErrors?.[0]).toMatchObject({ field: 'newPassword', rule: 'PASSWORD_TOO_SHORT' });
    const wrong = await client.request('mutation($i: ChangePasswordInput!) { changePassword(input: $i) }', { i: { currentPassword: 'nope-nope-nope', newPassword: 'Rakumpit-2026-baru' } });
    expect(wrong.errors[0]?.extensions?.fieldErrors?.[0]).toMatchObject({ field: 'currentPassword', rule: 'PASSWORD_WRONG' });
    const changed = await client.request<{ changePassword: boolean }>('mutation($i: ChangePasswordInput!) { changePassword(input: $i) }', { i: { currentPassword: DEMO_PASSWORD, newPassword: 'Rakumpit-2026-baru' } });
    expect(changed.data?.changePassword).toBe(true);
    expect(errorCode(await new GraphQLClient(api.baseUrl).request(LOGIN, { input: { identifier: 'pimpinan@tunas.test', password: DEMO_PASSWORD } }))).toBe('UNAUTHENTICATED');
    await new GraphQLClient(api.baseUrl).login('pimpinan@tunas.test', 'Rakumpit-2026-baru');
  });

  it('locks an account after five failed attempts, even for the right password', async () => {
    const client = new GraphQLClient(api.baseUrl);
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(errorCode(await client.request(LOGIN, { input: { identifier: 'mitra@tunas.test', password: `guess-${attempt}` } }))).toBe('UNAUTHENTICATED');
    }
    const locked = await client.request(LOGIN, { input: { identifier: 'mitra@tunas.test', password: DEMO_PASSWORD } });
    expect(locked.errors[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_LOGIN_ATTEMPTS' });
    // Another account from the same address is not locked by it.
    await client.login('pelajar@tunas.test');
  });
});
