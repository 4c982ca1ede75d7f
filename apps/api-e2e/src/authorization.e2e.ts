import { TEST_DIALECTS } from '@tunas/shared/testing';
import { RunningApi, startApi } from './support/api-process';
import { errorCode, GraphQLClient } from './support/graphql-client';

describe.each(TEST_DIALECTS)('who may do what, on %s', (dialect) => {
  let api: RunningApi;
  const clients: Record<string, GraphQLClient> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi(dialect);
    for (const role of ['pelajar', 'pelatih', 'mitra', 'pimpinan', 'admin']) {
      clients[role] = new GraphQLClient(api.baseUrl);
      ids[role] = (await clients[role].login(`${role}@tunas.test`)).id;
    }
  });
  afterAll(() => api?.stop());

  it.each(['pelajar', 'pelatih', 'mitra', 'pimpinan'])('refuses admin operations to %s', async (role) => {
    const client = clients[role];
    expect(errorCode(await client.request('{ users { total } }'))).toBe('FORBIDDEN');
    expect(errorCode(await client.request('mutation { createUser(input: { name: "X Y", email: "xy@tunas.test", roles: [ADMIN] }) { user { id } } }'))).toBe('FORBIDDEN');
    expect(errorCode(await client.request(`mutation { setUserRoles(input: { id: "${ids[role]}", roles: [ADMIN] }) { roles } }`))).toBe('FORBIDDEN');
    expect(errorCode(await client.request('mutation { importUsers(input: { csv: "nip" }) { imported } }'))).toBe('FORBIDDEN');
    expect(errorCode(await client.request('mutation { createOrgUnit(input: { name: "Unit Liar", kind: UNIT_KERJA }) { id } }'))).toBe('FORBIDDEN');
    expect(errorCode(await client.request('mutation { createInstitution(input: { name: "Kampus Liar", kind: OTHER }) { id } }'))).toBe('FORBIDDEN');
  });

  it('lets a learner read themself but not another learner by id', async () => {
    const own = await clients['pelajar'].request<{ user: { email: string } }>('query($id: ID!) { user(id: $id) { email } }', { id: ids['pelajar'] });
    expect(own.data?.user.email).toBe('pelajar@tunas.test');
    const other = await clients['pelajar'].request('query($id: ID!) { user(id: $id) { email nip } }', { id: ids['pelatih'] });
    expect(errorCode(other)).toBe('NOT_FOUND');
    expect(other.raw).not.toContain('pelatih@tunas.test');
  });

  it('lets a supervisor read people in their unit subtree and direct reports, nobody else', async () => {
    const report = await clients['pimpinan'].request<{ user: { email: string } }>('query($id: ID!) { user(id: $id) { email } }', { id: ids['pelajar'] });
    expect(report.data?.user.email).toBe('pelajar@tunas.test');
    const outside = await clients['pimpinan'].request('query($id: ID!) { user(id: $id) { email } }', { id: ids['admin'] });
    expect(errorCode(outside)).toBe('NOT_FOUND');
  });

  it('answers the same NOT_FOUND for ids that do not exist', async () => {
    const missing = await clients['pelajar'].request('query($id: ID!) { user(id: $id) { email } }', { id: '00000000-0000-4000-8000-000000000000' });
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });

  it('shows the organisation tree and institutions to any signed-in user, nothing to anonymous callers', async () => {
    const anonymous = new GraphQLClient(api.baseUrl);
    expect(errorCode(await anonymous.request('{ orgUnits { id } }'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.request('{ institutions { id } }'))).toBe('UNAUTHENTICATED');
    const tree = await clients['mitra'].request<{ orgUnits: unknown[]; institutions: Array<{ name: string }> }>('{ orgUnits { id } institutions { name } }');
    expect(tree.data?.orgUnits.length).toBe(11);
    expect(tree.data?.institutions).toEqual([{ name: 'Universitas Palangka Raya' }]);
  });
});
