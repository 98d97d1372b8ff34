import { flagOverdueCases } from '../api/src/jobs/flag-overdue-cases';
import { EVENT_LABEL } from '../miniprogram/src/labels';
import { EVENT_AUDIENCE, EventAudience } from '../api/src/modules/case/case-event.audience';
import { startTestApi, type TestApi } from './support/api';
import { CaseWalker, confirmAgreement } from './support/cases';

/**
 * Who sees what on a case (issue 11): one case walked through every kind of event, then its
 * timeline, follow-ups and tasks read by every role that can see the case. Ratings, warning
 * summaries, staff contact notes and supervision never reach a party; a party's follow-up answer
 * reaches only that party and the staff; a party's ranking never reaches the other party.
 */
let api: TestApi;
let walk: CaseWalker;
let caseId: string;
const APPLICANT = 'aud-applicant';
const RESPONDENT = 'aud-respondent';
const STAFF = ['huangyang-admin', 'huangyang-sifasuo', 'mediator', 'admin'];
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const gql = async (query: string, variables: Record<string, unknown>, who: string) => {
  const res = await api.gql(query, variables, await walk.as(who));
  if (res.errors) throw new Error(`${who}: ${JSON.stringify(res.errors)}`);
  return res.data;
};

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  walk = new CaseWalker(api);
  // Filed with many people involved: the early warning fires (WARNING).
  const [township] = await api.sql<{ id: number }>("select id from committee where name = '黄羊镇人民调解委员会'");
  caseId = (await gql('mutation($input: CaseInput!) { fileCase(input: $input) { id } }', {
    input: { idempotencyKey: 'audience-case-0001', disputeType: 'DAMAGES', regionCode: '620602101', committeeId: String(township.id), facts: '被申请人驾驶农用车倒车时撞坏申请人家院墙约三米。', claims: '赔偿修墙费用 3000 元', peopleInvolved: 25, applicants: [{ name: '周海燕' }], respondents: [{ name: '吴德明' }] },
  }, APPLICANT)).fileCase.id;
  const { invitationCode } = await walk.act(caseId, 'ACCEPT', 'huangyang-sifasuo');
  await gql('mutation($id: ID!) { logContact(caseId: $id, channel: PHONE, partyName: "吴德明", summary: "对方情绪激动，称申请人平时也占道") }', { id: caseId }, 'huangyang-sifasuo');
  await gql('mutation($c: String!) { respondToInvitation(code: $c, consent: true) { id } }', { c: invitationCode }, RESPONDENT);
  await gql('mutation($id: ID!, $m: [ID!]!) { rankMediators(caseId: $id, mediatorIds: $m) { id } }', { id: caseId, m: [await walk.demoMediatorId()] }, APPLICANT);
  // The respondent gives their own account (STATEMENT: everyone on the case).
  await gql('mutation($id: ID!) { submitStatement(caseId: $id, statement: "院墙本来就有裂缝，不全是我撞的。") { id } }', { id: caseId }, RESPONDENT);
  // The applicant names a mediator from another village (MEDIATOR_REQUESTED: theirs and the staff's); the committee declines (staff only).
  const [named] = await api.sql<{ id: number }>("select ms.mediator_id as id from membership ms join committee c on c.id = ms.committee_id where c.name = '高坝村人民调解委员会' order by ms.mediator_id limit 1");
  await gql('mutation($id: ID!, $m: ID!) { requestMediator(caseId: $id, mediatorId: $m, reason: "信得过") { id } }', { id: caseId, m: String(named.id) }, APPLICANT);
  const [request] = await api.sql<{ id: number }>('select id from mediator_request where mediation_case_id = ?', [Number(caseId)]);
  await gql('mutation($q: ID!) { answerMediatorRequest(requestId: $q, arrange: false, answer: "该调解员近期外出培训") { id } }', { q: String(request.id) }, 'huangyang-sifasuo');
  await walk.act(caseId, 'ASSIGN_MEDIATOR', 'huangyang-sifasuo', { mediatorId: await walk.demoMediatorId() });
  await walk.act(caseId, 'MEDIATOR_ACCEPT', 'mediator');
  const session = await gql('mutation($id: ID!) { scheduleSession(caseId: $id, input: { scheduledAt: "2026-12-01T02:00:00Z", place: "调解室", mode: IN_PERSON }) { id } }', { id: caseId }, 'mediator');
  await gql('mutation($s: ID!) { recordSession(sessionId: $s, record: "双方陈述事实，被申请人同意赔偿。") { id } }', { s: session.scheduleSession.id }, 'mediator');
  const form = new FormData();
  form.append('file', new Blob([PNG], { type: 'image/png' }), '院墙.png');
  expect((await fetch(api.server.url.replace('/graphql', `/cases/${caseId}/evidence`), { method: 'POST', body: form, headers: { authorization: `Bearer ${await walk.as(APPLICANT)}` } })).status).toBe(201);
  await gql('mutation($id: ID!) { inviteJointDepartment(caseId: $id, name: "黄羊镇派出所") { id } }', { id: caseId }, 'huangyang-sifasuo');
  // The county justice office supervises (SUPERVISION, 督办): staff only.
  await gql('mutation($id: ID!) { superviseCase(caseId: $id, note: "涉及人数多，请加快调处") { id } }', { id: caseId }, 'sifaju');
  // Overdue while in mediation: the job flags it (OVERDUE, 挂牌督办).
  await api.sql("update mediation_case set due_at = now() - interval '1 day' where id = ?", [Number(caseId)]);
  await flagOverdueCases(api.db.orm);
  await gql(CaseWalker.DRAFT, { id: caseId }, 'mediator');
  for (const party of [APPLICANT, RESPONDENT]) expect((await confirmAgreement(api, caseId, await walk.as(party))).errors).toBeUndefined();
  await walk.act(caseId, 'RECORD_SUCCESS', 'mediator', { reason: '达成书面协议' });
  const [sealed] = await api.sql<{ d: string }>("select to_char(sealed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as d from agreement where mediation_case_id = ?", [Number(caseId)]);
  await gql('mutation($id: ID!, $d: String!) { applyForJudicialConfirmation(caseId: $id, input: { court: "凉州区人民法院", appliedOn: $d }) { id } }', { id: caseId, d: sealed.d }, APPLICANT);
  await gql('mutation($id: ID!) { recordJudicialResult(caseId: $id, result: CONFIRMED, reference: "（2026）甘0602民特9号") { id } }', { id: caseId }, 'huangyang-sifasuo');
  const [term] = await api.sql<{ id: number }>('select t.id from agreement_term t join agreement a on a.id = t.agreement_id where a.mediation_case_id = ?', [Number(caseId)]);
  await gql('mutation($t: ID!) { recordTermPerformance(termId: $t, performance: PERFORMED) { id } }', { t: String(term.id) }, 'huangyang-sifasuo');
  await gql('mutation($id: ID!) { rateCase(caseId: $id, input: { outcomeScore: 2, mediatorScore: 1, comment: "调解员偏向对方" }) { id } }', { id: caseId }, APPLICANT);
  const [followUp] = await api.sql<{ id: number }>('select id from follow_up where mediation_case_id = ? order by id limit 1', [Number(caseId)]);
  await gql('mutation($f: ID!) { answerFollowUp(followUpId: $f, input: { channel: SELF, flaredUp: true, satisfaction: 1, note: "对方又在通道堆东西" }) { id } }', { f: String(followUp.id) }, APPLICANT);
  const [task] = await api.sql<{ id: number }>('select id from follow_up_task where mediation_case_id = ?', [Number(caseId)]);
  await gql('mutation($t: ID!) { resolveFollowUpTask(taskId: $t, resolution: "已上门回访，双方和好") { id } }', { t: String(task.id) }, 'huangyang-sifasuo');
});
afterAll(() => api.close());

