import { startTestApi, type TestApi } from './support/api';

let api: TestApi;
let admin: string;
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);
/** A fingerprint of every network table, to prove a refused mutation changed nothing. */
const snapshot = async () =>
  sql(`select (select count(*) from committee) c, (select count(*) from committee_dispute_type) cdt, (select count(*) from mediator) m,
    (select count(*) from mediator_specialty) ms, (select count(*) from membership) mem,
    (select md5(string_agg(row_to_json(x)::text, ',' order by x.id)) from committee x) ch,
    (select md5(string_agg(row_to_json(y)::text, ',' order by y.id)) from mediator y) mh,
    (select md5(string_agg(row_to_json(z)::text, ',' order by z.id)) from membership z) memh`);

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  admin = await api.login('admin');
});
/** Every call in this file is made by the demo system admin; who else may call what is authorization.test.ts. */
const gql = (query: string, variables?: Record<string, unknown>) => api.gql(query, variables, admin);
afterAll(() => api.close());

const CREATE_COMMITTEE = `mutation($input: CreateCommitteeInput!) { createCommittee(input: $input) {
  id name kind regionCode parentId hostInstitution hostName phone serviceHours disputeTypes { code } active } }`;
const UPDATE_COMMITTEE = `mutation($id: ID!, $input: UpdateCommitteeInput!) { updateCommittee(id: $id, input: $input) {
  id name address parentId latitude disputeTypes { code } } }`;
const CREATE_MEDIATOR = `mutation($input: CreateMediatorInput!) { createMediator(input: $input) {
  id name grade languages specialties { code } certificateNo active } }`;

const validCommittee = () => ({
  name: '凉州区婚姻家庭纠纷人民调解委员会',
  kind: 'INDUSTRY',
  regionCode: '620602',
  address: '凉州区妇联二楼',
  phone: '0935-2212345',
  disputeTypeCodes: ['MARRIAGE_FAMILY'],
});

async function expectRefused(query: string, variables: Record<string, unknown>, field: string, code = 'BAD_USER_INPUT') {
  const before = await snapshot();
  const res = await gql(query, variables);
  expect(res.data).toBeNull();
  const error = res.errors?.[0];
  expect(error?.extensions?.code).toBe(code);
  if (code === 'BAD_USER_INPUT') {
    expect(error?.extensions?.problems.map((p: any) => p.field)).toContain(field);
    expect(error?.message).toMatch(/输入有误/);
  } else {
    expect(error?.extensions?.field ?? field).toBe(field);
  }
  expect(await snapshot()).toEqual(before);
  return error;
}

