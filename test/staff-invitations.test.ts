import { startTestApi, type TestApi } from './support/api';

let api: TestApi;
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);
const INVITE = 'mutation($input: StaffInvitationInput!) { createStaffInvitation(input: $input) { code expiresAt assignment { id role regionCode committeeId mediatorId } } }';
const REDEEM = 'mutation($code: String!) { redeemStaffInvitation(code: $code) { staffRoles { role regionCode committeeId } } }';
const UPDATE = 'mutation($id: ID!) { updateCommittee(id: $id, input: { serviceHours: "周一至周五 9:00-17:00" }) { id } }';

beforeAll(async () => {
  api = await startTestApi({ demo: true });
});
afterAll(() => api.close());

const committeeIn = async (region: string) => String((await sql("select id from committee where region_code = ? and kind = 'TOWNSHIP'", [region]))[0].id);

describe('staff invitations', () => {
  it('binds a justice office role to a new WeChat account, which then manages exactly its region', async () => {
    const admin = await api.login('admin');
    const invited = await api.gql(INVITE, { input: { role: 'JUSTICE_OFFICE', displayName: '武南镇司法所', regionCode: '620602102' } }, admin);
    expect(invited.errors).toBeUndefined();
    const { code, assignment } = invited.data.createStaffInvitation;
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{10}$/);
    expect(assignment).toMatchObject({ role: 'JUSTICE_OFFICE', regionCode: '620602102', committeeId: null });
    const stored = await sql('select invitation_code_hash from staff_assignment where id = ?', [Number(assignment.id)]);
    expect(stored[0].invitation_code_hash).toHaveLength(64);
    expect(stored[0].invitation_code_hash).not.toContain(code);

    const newcomer = await api.login('wunan-officer');
    expect((await api.gql(UPDATE, { id: await committeeIn('620602102') }, newcomer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const redeemed = await api.gql(REDEEM, { code: code.toLowerCase() }, newcomer);
    expect(redeemed.data.redeemStaffInvitation.staffRoles).toEqual([{ role: 'JUSTICE_OFFICE', regionCode: '620602102', committeeId: null }]);
    // Roles are looked up per request: the same token now carries the new role.
    expect((await api.gql(UPDATE, { id: await committeeIn('620602102') }, newcomer)).errors).toBeUndefined();
    expect((await api.gql(UPDATE, { id: await committeeIn('620602101') }, newcomer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const again = await api.gql(REDEEM, { code }, await api.login('someone-else'));
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const audit = await sql("select action from audit_log where subject_id = ? order by id", [String(assignment.id)]);
    expect(audit.map((a) => a.action)).toEqual(['STAFF_INVITED', 'STAFF_BOUND']);
  });

  it('refuses expired codes', async () => {
    const admin = await api.login('admin');
    const { code, assignment } = (await api.gql(INVITE, { input: { role: 'SYSTEM_ADMIN', displayName: '新管理员' } }, admin)).data.createStaffInvitation;
    await sql("update staff_assignment set invitation_expires_at = now() - interval '1 minute' where id = ?", [Number(assignment.id)]);
    const res = await api.gql(REDEEM, { code }, await api.login('late-comer'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('lets each admin invite only within their own reach', async () => {
    const township = await api.login('huangyang-sifasuo');
    const committeeAdmin = await api.login('huangyang-admin');
    const own = await committeeIn('620602101');
    const [member] = await sql('select mediator_id as id from membership where committee_id = ? order by id limit 1', [Number(own)]);
    const [outsider] = await sql('select id from mediator m where not exists (select 1 from membership ms where ms.mediator_id = m.id and ms.committee_id = ?) limit 1', [Number(own)]);

    const code = async (token: string, input: object) => (await api.gql(INVITE, { input }, token)).errors?.[0]?.extensions?.code ?? 'OK';
    expect(await code(township, { role: 'JUSTICE_OFFICE', displayName: '凉州区司法局', regionCode: '620602' })).toBe('FORBIDDEN');
    expect(await code(township, { role: 'SYSTEM_ADMIN', displayName: '管理员' })).toBe('FORBIDDEN');
    expect(await code(township, { role: 'COMMITTEE_ADMIN', displayName: '黄羊镇调委会', committeeId: own })).toBe('OK');
    expect(await code(township, { role: 'COMMITTEE_ADMIN', displayName: '武南镇调委会', committeeId: await committeeIn('620602102') })).toBe('FORBIDDEN');
    expect(await code(committeeAdmin, { role: 'MEDIATOR', displayName: '调解员', committeeId: own, mediatorId: String(member.id) })).toBe('OK');
    expect(await code(committeeAdmin, { role: 'COMMITTEE_ADMIN', displayName: '另一位管理员', committeeId: own })).toBe('FORBIDDEN');
    expect(await code(committeeAdmin, { role: 'MEDIATOR', displayName: '调解员', committeeId: await committeeIn('620602102'), mediatorId: String(member.id) })).toBe('FORBIDDEN');
    const notMember = await api.gql(INVITE, { input: { role: 'MEDIATOR', displayName: '调解员', committeeId: own, mediatorId: String(outsider.id) } }, committeeAdmin);
    expect(notMember.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.mediatorId' });
    const missing = await api.gql(INVITE, { input: { role: 'MEDIATOR', displayName: '调解员' } }, committeeAdmin);
    expect(missing.errors?.[0]?.extensions?.problems.map((p: any) => p.field)).toEqual(['input.committeeId', 'input.mediatorId']);
  });
});
