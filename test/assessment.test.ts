import { startTestApi, type TestApi } from './support/api';

let api: TestApi;
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);
const ASSESS = `query($c: ID, $r: String, $h: String!) { mediatorAssessment(half: $h, committeeId: $c, regionCode: $r) {
  mediatorId cases successful successRate satisfaction overdue closed completeFiles score breakdown removalReason } }`;
let township: number;
let mediator: number;

async function insertCase(status: string, accepted: string, opts: { closed?: boolean; consent?: boolean; session?: boolean; sealed?: boolean; overdue?: boolean; ratings?: number[] }) {
  const [admin] = await sql("select id from user_account where openid = 'dev:admin'");
  const [c] = await sql(
    `insert into mediation_case (number, number_committee_id, number_year, number_seq, committee_id, status, channel, dispute_type_code, facts, claims,
       region_code, mediator_id, accepted_at, closed_at, overdue_flagged_at, created_by_id, idempotency_key)
     values (?, ?, 2026, ?, ?, ?, 'WALK_IN', 'NEIGHBOURHOOD', '事实', '请求', '620602101', ?, ?, ?, ?, ?, ?) returning id`,
    [`考核${accepted}${status}`, township, 4000 + Math.floor(Math.random() * 1e6), township, status, mediator, accepted,
      opts.closed ? accepted : null, opts.overdue ? accepted : null, admin.id, `assess-${Math.random()}`],
  );
  for (const action of ['FILE', 'ACCEPT', ...(opts.consent ? ['CONSENT'] : [])]) {
    await sql("insert into case_event (mediation_case_id, action, to_status, actor_role) values (?, ?, 'CHOOSING_MEDIATOR', 'SYSTEM')", [c.id, action]);
  }
  const parties: number[] = [];
  for (const role of ['APPLICANT', 'RESPONDENT']) parties.push((await sql("insert into case_party (mediation_case_id, role, kind, name) values (?, ?, 'PERSON', '当事人') returning id", [c.id, role]))[0].id);
  if (opts.session) await sql("insert into mediation_session (mediation_case_id, scheduled_at, place, mode, record) values (?, now(), '调解室', 'IN_PERSON', '笔录')", [c.id]);
  if (opts.sealed) await sql("insert into agreement (mediation_case_id, kind, facts_and_responsibilities, sealed_at) values (?, 'ORAL', '协议', now())", [c.id]);
  for (const [i, score] of (opts.ratings ?? []).entries()) {
    await sql('insert into case_rating (mediation_case_id, party_id, mediator_id, outcome_score, mediator_score) values (?, ?, ?, ?, ?)', [c.id, parties[i], mediator, score, score]);
  }
}

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  township = (await sql("select id from committee where name = '黄羊镇人民调解委员会'"))[0].id;
  mediator = (await sql('select mediator_id from membership where committee_id = ? and active order by mediator_id limit 1', [township]))[0].mediator_id;
  await insertCase('SUCCEEDED', '2026-02-01T09:00:00+08', { closed: true, consent: true, session: true, sealed: true, ratings: [5, 4] });
  await insertCase('FAILED', '2026-03-01T09:00:00+08', { closed: true, consent: true });
  await insertCase('IN_MEDIATION', '2026-05-01T09:00:00+08', { overdue: true });
  await insertCase('SUCCEEDED', '2026-07-01T09:00:00+08', { closed: true, consent: true, session: true, sealed: true }); // second half
});
afterAll(() => api.close());

describe('the half-year mediator assessment', () => {
  it('scores each mediator with a breakdown from the half year’s cases', async () => {
    const res = await api.gql(ASSESS, { c: String(township), h: '2026H1' }, await api.login('huangyang-admin'));
    expect(res.errors).toBeUndefined();
    expect(res.data.mediatorAssessment).toEqual([{
      mediatorId: String(mediator), cases: 3, successful: 1, successRate: 0.3333, satisfaction: 4.5, overdue: 1, closed: 2, completeFiles: 1,
      score: 50.3, breakdown: ['调解成功率 13.3', '群众满意度 27', '卷宗完整 15', '超期扣分 -5'], removalReason: null,
    }]);
    const second = await api.gql(ASSESS, { c: String(township), h: '2026H2' }, await api.login('huangyang-admin'));
    expect(second.data.mediatorAssessment[0]).toMatchObject({ cases: 1, successful: 1, successRate: 1, satisfaction: null });
    const bad = await api.gql(ASSESS, { c: String(township), h: '2026H3' }, await api.login('huangyang-admin'));
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'half' });
  });

  it('lets the committee mark a mediator for removal (清退), with the reason, audited', async () => {
    const MARK = 'mutation($m: ID!, $r: String!) { markMediatorForRemoval(mediatorId: $m, reason: $r) }';
    expect((await api.gql(MARK, { m: String(mediator), r: '不合格' }, await api.login('huangyang-admin'))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await api.gql(MARK, { m: String(mediator), r: '考核不合格，群众反映强烈' }, await api.login('resident-x'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const marked = await api.gql(MARK, { m: String(mediator), r: '考核不合格，群众反映强烈' }, await api.login('huangyang-admin'));
    expect(marked.data.markMediatorForRemoval).toBe(true);
    const res = await api.gql(ASSESS, { c: String(township), h: '2026H1' }, await api.login('huangyang-admin'));
    expect(res.data.mediatorAssessment[0].removalReason).toBe('考核不合格，群众反映强烈');
    const [audit] = await sql("select action, subject_id, reason from audit_log where action = 'MEDIATOR_REMOVAL_MARKED'");
    expect(audit).toEqual({ action: 'MEDIATOR_REMOVAL_MARKED', subject_id: String(mediator), reason: '考核不合格，群众反映强烈' });
  });
});