describe('committees', () => {
  it('creates a committee with its dispute types, then finds it in the list', async () => {
    const res = await gql(CREATE_COMMITTEE, { input: validCommittee() });
    expect(res.errors).toBeUndefined();
    expect(res.data.createCommittee).toMatchObject({
      name: '凉州区婚姻家庭纠纷人民调解委员会', kind: 'INDUSTRY', regionCode: '620602', parentId: null,
      serviceHours: '周一至周五 8:30-12:00，14:30-18:00', disputeTypes: [{ code: 'MARRIAGE_FAMILY' }], active: true,
    });
    const listed = await gql('{ committees(filter: { search: "婚姻家庭" }) { nodes { id } } }');
    expect(listed.data.committees.nodes).toEqual([{ id: res.data.createCommittee.id }]);
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    await expectRefused(CREATE_COMMITTEE, { input: { ...validCommittee(), name: '调' } }, 'input.name');
    await expectRefused(CREATE_COMMITTEE, { input: { ...validCommittee(), phone: 'call me' } }, 'input.phone');
    await expectRefused(CREATE_COMMITTEE, { input: { ...validCommittee(), latitude: 123 } }, 'input.latitude');
    await expectRefused(CREATE_COMMITTEE, { input: { ...validCommittee(), regionCode: '000000' } }, 'input.regionCode');
    await expectRefused(CREATE_COMMITTEE, { input: { ...validCommittee(), disputeTypeCodes: ['NOPE'] } }, 'input.disputeTypeCodes');
    await expectRefused(CREATE_COMMITTEE, { input: { ...validCommittee(), disputeTypeCodes: [] } }, 'input.disputeTypeCodes');
    await expectRefused(CREATE_COMMITTEE, { input: { ...validCommittee(), parentId: '99999' } }, 'input.parentId');
    await expectRefused(CREATE_COMMITTEE, { input: { ...validCommittee(), kind: 'DISPATCHED_ROOM', disputeTypeCodes: [] } }, 'input.hostInstitution');
    await expectRefused(CREATE_COMMITTEE, { input: { ...validCommittee(), hostInstitution: 'COURT' } }, 'input.hostInstitution');
    // Several problems at once are all reported.
    const error = await expectRefused(CREATE_COMMITTEE, { input: { ...validCommittee(), name: '调', phone: 'x' } }, 'input.name');
    expect(error?.extensions?.problems.map((p: any) => p.field).sort()).toEqual(['input.name', 'input.phone']);
  });

  it('creates a dispatched room with its host institution', async () => {
    const res = await gql(CREATE_COMMITTEE, {
      input: { ...validCommittee(), name: '凉州区人民法院家事调解室', kind: 'DISPATCHED_ROOM', disputeTypeCodes: [], hostInstitution: 'COURT', hostName: '凉州区人民法院' },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.createCommittee).toMatchObject({ kind: 'DISPATCHED_ROOM', hostInstitution: 'COURT', hostName: '凉州区人民法院' });
  });

  it('updates only the given fields, clears with null, and refuses a parent cycle', async () => {
    const [village] = await sql("select c.id, c.parent_id, c.name from committee c where kind = 'VILLAGE' order by id limit 1");
    const res = await gql(UPDATE_COMMITTEE, { id: String(village.id), input: { address: '新村委会大院', latitude: null } });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateCommittee).toMatchObject({ name: village.name, address: '新村委会大院', parentId: String(village.parent_id), latitude: null });

    // The township (the village's parent) may not be placed under its own village.
    await expectRefused(UPDATE_COMMITTEE, { id: String(village.parent_id), input: { parentId: String(village.id) } }, 'input.parentId');
    await expectRefused(UPDATE_COMMITTEE, { id: String(village.id), input: { parentId: String(village.id) } }, 'input.parentId');
    await expectRefused(UPDATE_COMMITTEE, { id: String(village.id), input: { name: null } }, 'input.name');
    const missing = await gql(UPDATE_COMMITTEE, { id: '99999', input: { address: '某地' } });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('deactivates a committee: it leaves the list and its members leave the menu filter', async () => {
    const [c] = await sql("select id from committee where kind = 'MARKET' limit 1");
    const res = await gql('mutation($id: ID!) { setCommitteeActive(id: $id, active: false) { active } }', { id: String(c.id) });
    expect(res.data.setCommitteeActive.active).toBe(false);
    const list = await gql('{ committees(filter: { kinds: [MARKET] }) { nodes { id } } }');
    expect(list.data.committees.nodes).toEqual([]);
    const withInactive = await gql('{ committees(filter: { kinds: [MARKET], includeInactive: true }) { nodes { id active } } }');
    expect(withInactive.data.committees.nodes).toEqual([{ id: String(c.id), active: false }]);
    await gql('mutation($id: ID!) { setCommitteeActive(id: $id, active: true) { active } }', { id: String(c.id) });
  });
});

describe('mediators and memberships', () => {
  const validMediator = () => ({
    name: '马有信',
    sex: 'MALE',
    ethnicity: '回族',
    background: 'RETIRED_CADRE',
    backgroundNote: '原镇司法所所长',
    specialtyCodes: ['NEIGHBOURHOOD', 'HOUSING_HOMESTEAD', 'NEIGHBOURHOOD'],
    languages: ['普通话', ' 凉州话 '],
    employment: 'FULL_TIME',
    grade: 1,
    certificateNo: 'GS-2026-0001',
  });

  it('registers a mediator, appoints them to a committee, and the menu shows them', async () => {
    const created = await gql(CREATE_MEDIATOR, { input: validMediator() });
    expect(created.errors).toBeUndefined();
    const mediator = created.data.createMediator;
    expect(mediator).toMatchObject({ name: '马有信', grade: 1, languages: ['普通话', '凉州话'], active: true });
    expect(mediator.specialties.map((s: any) => s.code).sort()).toEqual(['HOUSING_HOMESTEAD', 'NEIGHBOURHOOD']);

    const [studio] = await sql("select id from committee where name = '马有信调解室'");
    const add = await gql('mutation($input: AddMembershipInput!) { addMembership(input: $input) { id role committee { name } mediator { name } } }', {
      input: { committeeId: String(studio.id), mediatorId: mediator.id, role: 'DIRECTOR' },
    });
    expect(add.errors).toBeUndefined();
    expect(add.data.addMembership).toMatchObject({ role: 'DIRECTOR', committee: { name: '马有信调解室' }, mediator: { name: '马有信' } });

    const menu = await gql('query($c: ID) { mediators(filter: { committeeId: $c, search: "马有信" }) { nodes { id memberships { role committee { name } } } } }', { c: String(studio.id) });
    expect(menu.data.mediators.nodes[0]).toEqual({ id: mediator.id, memberships: [{ role: 'DIRECTOR', committee: { name: '马有信调解室' } }] });

    // Appointing twice is refused; changing the role and ending the membership work.
    await expectRefused('mutation($input: AddMembershipInput!) { addMembership(input: $input) { id } }', {
      input: { committeeId: String(studio.id), mediatorId: mediator.id },
    }, 'input.mediatorId');
    const role = await gql('mutation($id: ID!) { setMembershipRole(id: $id, role: MEMBER) { role } }', { id: add.data.addMembership.id });
    expect(role.data.setMembershipRole.role).toBe('MEMBER');
    await gql('mutation($id: ID!) { endMembership(id: $id) { id } }', { id: add.data.addMembership.id });
    const after = await gql('query($id: ID!) { mediator(id: $id) { memberships { id } } }', { id: mediator.id });
    expect(after.data.mediator.memberships).toEqual([]);
    const again = await gql('mutation($id: ID!) { endMembership(id: $id) { id } }', { id: add.data.addMembership.id });
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses bad mediator input naming the field, and changes nothing', async () => {
    await expectRefused(CREATE_MEDIATOR, { input: { ...validMediator(), grade: 5, certificateNo: null } }, 'input.grade');
    await expectRefused(CREATE_MEDIATOR, { input: { ...validMediator(), name: '', certificateNo: null } }, 'input.name');
    await expectRefused(CREATE_MEDIATOR, { input: { ...validMediator(), photoUrl: 'javascript:alert(1)', certificateNo: null } }, 'input.photoUrl');
    await expectRefused(CREATE_MEDIATOR, { input: { ...validMediator(), specialtyCodes: ['UNKNOWN'], certificateNo: null } }, 'input.specialtyCodes');
    await expectRefused(CREATE_MEDIATOR, { input: { ...validMediator(), languages: ['x'.repeat(21)], certificateNo: null } }, 'input.languages');
    // The certificate number is unique.
    await expectRefused(CREATE_MEDIATOR, { input: validMediator() }, 'input.certificateNo', 'CONFLICT');
  });

  it('updates and deactivates a mediator (清退): they leave the menu', async () => {
    const [m] = await sql('select id from mediator where active order by id limit 1');
    const upd = await gql('mutation($id: ID!, $input: UpdateMediatorInput!) { updateMediator(id: $id, input: $input) { grade bio specialties { code } } }', {
      id: String(m.id), input: { grade: 2, bio: null, specialtyCodes: ['MEDICAL'] },
    });
    expect(upd.errors).toBeUndefined();
    expect(upd.data.updateMediator).toEqual({ grade: 2, bio: null, specialties: [{ code: 'MEDICAL' }] });
    await expectRefused('mutation($id: ID!, $input: UpdateMediatorInput!) { updateMediator(id: $id, input: $input) { id } }', { id: String(m.id), input: { grade: null } }, 'input.grade');

    const off = await gql('mutation($id: ID!) { setMediatorActive(id: $id, active: false) { active } }', { id: String(m.id) });
    expect(off.data.setMediatorActive.active).toBe(false);
    const menu = await gql('{ mediators(first: 100) { nodes { id } } }');
    expect(menu.data.mediators.nodes.map((n: any) => n.id)).not.toContain(String(m.id));
  });
});

describe('without the right role', () => {
  it('anonymous callers are UNAUTHENTICATED, residents FORBIDDEN, and nothing changes', async () => {
    const before = await snapshot();
    const anonymous = await api.gql(CREATE_COMMITTEE, { input: validCommittee() });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.errors?.[0]?.message).toBe('需要登录后才能执行此操作');
    const resident = await api.gql(CREATE_COMMITTEE, { input: validCommittee() }, await api.login('resident-zhang'));
    expect(resident.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot()).toEqual(before);
    const reads = await api.gql('{ committees(first: 1) { nodes { id } } }');
    expect(reads.errors).toBeUndefined();
  });
});
