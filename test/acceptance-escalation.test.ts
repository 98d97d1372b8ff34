import { escalateUnacceptedCases } from '../api/src/jobs/escalate-unaccepted-cases';
import { startTestApi, type TestApi } from './support/api';
import { CaseWalker } from './support/cases';

/**
 * Every case has an owner above it (issue 12): a case waiting at a village is visible to the
 * township committee and the justice offices, has an acceptance deadline, and moves up a level
 * by itself when nobody accepts it in time — recorded on the timeline, once.
 */
let api: TestApi;
let walk: CaseWalker;
const VILLAGE = { committee: '黄羊村人民调解委员会', regionCode: '620602101201', disputeType: 'NEIGHBOURHOOD' };

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  walk = new CaseWalker(api);
});
afterAll(() => api.close());

const committeeId = async (name: string) => String((await api.sql<{ id: number }>('select id from committee where name = ?', [name]))[0].id);
const caseRow = async (id: string) => (await api.sql('select c.name as committee, mc.status, mc.acceptance_due_at, mc.acceptance_flagged_at from mediation_case mc join committee c on c.id = mc.committee_id where mc.id = ?', [Number(id)]))[0];
const events = (id: string, action: string) => api.sql('select actor_role, note from case_event where mediation_case_id = ? and action = ? order by id', [Number(id), action]);
const pastDeadline = (id: string) => api.sql("update mediation_case set acceptance_due_at = now() - interval '1 minute' where id = ?", [Number(id)]);

const CASE = 'query($id: ID!) { case(id: $id) { status acceptanceDueAt acceptanceState committee { name acceptanceDeadlineDays } timeline { action } } }';
const LIST = `query($f: CaseOversightFilter!) { oversightCases(filter: $f, first: 50) { totalCount nodes { id } } }`;
const BACKLOG = 'query($c: ID, $r: String, $s: Boolean) { caseBacklog(committeeId: $c, regionCode: $r, includeSubordinates: $s) { awaitingAcceptance acceptanceOverdue arranging inMediation overdue } }';

