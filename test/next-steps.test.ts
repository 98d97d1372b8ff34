import { startTestApi, type TestApi } from './support/api';
import { CaseWalker } from './support/cases';

/** A closed case tells the resident what comes next, and its file is final (issue 12). */
let api: TestApi;
let walk: CaseWalker;
beforeAll(async () => {
  api = await startTestApi({ demo: true });
  walk = new CaseWalker(api);
});
afterAll(() => api.close());

const STEPS = 'query($id: ID!) { case(id: $id) { status nextSteps { title detail contact } } }';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
const upload = async (caseId: string, token: string, bytes: Buffer) => {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: 'image/png' }), '现场照片.png');
  return fetch(api.server.url.replace('/graphql', `/cases/${caseId}/evidence`), { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
};

it('says nothing while the case is open, and after success gives the judicial-confirmation deadline and the next term to perform', async () => {
  const open = await walk.inMediation('next-app-1', 'next-resp-1');
  expect((await api.gql(STEPS, { id: open }, await walk.as('next-app-1'))).data.case.nextSteps).toEqual([]);
  const id = await walk.succeeded('next-app-2', 'next-resp-2');
  const [{ sealed }] = await api.sql("select to_char(sealed_at at time zone 'Asia/Shanghai' + interval '30 days', 'YYYY-MM-DD') as sealed from agreement where mediation_case_id = ?", [Number(id)]);
  const steps = (await api.gql(STEPS, { id }, await walk.as('next-resp-2'))).data.case.nextSteps;
  expect(steps.map((s: any) => s.title)).toEqual(['司法确认', '按期履行协议']);
  expect(steps[0].detail).toContain(`${sealed} 前`);
  expect(steps[0].contact).toContain('凉州区人民法院');
  expect(steps[1].detail).toContain('2026-12-10');
});

it('after a refusal of a labour dispute, points to arbitration first (not straight to court) and to mediation again, with local contacts', async () => {
  const { invitationCode } = await walk.accepted('next-app-3', { disputeType: 'LABOUR' });
  const refused = await api.gql('mutation($c: String!) { respondToInvitation(code: $c, consent: false, reason: "不同意调解") { id status } }', { c: invitationCode }, await walk.as('next-resp-3'));
  expect(refused.data.respondToInvitation.status).toBe('REFUSED');
  const steps = (await api.gql(STEPS, { id: refused.data.respondToInvitation.id }, await walk.as('next-app-3'))).data.case.nextSteps;
  expect(steps.map((s: any) => s.title)).toEqual(['申请仲裁', '再次申请调解']);
  expect(steps[0].detail).toContain('劳动人事争议仲裁委员会');
  expect(steps[1].contact).toMatch(/^黄羊镇人民调解委员会（.+，电话 [\d-]+）$/);
});

it('after a failed land dispute, names the government route and the court', async () => {
  const id = await walk.inMediation('next-app-4', 'next-resp-4');
  await api.sql("update mediation_case set dispute_type_code = 'LAND_FOREST' where id = ?", [Number(id)]);
  await walk.act(id, 'RECORD_FAILURE', 'mediator', { reason: '双方分歧较大' });
  const steps = (await api.gql(STEPS, { id }, await walk.as('next-app-4'))).data.case.nextSteps;
  expect(steps.map((s: any) => s.title)).toEqual(['请求行政机关处理', '向人民法院起诉', '再次申请调解']);
});

it('takes evidence while the case is handled and refuses it once the case is closed, storing nothing', async () => {
  const open = await walk.inMediation('next-app-5', 'next-resp-5');
  expect((await upload(open, await walk.as('next-app-5'), PNG)).status).toBe(201);
  const closed = await walk.succeeded('next-app-6', 'next-resp-6');
  const before = await api.sql('select count(*)::int as n from case_evidence where mediation_case_id = ?', [Number(closed)]);
  const res = await upload(closed, await walk.as('next-app-6'), Buffer.concat([PNG, Buffer.from('x')]));
  expect(res.status).toBe(409);
  expect(await res.json()).toMatchObject({ error: '案件已办结，不能再补充证据材料' });
  expect(await api.sql('select count(*)::int as n from case_evidence where mediation_case_id = ?', [Number(closed)])).toEqual(before);
});

describe('a second filing against the same respondent', () => {
  const ASK = 'query($n: String!) { myOpenCaseAgainst(respondentName: $n) { id number } }';
  it('is flagged before it is sent while the first is open, and not once it is closed or for someone else', async () => {
    const first = await walk.filed('dup-app');
    const asked = await api.gql(ASK, { n: ' 吴德明 ' }, await walk.as('dup-app'));
    expect(asked.data.myOpenCaseAgainst.id).toBe(first);
    expect((await api.gql(ASK, { n: '王建国' }, await walk.as('dup-app'))).data.myOpenCaseAgainst).toBeNull();
    expect((await api.gql(ASK, { n: '吴德明' }, await walk.as('dup-other'))).data.myOpenCaseAgainst).toBeNull();
    await walk.act(first, 'WITHDRAW', 'dup-app', { reason: '已自行协商' });
    expect((await api.gql(ASK, { n: '吴德明' }, await walk.as('dup-app'))).data.myOpenCaseAgainst).toBeNull();
    expect((await api.gql(ASK, { n: ' ' }, await walk.as('dup-app'))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'respondentName' });
  });
});