const READ = `query($id: ID!) { case(id: $id) { myRanking
  timeline { id action note audience }
  followUps { id status satisfaction note flaredUp }
  followUpTasks { id reason } } }`;

describe('the audience of every event', () => {
  it('the walk produced every kind of event the audience table lists, and the table lists every kind produced', async () => {
    const kinds = new Set((await api.sql<{ action: string }>('select distinct action from case_event where mediation_case_id = ?', [Number(caseId)])).map((r) => r.action));
    for (const kind of kinds) expect(Object.keys(EVENT_AUDIENCE)).toContain(kind);
    // Not produced here, with their audience asserted by the table itself: other paths of the workflow and the reminder job.
    const elsewhere = ['REFUSE', 'TRANSFER', 'ESCALATE', 'MUTUAL_CHOICE', 'NO_MUTUAL_CHOICE', 'MEDIATOR_DECLINE', 'REQUEST_REPLACEMENT', 'RECORD_FAILURE', 'WITHDRAW', 'JUDICIAL_REMINDER', 'TERM_DUE', 'JOINT_INVITED', 'INVITATION_REISSUED', 'IDENTITY_VOUCHED', 'ACCEPTANCE_OVERDUE', 'BACKFILLED'];
    expect(Object.keys(EVENT_AUDIENCE).filter((k) => !kinds.has(k) && !elsewhere.includes(k))).toEqual([]);
    expect(kinds.size).toBeGreaterThanOrEqual(20);
  });

  it('every kind of event has the label a person reads on the timeline (never its code)', () => {
    expect(Object.keys(EVENT_AUDIENCE).filter((kind) => !EVENT_LABEL[kind])).toEqual([]);
  });

  const everyEventFor = async (who: string) => (await gql(READ, { id: caseId }, who)).case;

  it.each(STAFF)('%s (staff on the case) reads every event, every follow-up answer and every task', async (who) => {
    const seen = await everyEventFor(who);
    const all = await api.sql<{ id: string }>('select id::text from case_event where mediation_case_id = ? order by case_event.id', [Number(caseId)]);
    expect(seen.timeline.map((e: { id: string }) => e.id)).toEqual(all.map((e) => e.id));
    expect(seen.followUpTasks).toHaveLength(1);
    expect(seen.followUps.find((f: { satisfaction: number | null }) => f.satisfaction === 1)).toMatchObject({ note: '对方又在通道堆东西', flaredUp: true });
  });

  it.each([APPLICANT, RESPONDENT])('%s (a party) reads only what is for the parties, and their own follow-up answer', async (who) => {
    const seen = await everyEventFor(who);
    const all = await api.sql<{ id: string; action: string; actor_user_id: number | null }>('select id::text, action, actor_user_id from case_event where mediation_case_id = ? order by case_event.id', [Number(caseId)]);
    const [me] = await api.sql<{ id: number }>('select id from user_account where openid = ?', [`dev:${who}`]);
    const expected = all.filter((e) => {
      const audience = EVENT_AUDIENCE[e.action] ?? EventAudience.STAFF;
      return audience === EventAudience.EVERYONE || (audience === EventAudience.AUTHOR_AND_STAFF && e.actor_user_id === me.id);
    });
    expect(seen.timeline.map((e: { id: string }) => e.id)).toEqual(expected.map((e) => e.id));
    const actions = new Set(seen.timeline.map((e: { action: string }) => e.action));
    for (const hidden of ['RATED', 'WARNING', 'CONTACT', 'OVERDUE', 'FOLLOW_UP_TASK', 'FOLLOW_UP_TASK_DONE']) expect(actions).not.toContain(hidden);
    const text = JSON.stringify(seen.timeline);
    expect(text).not.toMatch(/调解员 1 分|涉及人数|情绪激动|挂牌督办|回访发现/);
    expect(seen.followUpTasks).toEqual([]);
    const answered = seen.followUps.find((f: { status: string }) => f.status === 'ANSWERED');
    if (who === APPLICANT) {
      expect(actions).toContain('FOLLOW_UP');
      expect(answered).toMatchObject({ satisfaction: 1, note: '对方又在通道堆东西' });
      expect(seen.myRanking).toEqual([await walk.demoMediatorId()]);
    } else {
      expect(actions).not.toContain('FOLLOW_UP');
      expect(answered).toMatchObject({ satisfaction: null, note: null, flaredUp: null });
      expect(seen.myRanking).toEqual([]); // the applicant's private choice is not the respondent's to see
    }
  });
});