describe('a case waiting at a village committee', () => {
  it('has an acceptance deadline from its committee, and the township committee and both justice offices see it', async () => {
    const id = await walk.filed('esc-app-1', VILLAGE);
    const row = await caseRow(id);
    const [{ created }] = await api.sql('select created_at as created from mediation_case where id = ?', [Number(id)]);
    expect(new Date(row.acceptance_due_at).getTime() - new Date(created).getTime()).toBe(3 * 24 * 3600 * 1000);
    const applicant = await api.gql(CASE, { id }, await walk.as('esc-app-1'));
    expect(applicant.data.case).toMatchObject({ status: 'PENDING_ACCEPTANCE', acceptanceState: 'ON_TIME', committee: { name: '黄羊村人民调解委员会', acceptanceDeadlineDays: 3 } });
    for (const who of ['huangyang-admin', 'huangyang-sifasuo', 'sifaju']) {
      const res = await api.gql(CASE, { id }, await walk.as(who));
      expect({ who, errors: res.errors, status: res.data?.case?.status }).toEqual({ who, errors: undefined, status: 'PENDING_ACCEPTANCE' });
    }
    // The township reads and supervises; accepting is the village committee's (or the justice office's) step.
    await expect(walk.act(id, 'ACCEPT', 'huangyang-admin')).rejects.toThrow(/FORBIDDEN/);
    expect((await caseRow(id)).status).toBe('PENDING_ACCEPTANCE');

    const township = await committeeId('黄羊镇人民调解委员会');
    const own = await api.gql(LIST, { f: { committeeId: township, statuses: ['PENDING_ACCEPTANCE'] } }, await walk.as('huangyang-admin'));
    expect(own.data.oversightCases.nodes.map((n: any) => n.id)).not.toContain(id);
    const below = await api.gql(LIST, { f: { committeeId: township, includeSubordinates: true, statuses: ['PENDING_ACCEPTANCE'] } }, await walk.as('huangyang-admin'));
    expect(below.data.oversightCases.nodes.map((n: any) => n.id)).toContain(id);
    const backlog = await api.gql(BACKLOG, { c: township, s: true }, await walk.as('huangyang-admin'));
    const [{ n }] = await api.sql(`select count(*)::int as n from mediation_case mc join committee c on c.id = mc.committee_id
      where mc.status = 'PENDING_ACCEPTANCE' and (c.name = '黄羊镇人民调解委员会' or c.parent_id = ?)`, [Number(township)]);
    expect(backlog.data.caseBacklog.awaitingAcceptance).toBe(n);
  });

  it('moves up to the township when not accepted in time, once, recorded on the timeline and sent to the township\'s inbox', async () => {
    const id = await walk.filed('esc-app-2', VILLAGE);
    await pastDeadline(id);
    const seen = await api.gql(CASE, { id }, await walk.as('huangyang-admin'));
    expect(seen.data.case.acceptanceState).toBe('OVERDUE');
    const backlog = await api.gql(BACKLOG, { c: await committeeId('黄羊镇人民调解委员会'), s: true }, await walk.as('huangyang-admin'));
    expect(backlog.data.caseBacklog.acceptanceOverdue).toBeGreaterThanOrEqual(1);

    // Two job runners (two instances) at once: one escalation.
    const runs = await Promise.all([escalateUnacceptedCases(api.db.orm), escalateUnacceptedCases(api.db.orm)]);
    expect(runs.reduce((n, r) => n + r.escalated, 0)).toBe(1);
    const after = await caseRow(id);
    expect(after.committee).toBe('黄羊镇人民调解委员会');
    expect(after.status).toBe('PENDING_ACCEPTANCE');
    expect(new Date(after.acceptance_due_at).getTime()).toBeGreaterThan(Date.now() + 2 * 24 * 3600 * 1000);
    expect(await events(id, 'ESCALATE')).toEqual([{ actor_role: 'SYSTEM', note: '黄羊村人民调解委员会超过受理期限（3 天）未受理，自动移交黄羊镇人民调解委员会' }]);
    const [admin] = await api.sql("select u.id from user_account u where u.openid = 'dev:huangyang-admin'");
    const told = await api.sql("select kind, page from notification where user_id = ? and mediation_case_id = ? and kind = 'ESCALATE'", [admin.id, Number(id)]);
    expect(told).toHaveLength(1);
    // Now in the township's own inbox, and the township may accept it.
    const inbox = await api.gql('query($c: ID!) { committeeCases(committeeId: $c, statuses: [PENDING_ACCEPTANCE], first: 50) { nodes { id } } }', { c: await committeeId('黄羊镇人民调解委员会') }, await walk.as('huangyang-admin'));
    expect(inbox.data.committeeCases.nodes.map((n: any) => n.id)).toContain(id);
    expect(await escalateUnacceptedCases(api.db.orm)).toEqual({ escalated: 0, flagged: 0 });
    // The applicant is told the case moved, not the staff's reasons for it.
    const applicant = await api.gql(CASE, { id }, await walk.as('esc-app-2'));
    expect(applicant.data.case.timeline.map((e: any) => e.action)).toContain('ESCALATE');
    expect((await walk.act(id, 'ACCEPT', 'huangyang-admin')).case.status).toBe('AWAITING_CONSENT');
  });

  it('climbs to the top of the chain and is then flagged once, never lost', async () => {
    const id = await walk.filed('esc-app-3', VILLAGE);
    const climbed: string[] = [];
    for (let step = 0; step < 5; step++) {
      await pastDeadline(id);
      const run = await escalateUnacceptedCases(api.db.orm);
      climbed.push((await caseRow(id)).committee);
      if (run.flagged) break;
    }
    expect(climbed).toEqual(['黄羊镇人民调解委员会', '凉州区人民调解工作指导委员会', '凉州区人民调解工作指导委员会']);
    expect(await events(id, 'ACCEPTANCE_OVERDUE')).toEqual([{ actor_role: 'SYSTEM', note: '超过受理期限（3 天）仍未受理，挂牌督办' }]);
    expect(await escalateUnacceptedCases(api.db.orm)).toEqual({ escalated: 0, flagged: 0 });
    expect((await caseRow(id)).status).toBe('PENDING_ACCEPTANCE');
    const applicant = await api.gql(CASE, { id }, await walk.as('esc-app-3'));
    expect(applicant.data.case.timeline.map((e: any) => e.action)).not.toContain('ACCEPTANCE_OVERDUE');
    // The county's list of overdue cases shows it.
    const overdue = await api.gql(LIST, { f: { regionCode: '620602', overdue: true } }, await walk.as('sifaju'));
    expect(overdue.data.oversightCases.nodes.map((n: any) => n.id)).toContain(id);
  });
});

