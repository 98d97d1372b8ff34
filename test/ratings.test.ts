import { randomUUID } from 'node:crypto';
import { smoothedRating } from '../api/src/modules/feedback/rating';
import { startTestApi, type TestApi } from './support/api';

let api: TestApi;
const tokens: Record<string, string> = {};
const as = async (name: string) => (tokens[name] ??= await api.login(name));
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);
const ACT = `mutation($id: ID!, $action: CaseAction!, $v: Int!, $input: CaseActionInput) {
  performCaseAction(caseId: $id, action: $action, expectedVersion: $v, input: $input) { invitationCode case { id version status } } }`;
const RATE = 'mutation($id: ID!, $input: RatingInput!) { rateCase(caseId: $id, input: $input) { partyRole outcomeScore mediatorScore tags comment } }';

let caseId: string;
let mediatorId: string;

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  const [township] = await sql("select id from committee where name = '黄羊镇人民调解委员会'");
  mediatorId = String((await sql("select s.mediator_id from staff_assignment s join user_account u on u.id = s.user_id where u.openid = 'dev:mediator'"))[0].mediator_id);
  const filed = (await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id version } }', {
    input: { idempotencyKey: randomUUID(), disputeType: 'NEIGHBOURHOOD', regionCode: '620602101', committeeId: String(township.id), facts: '楼上漏水浸坏楼下天花板，协商无果。', claims: '修复并赔偿', respondents: [{ name: '邓某' }] },
  }, await as('rater-a'))).data.fileCase;
  caseId = filed.id;
  const staff = await as('huangyang-sifasuo');
  const accepted = (await api.gql(ACT, { id: caseId, action: 'ACCEPT', v: filed.version }, staff)).data.performCaseAction;
  await api.gql('mutation($c: String!) { respondToInvitation(code: $c, consent: true) { id } }', { c: accepted.invitationCode }, await as('rater-b'));
  const v = async () => (await sql('select version from mediation_case where id = ?', [Number(caseId)]))[0].version;
  await api.gql(ACT, { id: caseId, action: 'ASSIGN_MEDIATOR', v: await v(), input: { mediatorId } }, staff);
  await api.gql(ACT, { id: caseId, action: 'MEDIATOR_ACCEPT', v: await v() }, await as('mediator'));
  const early = await api.gql(RATE, { id: caseId, input: { outcomeScore: 5, mediatorScore: 5 } }, await as('rater-a'));
  expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  await api.gql('mutation($id: ID!) { draftAgreement(caseId: $id, input: { kind: ORAL, factsAndResponsibilities: "楼上住户负责修复并赔偿 800 元。" }) { id } }', { id: caseId }, await as('mediator'));
  const done = await api.gql(ACT, { id: caseId, action: 'RECORD_SUCCESS', v: await v(), input: { reason: '达成口头协议' } }, await as('mediator'));
  expect(done.data.performCaseAction.case.status).toBe('SUCCEEDED');
});
afterAll(() => api.close());

describe('ratings', () => {
  it('lets each party rate once after closure, and only the parties', async () => {
    const bad = await api.gql(RATE, { id: caseId, input: { outcomeScore: 6, mediatorScore: 0 } }, await as('rater-a'));
    expect(bad.errors?.[0]?.extensions?.problems.map((p: any) => p.field).sort()).toEqual(['input.mediatorScore', 'input.outcomeScore']);
    const a = await api.gql(RATE, { id: caseId, input: { outcomeScore: 5, mediatorScore: 5, tags: ['耐心细致', '公正', '公正'], comment: '很满意' } }, await as('rater-a'));
    expect(a.data.rateCase).toEqual({ partyRole: 'APPLICANT', outcomeScore: 5, mediatorScore: 5, tags: ['耐心细致', '公正'], comment: '很满意' });
    const twice = await api.gql(RATE, { id: caseId, input: { outcomeScore: 1, mediatorScore: 1 } }, await as('rater-a'));
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const b = await api.gql(RATE, { id: caseId, input: { outcomeScore: 3, mediatorScore: 4 } }, await as('rater-b'));
    expect(b.errors).toBeUndefined();
    const staff = await api.gql(RATE, { id: caseId, input: { outcomeScore: 5, mediatorScore: 5 } }, await as('huangyang-sifasuo'));
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const seenByParty = await api.gql('query($id: ID!) { case(id: $id) { ratings { partyRole } } }', { id: caseId }, await as('rater-b'));
    expect(seenByParty.data.case.ratings).toEqual([{ partyRole: 'RESPONDENT' }]);
    const seenByStaff = await api.gql('query($id: ID!) { case(id: $id) { ratings { partyRole mediatorScore } } }', { id: caseId }, await as('huangyang-sifasuo'));
    expect(seenByStaff.data.case.ratings).toEqual([{ partyRole: 'APPLICANT', mediatorScore: 5 }, { partyRole: 'RESPONDENT', mediatorScore: 4 }]);
  });

  it('shows a smoothed rating on the menu, kept exact with the reviews, and sorts by it', async () => {
    const res = await api.gql('query($id: ID!) { mediator(id: $id) { rating ratingCount } }', { id: mediatorId });
    expect(res.data.mediator).toEqual({ rating: smoothedRating(9, 2), ratingCount: 2 });
    expect(smoothedRating(9, 2)).toBe(4.14); // (4 × 5 + 5 + 4) / (5 + 2): two good reviews, not yet a 4.5
    const [totals] = await sql('select m.rating_sum, m.rating_count, (select sum(mediator_score)::int from case_rating r where r.mediator_id = m.id) as reviews from mediator m where m.id = ?', [Number(mediatorId)]);
    expect(totals).toEqual({ rating_sum: 9, rating_count: 2, reviews: 9 });
    const unrated = await api.gql('{ mediators(first: 100, filter: { grades: [4] }) { nodes { rating ratingCount } } }');
    expect(unrated.data.mediators.nodes.every((m: any) => m.rating === null && m.ratingCount === 0)).toBe(true);

    const nodes: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await api.gql('query($after: String) { mediators(sort: RATING, first: 7, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }', { after });
      nodes.push(...page.data.mediators.nodes.map((n: any) => n.id));
      after = page.data.mediators.pageInfo.hasNextPage ? page.data.mediators.pageInfo.endCursor : null;
    } while (after);
    expect(nodes[0]).toBe(mediatorId);
    const expected = await sql('select id from mediator where active order by round((20 + rating_sum)::numeric / (5 + rating_count) * 100) desc, grade, id');
    expect(nodes.map(Number)).toEqual(expected.map((r) => r.id));
  });
});
