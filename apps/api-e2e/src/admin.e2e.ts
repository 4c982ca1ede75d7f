import { TEST_DIALECTS } from '@tunas/shared/testing';
import { RunningApi, startApi } from './support/api-process';
import { errorCode, GraphQLClient } from './support/graphql-client';

const CREATE_USER = 'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id nip email roles activated version } activation { url emailed expiresAt } } }';
const UPDATE_USER = 'mutation($i: UpdateUserInput!) { updateUser(input: $i) { id name version } }';
const ORG_UNITS = '{ orgUnits { id name code kind parentId version } }';
const IMPORT = 'mutation($i: ImportUsersInput!) { importUsers(input: $i) { dryRun totalRows imported errors { line reason nip } activations { nip email url } } }';

interface Unit {
  id: string;
  name: string;
  code: string | null;
  parentId: string | null;
  version: number;
}

describe.each(TEST_DIALECTS)('administration on %s', (dialect) => {
  let api: RunningApi;
  let admin: GraphQLClient;
  let units: Unit[];

  beforeAll(async () => {
    api = await startApi(dialect);
    admin = new GraphQLClient(api.baseUrl);
    await admin.login('admin@tunas.test');
    units = (await admin.request<{ orgUnits: Unit[] }>(ORG_UNITS)).data!.orgUnits;
  });
  afterAll(() => api?.stop());

  const unit = (code: string) => units.find((candidate) => candidate.code === code)!;

  it('seeds Kota Palangka Raya with Kecamatan Rakumpit and its seven kelurahan', () => {
    const rakumpit = unit('PKY-RKP');
    expect(rakumpit.name).toBe('Kecamatan Rakumpit');
    expect(rakumpit.parentId).toBe(unit('PKY').id);
    expect(units.filter((candidate) => candidate.parentId === rakumpit.id).map((kelurahan) => kelurahan.name).sort()).toEqual([
      'Kelurahan Bukit Sua',
      'Kelurahan Gaung Baru',
      'Kelurahan Mungku Baru',
      'Kelurahan Pager',
      'Kelurahan Panjehang',
      'Kelurahan Petuk Barunai',
      'Kelurahan Petuk Bukit',
    ]);
  });

  it('names the NIP rule a malformed NIP breaks', async () => {
    const cases: Array<[string, string]> = [
      ['19900315201503200', 'NIP_LENGTH'],
      ['199013152015032001', 'NIP_BIRTH_DATE'],
      ['199003152015132001', 'NIP_TMT'],
      ['199003152015033001', 'NIP_GENDER'],
    ];
    for (const [nip, rule] of cases) {
      const result = await admin.request(CREATE_USER, { i: { nip, name: 'Uji Coba', email: `${rule.toLowerCase()}@tunas.test`, asnType: 'PNS', roles: ['LEARNER'] } });
      expect(result.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [expect.objectContaining({ field: 'nip', rule })] });
    }
    const invalidShape = await admin.request(CREATE_USER, { i: { name: 'X', email: 'x@tunas.test', roles: ['LEARNER'], orgUnitId: 'not-a-uuid' } });
    expect(invalidShape.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(invalidShape.errors[0]?.extensions?.fieldErrors?.map((error) => error.field).sort()).toEqual(['name', 'orgUnitId']);
  });

  it('creates a person who activates the account through the one-time link, then signs in', async () => {
    const created = await admin.request<{ createUser: { user: { id: string; activated: boolean; roles: string[] }; activation: { url: string; emailed: boolean } } }>(CREATE_USER, {
      i: { nip: '199407182019022003', name: 'Yuliana Dehen', email: 'Yuliana.Dehen@PalangkaRaya.go.id', asnType: 'PNS', position: 'Analis Kebijakan', orgUnitId: unit('PKY-RKP-PGR').id, roles: ['LEARNER'] },
    });
    expect(created.errors).toEqual([]);
    expect(created.data?.createUser.user).toMatchObject({ activated: false, roles: ['LEARNER'] });
    expect(created.data?.createUser.activation.emailed).toBe(false);
    const token = new URL(created.data!.createUser.activation.url).searchParams.get('token')!;

    const person = new GraphQLClient(api.baseUrl);
    const activateMutation = 'mutation($i: ActivateAccountInput!) { activateAccount(input: $i) { accessToken user { email activated } } }';
    const activated = await person.request<{ activateAccount: { user: { email: string; activated: boolean } } }>(activateMutation, { i: { token, password: 'Kalteng-Berkah-2026' } });
    expect(activated.data?.activateAccount.user).toEqual({ email: 'yuliana.dehen@palangkaraya.go.id', activated: true });
    const reused = await person.request(activateMutation, { i: { token, password: 'Kalteng-Berkah-2027' } });
    expect(reused.errors[0]?.extensions?.reason).toBe('INVALID_ACTIVATION_TOKEN');
    await new GraphQLClient(api.baseUrl).login('199407182019022003', 'Kalteng-Berkah-2026');

    const duplicate = await admin.request(CREATE_USER, { i: { nip: '199407182019022003', name: 'Lain', email: 'lain@tunas.test', asnType: 'PNS', roles: ['LEARNER'] } });
    expect(duplicate.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NIP_TAKEN' });
  });

  it('creates several people at once without a deadlock (activation links of new people take no gap locks)', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => admin.request<{ createUser: { user: { id: string } } }>(CREATE_USER, { i: { name: `Peserta Serentak ${i + 1}`, email: `serentak${i + 1}.${dialect}@tunas.test`, roles: ['LEARNER'] } })),
    );
    expect(results.map((result) => result.errors)).toEqual(results.map(() => []));
    expect(new Set(results.map((result) => result.data?.createUser.user.id)).size).toBe(8);
  });

  it('refuses a stale save instead of overwriting a newer one', async () => {
    const created = await admin.request<{ createUser: { user: { id: string; version: number } } }>(CREATE_USER, {
      i: { name: 'Rudi Hartono', email: 'rudi@tunas.test', roles: ['LEARNER'] },
    });
    const { id, version } = created.data!.createUser.user;
    const first = await admin.request<{ updateUser: { version: number } }>(UPDATE_USER, { i: { id, version, name: 'Rudi Hartono, S.T.' } });
    expect(first.data?.updateUser.version).toBe(version + 1);
    const stale = await admin.request(UPDATE_USER, { i: { id, version, name: 'Rudi H.' } });
    expect(stale.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const stored = await admin.request<{ user: { name: string } }>('query($id: ID!) { user(id: $id) { name } }', { id });
    expect(stored.data?.user.name).toBe('Rudi Hartono, S.T.');
  });

  it('deactivates a person, who then cannot sign in or refresh, and keeps the record', async () => {
    const person = new GraphQLClient(api.baseUrl);
    const { id } = await person.login('pelatih@tunas.test');
    const off = await admin.request<{ setUserActive: { active: boolean } }>('mutation($i: SetUserActiveInput!) { setUserActive(input: $i) { active } }', { i: { id, active: false } });
    expect(off.data?.setUserActive.active).toBe(false);
    const login = await new GraphQLClient(api.baseUrl).request('mutation { login(input: { identifier: "pelatih@tunas.test", password: "Tunas#2026" }) { accessToken } }');
    expect(login.errors[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_DISABLED' });
    expect(errorCode(await person.request('mutation { refreshSession { accessToken } }'))).toBe('UNAUTHENTICATED');
    const kept = await admin.request<{ user: { email: string; active: boolean } }>('query($id: ID!) { user(id: $id) { email active } }', { id });
    expect(kept.data?.user).toEqual({ email: 'pelatih@tunas.test', active: false });
    await admin.request('mutation($i: SetUserActiveInput!) { setUserActive(input: $i) { active } }', { i: { id, active: true } });
    await new GraphQLClient(api.baseUrl).login('pelatih@tunas.test');
  });

  it('assigns roles, and an admin cannot remove their own admin role', async () => {
    const person = await new GraphQLClient(api.baseUrl).login('pelajar@tunas.test');
    const granted = await admin.request<{ setUserRoles: { roles: string[] } }>('mutation($i: SetUserRolesInput!) { setUserRoles(input: $i) { roles } }', { i: { id: person.id, roles: ['TRAINER', 'LEARNER', 'TRAINER'] } });
    expect(granted.data?.setUserRoles.roles).toEqual(['LEARNER', 'TRAINER']);
    const self = (await admin.request<{ me: { id: string } }>('{ me { id } }')).data!.me.id;
    const refused = await admin.request('mutation($i: SetUserRolesInput!) { setUserRoles(input: $i) { roles } }', { i: { id: self, roles: ['LEARNER'] } });
    expect(refused.errors[0]?.extensions?.reason).toBe('CANNOT_CHANGE_OWN_ACCESS');
  });

  it('manages the unit tree: create, move, refuse cycles, refuse deleting a unit with members', async () => {
    const create = 'mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id version parentId } }';
    const parent = (await admin.request<{ createOrgUnit: Unit }>(create, { i: { name: 'Bidang Pengembangan Kompetensi', code: 'PKY-BKPSDM-PK', kind: 'UNIT_KERJA', parentId: unit('PKY-BKPSDM').id } })).data!.createOrgUnit;
    const child = (await admin.request<{ createOrgUnit: Unit }>(create, { i: { name: 'Subbidang Pelatihan', kind: 'UNIT_KERJA', parentId: parent.id } })).data!.createOrgUnit;
    const cycle = await admin.request('mutation($i: UpdateOrgUnitInput!) { updateOrgUnit(input: $i) { id } }', { i: { id: parent.id, version: parent.version, parentId: child.id } });
    expect(cycle.errors[0]?.extensions?.reason).toBe('ORG_UNIT_CYCLE');
    const moved = await admin.request<{ updateOrgUnit: { parentId: string } }>('mutation($i: UpdateOrgUnitInput!) { updateOrgUnit(input: $i) { parentId } }', { i: { id: parent.id, version: parent.version, parentId: unit('PKY-DISKOMINFO').id } });
    expect(moved.errors).toEqual([]);
    expect(moved.data?.updateOrgUnit.parentId).toBe(unit('PKY-DISKOMINFO').id);
    const duplicateCode = await admin.request(create, { i: { name: 'Lain', code: 'PKY-RKP', kind: 'UNIT_KERJA' } });
    expect(duplicateCode.errors[0]?.extensions?.reason).toBe('ORG_UNIT_CODE_TAKEN');
    const occupied = await admin.request('mutation($id: ID!) { deleteOrgUnit(id: $id) }', { id: unit('PKY-RKP-PTB').id });
    expect(occupied.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORG_UNIT_NOT_EMPTY' });
    expect((await admin.request<{ deleteOrgUnit: boolean }>('mutation($id: ID!) { deleteOrgUnit(id: $id) }', { id: child.id })).data?.deleteOrgUnit).toBe(true);
  });

  it('manages partner institutions with unique names', async () => {
    const created = await admin.request<{ createInstitution: { id: string; version: number } }>('mutation { createInstitution(input: { name: "Institut Agama Kristen Negeri Palangka Raya", shortName: "IAKN", kind: UNIVERSITY }) { id version } }');
    expect(created.errors).toEqual([]);
    const duplicate = await admin.request('mutation { createInstitution(input: { name: "Universitas Palangka Raya", kind: UNIVERSITY }) { id } }');
    expect(duplicate.errors[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'INSTITUTION_NAME_TAKEN' });
    const { id, version } = created.data!.createInstitution;
    const updated = await admin.request<{ updateInstitution: { active: boolean; version: number } }>('mutation($i: UpdateInstitutionInput!) { updateInstitution(input: $i) { active version } }', { i: { id, version, active: false } });
    expect(updated.data?.updateInstitution).toEqual({ active: false, version: version + 1 });
    const list = await admin.request<{ institutions: Array<{ shortName: string }> }>('{ institutions { shortName } }');
    expect(list.data?.institutions.map((institution) => institution.shortName).sort()).toEqual(['IAKN', 'UPR']);
  });

  it('imports people from a personnel CSV: every bad line reported by number, no half rows, dry run stores nothing', async () => {
    const csv = [
      '\uFEFFnip,nama,email,unit_kerja,jenis_asn',
      '199201012020121001,"Agus Salim, S.IP",agus.salim@palangkaraya.go.id,Kelurahan Pager,PNS',
      '199202022021032002,Rini Anggraini,rini@palangkaraya.go.id,PKY-RKP-GBR,cpns',
      '12345,Salah NIP,salah@palangkaraya.go.id,Kelurahan Pager,PNS',
      '199203032019022003,Tanpa Unit,tanpa@palangkaraya.go.id,Kelurahan Antah Berantah,PNS',
      '199204042019022004,Jenis Salah,jenis@palangkaraya.go.id,Kelurahan Pager,HONORER',
      '199201012020121001,Ganda,ganda@palangkaraya.go.id,Kelurahan Pager,PNS',
      '199003152015032001,Sudah Ada,baru@palangkaraya.go.id,Kelurahan Pager,PNS',
      '202301012023211234,"Petugas ""PPPK"" Lapangan",pppk@palangkaraya.go.id,Kelurahan Bukit Sua,PPPK',
      '199205052019022005,Email Salah,bukan-email,Kelurahan Pager,PNS',
      '',
    ].join('\r\n');
    const countUsers = async () => (await admin.request<{ users: { total: number } }>('{ users { total } }')).data!.users.total;
    const before = await countUsers();
    const dry = await admin.request<{ importUsers: { dryRun: boolean; totalRows: number; imported: number; errors: Array<{ line: number; reason: string }>; activations: unknown[] } }>(IMPORT, { i: { csv, dryRun: true } });
    expect(dry.errors).toEqual([]);
    expect(dry.data?.importUsers).toMatchObject({ dryRun: true, totalRows: 9, imported: 3, activations: [] });
    expect(dry.data?.importUsers.errors.map((error) => error.line)).toEqual([4, 5, 6, 7, 8, 10]);
    const reasons = dry.data!.importUsers.errors.map((error) => error.reason);
    expect(reasons[0]).toMatch(/nip: NIP must have 18 digits/);
    expect(reasons[1]).toMatch(/not a known unit/);
    expect(reasons[2]).toMatch(/jenis_asn "HONORER"/);
    expect(reasons[3]).toMatch(/already appears on line 2/);
    expect(reasons[4]).toMatch(/already registered/);
    expect(reasons[5]).toMatch(/not a valid e-mail/);
    expect(await countUsers()).toBe(before);

    const real = await admin.request<{ importUsers: { imported: number; activations: Array<{ nip: string; url: string }> } }>(IMPORT, { i: { csv, dryRun: false } });
    expect(real.data?.importUsers.imported).toBe(3);
    expect(await countUsers()).toBe(before + 3);
    expect(real.data?.importUsers.activations.map((activation) => activation.nip).sort()).toEqual(['199201012020121001', '199202022021032002', '202301012023211234']);
    const imported = await admin.request<{ users: { items: Array<{ name: string; asnType: string; roles: string[]; activated: boolean; orgUnit: { code: string } }> } }>(
      '{ users(filter: { role: LEARNER, active: true, search: "@palangkaraya.go.id" }) { items { name asnType roles activated orgUnit { code } } } }',
    );
    expect(imported.data?.users.items.filter((person) => !person.activated)).toEqual([
      { name: 'Agus Salim, S.IP', asnType: 'PNS', roles: ['LEARNER'], activated: false, orgUnit: { code: 'PKY-RKP-PGR' } },
      { name: 'Petugas "PPPK" Lapangan', asnType: 'PPPK', roles: ['LEARNER'], activated: false, orgUnit: { code: 'PKY-RKP-BKS' } },
      { name: 'Rini Anggraini', asnType: 'CPNS', roles: ['LEARNER'], activated: false, orgUnit: { code: 'PKY-RKP-GBR' } },
    ]);
  });

  it('refuses a CSV without the required header, or broken quoting, and imports nothing', async () => {
    const noHeader = await admin.request(IMPORT, { i: { csv: 'nip,nama,email\n199201012020121001,A,a@b.id\n' } });
    expect(noHeader.errors[0]?.message).toMatch(/missing: unit_kerja, jenis_asn/);
    const broken = await admin.request(IMPORT, { i: { csv: 'nip,nama,email,unit_kerja,jenis_asn\n199206062019022006,"Tanda kutip,a@b.id,Kelurahan Pager,PNS\n' } });
    expect(broken.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(broken.errors[0]?.message).toMatch(/not valid CSV/);
  });
});
