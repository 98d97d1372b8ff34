import { startTestApi, type TestApi } from './support/api';
import { CaseWalker } from './support/cases';

/**
 * 指名 (issue 12): a party may name any mediator on the county's published menu; the committee
 * arranges it or records why not. Whom a party named never reaches the other party.
 */
let api: TestApi;
let walk: CaseWalker;
beforeAll(async () => {
  api = await startTestApi({ demo: true });
  walk = new CaseWalker(api);
});
afterAll(() => api.close());

const REQUEST = 'mutation($id: ID!, $m: ID!, $r: String) { requestMediator(caseId: $id, mediatorId: $m, reason: $r) { id } }';
const ANSWER = 'mutation($q: ID!, $a: Boolean!, $t: String) { answerMediatorRequest(requestId: $q, arrange: $a, answer: $t) { status mediator { id } } }';
const READ = 'query($id: ID!) { case(id: $id) { status mediatorRequests { id status statusLabel answer reason requestedBy mediator { id name } } timeline { action note } } }';

/** A mediator serving only a village far from 黄羊镇: on the county's menu, not on a 黄羊镇 case's menu. */
async function outsideTheMenu() {
  const [row] = await api.sql<{ id: number; name: string }>(`select m.id, m.name from mediator m join membership ms on ms.mediator_id = m.id join committee c on c.id = ms.committee_id
    where c.name = '高坝村人民调解委员会' and not m.in_expert_pool and not exists (select 1 from membership o where o.mediator_id = m.id and o.committee_id <> c.id) order by m.id limit 1`);
  return { id: String(row.id), name: row.name };
}

it('records a party\'s named mediator for the staff and that party only; the same name twice is one request', async () => {
  const id = await walk.choosingMediator('req-app-1', 'req-resp-1');
  const named = await outsideTheMenu();
  const menu = await api.gql('query($id: ID!) { case(id: $id) { mediatorMenu { entries { mediator { id } } } } }', { id }, await walk.as('req-app-1'));
  expect(menu.data.case.mediatorMenu.entries.map((e: any) => e.mediator.id)).not.toContain(named.id);
  for (let i = 0; i < 2; i++) expect((await api.gql(REQUEST, { id, m: named.id, r: '在村里调解过我家的事，信得过' }, await walk.as('req-app-1'))).errors).toBeUndefined();
  expect(await api.sql('select count(*)::int as n from mediator_request where mediation_case_id = ?', [Number(id)])).toEqual([{ n: 1 }]);

  const applicant = (await api.gql(READ, { id }, await walk.as('req-app-1'))).data.case;
  expect(applicant.mediatorRequests).toEqual([expect.objectContaining({ status: 'PENDING', statusLabel: '待调委会答复', requestedBy: 'APPLICANT', reason: '在村里调解过我家的事，信得过', mediator: named })]);
  expect(applicant.timeline.map((e: any) => e.action)).toContain('MEDIATOR_REQUESTED');
  const respondent = (await api.gql(READ, { id }, await walk.as('req-resp-1'))).data.case;
  expect(respondent.mediatorRequests).toEqual([]);
  expect(JSON.stringify(respondent.timeline)).not.toContain(named.name);
  const staff = (await api.gql(READ, { id }, await walk.as('huangyang-sifasuo'))).data.case;
  expect(staff.mediatorRequests).toHaveLength(1);
});

it('arranges a named mediator: assigned like any other, and the other party is not told who named them', async () => {
  const id = await walk.choosingMediator('req-app-2', 'req-resp-2');
  const named = await outsideTheMenu();
  await api.gql(REQUEST, { id, m: named.id }, await walk.as('req-resp-2'));
  const [request] = await api.sql<{ id: number }>('select id from mediator_request where mediation_case_id = ?', [Number(id)]);
  const arranged = await api.gql(ANSWER, { q: String(request.id), a: true }, await walk.as('huangyang-sifasuo'));
  expect(arranged.data.answerMediatorRequest).toEqual({ status: 'AWAITING_MEDIATOR', mediator: { id: named.id } });
  // The same answer again changes nothing; the opposite answer is refused.
  expect((await api.gql(ANSWER, { q: String(request.id), a: true }, await walk.as('huangyang-sifasuo'))).errors).toBeUndefined();
  expect((await api.gql(ANSWER, { q: String(request.id), a: false, t: '另有安排' }, await walk.as('huangyang-sifasuo'))).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  expect(await api.sql("select count(*)::int as n from case_event where mediation_case_id = ? and action = 'ASSIGN_MEDIATOR'", [Number(id)])).toEqual([{ n: 1 }]);
  const applicant = (await api.gql(READ, { id }, await walk.as('req-app-2'))).data.case;
  expect(applicant.mediatorRequests).toEqual([]);
  expect(applicant.timeline.filter((e: any) => /指名/.test(`${e.note ?? ''}`))).toEqual([]);
});

it('declines with a reason the asker reads, told to the asker alone; a decline without a reason changes nothing', async () => {
  const id = await walk.choosingMediator('req-app-3', 'req-resp-3');
  const named = await outsideTheMenu();
  await api.gql(REQUEST, { id, m: named.id }, await walk.as('req-app-3'));
  const [request] = await api.sql<{ id: number }>('select id from mediator_request where mediation_case_id = ?', [Number(id)]);
  const bare = await api.gql(ANSWER, { q: String(request.id), a: false, t: ' ' }, await walk.as('huangyang-sifasuo'));
  expect(bare.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'answer' });
  expect(await api.sql('select status from mediator_request where id = ?', [request.id])).toEqual([{ status: 'PENDING' }]);
  expect((await api.gql(ANSWER, { q: String(request.id), a: false, t: '该调解员近期在外地培训' }, await walk.as('huangyang-sifasuo'))).errors).toBeUndefined();
  const applicant = (await api.gql(READ, { id }, await walk.as('req-app-3'))).data.case;
  expect(applicant.mediatorRequests[0]).toMatchObject({ status: 'DECLINED', statusLabel: '未能安排', answer: '该调解员近期在外地培训' });
  expect(applicant.status).toBe('CHOOSING_MEDIATOR');
  const told = await api.sql(`select u.openid from notification n join user_account u on u.id = n.user_id
    where n.mediation_case_id = ? and n.kind = 'MEDIATOR_REQUEST_DECLINED'`, [Number(id)]);
  expect(told).toEqual([{ openid: 'dev:req-app-3' }]);
});

it('refuses a mediator outside the county\'s menu, staff naming, and a party answering, naming the field', async () => {
  const id = await walk.choosingMediator('req-app-4', 'req-resp-4');
  const created = await api.gql('mutation($input: CreateMediatorInput!) { createMediator(input: $input) { id } }', {
    input: { name: '未入册者', sex: 'MALE', ethnicity: '汉族', background: 'OTHER', specialtyCodes: ['NEIGHBOURHOOD'], languages: ['普通话'], employment: 'PART_TIME', grade: 4 },
  }, await walk.as('admin'));
  const unlisted = await api.gql(REQUEST, { id, m: created.data.createMediator.id }, await walk.as('req-app-4'));
  expect(unlisted.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mediatorId' });
  const byStaff = await api.gql(REQUEST, { id, m: (await outsideTheMenu()).id }, await walk.as('huangyang-sifasuo'));
  expect(byStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(await api.sql('select count(*)::int as n from mediator_request where mediation_case_id = ?', [Number(id)])).toEqual([{ n: 0 }]);
});