describe('督办', () => {
  it('lets the township committee and the justice office supervise a village case; the parties never read it', async () => {
    const id = await walk.filed('esc-app-4', VILLAGE);
    for (const who of ['huangyang-admin', 'huangyang-sifasuo']) {
      const res = await api.gql('mutation($id: ID!, $n: String!) { superviseCase(caseId: $id, note: $n) { id } }', { id, n: '请于明日前受理并联系双方' }, await walk.as(who));
      expect({ who, errors: res.errors }).toEqual({ who, errors: undefined });
    }
    expect(await events(id, 'SUPERVISION')).toEqual([
      { actor_role: 'SUPERVISING_COMMITTEE', note: '督办：请于明日前受理并联系双方' },
      { actor_role: 'COMMITTEE', note: '督办：请于明日前受理并联系双方' },
    ]);
    const applicant = await api.gql(CASE, { id }, await walk.as('esc-app-4'));
    expect(applicant.data.case.timeline.map((e: any) => e.action)).not.toContain('SUPERVISION');
  });

  it('refuses the applicant, the handling committee\'s own admin and an empty note, changing nothing', async () => {
    const id = await walk.filed('esc-app-5');
    const write = (who: string, note: string) => api.gql('mutation($id: ID!, $n: String!) { superviseCase(caseId: $id, note: $n) { id } }', { id, n: note }, who);
    expect((await write(await walk.as('esc-app-5'), '请尽快处理')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // 黄羊镇's own admin on its own case: supervision comes from above.
    expect((await write(await walk.as('huangyang-admin'), '请尽快处理')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await write(await walk.as('huangyang-sifasuo'), ' ')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(await events(id, 'SUPERVISION')).toEqual([]);
  });
});

describe('the lists above the committees', () => {
  it('filter a justice office\'s region by status, type, committee and overdue, and refuse what is outside its reach', async () => {
    const id = await walk.filed('esc-app-6', { ...VILLAGE, disputeType: 'MARRIAGE_FAMILY' });
    const token = await walk.as('huangyang-sifasuo');
    const byType = await api.gql(LIST, { f: { regionCode: '620602101', disputeType: 'MARRIAGE_FAMILY' } }, token);
    expect(byType.data.oversightCases.nodes.map((n: any) => n.id)).toContain(id);
    const [{ n }] = await api.sql(`select count(*)::int as n from mediation_case mc join committee c on c.id = mc.committee_id
      where c.region_code like '620602101%' and mc.dispute_type_code = 'MARRIAGE_FAMILY'`);
    expect(byType.data.oversightCases.totalCount).toBe(n);
    const village = await committeeId('黄羊村人民调解委员会');
    const byCommittee = await api.gql(LIST, { f: { regionCode: '620602101', handlingCommitteeId: village } }, token);
    expect(byCommittee.data.oversightCases.nodes.map((n: any) => n.id)).toContain(id);
    const outside = await api.gql(LIST, { f: { regionCode: '620602101', handlingCommitteeId: await committeeId('武南村人民调解委员会') } }, token);
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.handlingCommitteeId' });
    const elsewhere = await api.gql(LIST, { f: { regionCode: '620602102' } }, token);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const resident = await api.gql(LIST, { f: { regionCode: '620602101' } }, await walk.as('esc-app-6'));
    expect(resident.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets a committee set its acceptance deadline within 1 to 15 days, naming the field otherwise', async () => {
    const admin = await walk.as('admin');
    const village = await committeeId('黄羊村人民调解委员会');
    const update = (days: number) => api.gql('mutation($id: ID!, $d: Int) { updateCommittee(id: $id, input: { acceptanceDeadlineDays: $d }) { acceptanceDeadlineDays } }', { id: village, d: days }, admin);
    expect((await update(0)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.acceptanceDeadlineDays' });
    expect((await update(5)).data.updateCommittee.acceptanceDeadlineDays).toBe(5);
    const id = await walk.filed('esc-app-7', VILLAGE);
    const row = await caseRow(id);
    expect(new Date(row.acceptance_due_at).getTime()).toBeGreaterThan(Date.now() + 4.9 * 24 * 3600 * 1000);
    await update(3);
  });
});
