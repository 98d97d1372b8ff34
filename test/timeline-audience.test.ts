import { escalateUnacceptedCases } from '../api/src/jobs/escalate-unaccepted-cases';
import { flagOverdueCases } from '../api/src/jobs/flag-overdue-cases';
import { sendReminders } from '../api/src/jobs/send-reminders';
import { EVENT_LABEL } from '../miniprogram/src/labels';
import { EVENT_AUDIENCE, EventAudience } from '../api/src/modules/case/case-event.audience';
import { startTestApi, type TestApi } from './support/api';
import { CaseWalker, confirmAgreement } from './support/cases';

/**
 * Who sees what on a case (issue 11). Cases walked through every kind of event there is — one
 * case through the long road (a village case under 黄羊镇, with a joint committee, a committee
 * above, 督办, reminders, the follow-up), others through refusal, transfer and escalation and
 * withdrawal, a mediator's decline, failure, the acceptance deadline at the top of the chain,
 * 补录 and a grid report — then each case's timeline, follow-ups and tasks read by every kind of
 * person who can see it: both parties, the handling committee's justice offices (township and
 * county), the system administrator, the case's mediator, a joint committee's admin, the admin of
 * the committee above, and a grid officer who reported it. What each should read is written out
 * here, not taken from the API's table.
 */
let api: TestApi;
let walk: CaseWalker;
const APPLICANT = 'aud-applicant';
const RESPONDENT = 'aud-respondent';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Which parties read each kind of event: both, only the party who did it, or neither (staff only). */
const PARTIES_READ: Record<string, 'both' | 'author' | 'neither'> = {
  FILE: 'both', ACCEPT: 'both', CONSENT: 'both', REFUSE: 'both', TRANSFER: 'both', ESCALATE: 'both',
  MUTUAL_CHOICE: 'both', NO_MUTUAL_CHOICE: 'both', ASSIGN_MEDIATOR: 'both', MEDIATOR_ACCEPT: 'both', MEDIATOR_DECLINE: 'both',
  REQUEST_REPLACEMENT: 'both', RECORD_SUCCESS: 'both', RECORD_FAILURE: 'both', WITHDRAW: 'both',
  SESSION_SCHEDULED: 'both', SESSION_RECORDED: 'both', AGREEMENT_DRAFTED: 'both', AGREEMENT_CONFIRMED: 'both',
  JUDICIAL_APPLIED: 'both', JUDICIAL_DECIDED: 'both', JUDICIAL_REMINDER: 'both', TERM_DUE: 'both', TERM_PERFORMANCE: 'both',
  EVIDENCE_ADDED: 'both', STATEMENT: 'both', BACKFILLED: 'both', JOINT_INVITED: 'both', INVITATION_REISSUED: 'both', INVITATION_REVOKED: 'both',
  // A party's private answers and choices: theirs and the staff's.
  FOLLOW_UP: 'author', MEDIATOR_REQUESTED: 'author',
  // What staff write about the parties, and what a party gives in confidence.
  IDENTITY_VOUCHED: 'neither', MEDIATOR_REQUEST_DECLINED: 'neither', RATED: 'neither', CONTACT: 'neither', WARNING: 'neither',
  OVERDUE: 'neither', ACCEPTANCE_OVERDUE: 'neither', SUPERVISION: 'neither', FOLLOW_UP_TASK: 'neither', FOLLOW_UP_TASK_DONE: 'neither',
};

/** Each case of the walk and who reads it: staff (everything) or as a party or registrar without a staff role (what parties read). */
const cases: { label: string; id: string; staff: string[]; parties: string[] }[] = [];
let demoMediator = '';
/** What each party of case D reads as "my ranking" while they choose. */
const rankingsSeen: Record<string, string[]> = {};

const gql = async (query: string, variables: Record<string, unknown>, who: string) => {
  const res = await api.gql(query, variables, await walk.as(who));
  if (res.errors) throw new Error(`${who}: ${JSON.stringify(res.errors)}`);
  return res.data;
};
const committeeId = async (where: string, params: unknown[] = []) => String((await api.sql<{ id: number }>(`select id from committee where ${where} order by id limit 1`, params))[0].id);
const file = async (who: string, committee: string, regionCode: string, key: string, extra: Record<string, unknown> = {}) =>
  (await gql('mutation($input: CaseInput!) { fileCase(input: $input) { id } }', {
    input: { idempotencyKey: key, disputeType: 'DAMAGES', regionCode, committeeId: committee, facts: '被申请人驾驶农用车倒车时撞坏申请人家院墙约三米。', claims: '赔偿修墙费用 3000 元', applicants: [{ name: '周海燕' }], respondents: [{ name: '吴德明' }], ...extra },
  }, who)).fileCase.id as string;
const rank = (caseId: string, who: string, mediatorIds: string[]) => gql('mutation($id: ID!, $m: [ID!]!) { rankMediators(caseId: $id, mediatorIds: $m) { id } }', { id: caseId, m: mediatorIds }, who);

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  walk = new CaseWalker(api);
  demoMediator = await walk.demoMediatorId();
  const township = await committeeId("name = '黄羊镇人民调解委员会'");
  const village = await committeeId("kind = 'VILLAGE' and parent_id = ?", [Number(township)]);
  const [{ region_code: villageRegion }] = await api.sql<{ region_code: string }>('select region_code from committee where id = ?', [Number(village)]);
  const centre = await committeeId("kind = 'ONE_STOP_CENTER'");
  // The one-stop centre's admin, to read the case as a joint committee.
  await walk.as('aud-centre-admin');
  await api.sql("insert into staff_assignment (role, display_name, user_id, committee_id, bound_at) values ('COMMITTEE_ADMIN', '中心主任', (select id from user_account where openid = 'dev:aud-centre-admin'), ?, now())", [Number(centre)]);

  // A — the long road, at a village committee under 黄羊镇. Filed with many people involved: the early warning fires (WARNING).
  const a = await file(APPLICANT, village, villageRegion, 'audience-a', { peopleInvolved: 25 });
  await walk.act(a, 'ACCEPT', 'huangyang-sifasuo');
  // Sent to the wrong person: withdrawn (INVITATION_REVOKED); then the committee checked who the respondent is and sends the link again (INVITATION_REISSUED, IDENTITY_VOUCHED).
  await gql('mutation($id: ID!) { revokeInvitation(caseId: $id) { id } }', { id: a }, 'huangyang-sifasuo');
  const reissued = await gql('mutation($id: ID!) { reissueInvitation(caseId: $id, identityCheck: "电话核实本人，姓名与申请一致") { invitationCode } }', { id: a }, 'huangyang-sifasuo');
  await gql('mutation($id: ID!) { logContact(caseId: $id, channel: PHONE, partyName: "吴德明", summary: "对方情绪激动，称申请人平时也占道") }', { id: a }, 'huangyang-sifasuo');
  await gql('mutation($c: String!) { respondToInvitation(code: $c, consent: true) { id } }', { c: reissued.reissueInvitation.invitationCode }, RESPONDENT);
  await gql('mutation($id: ID!, $c: ID!) { inviteJointCommittee(caseId: $id, committeeId: $c, note: "涉及多户，请中心协助") { id } }', { id: a, c: centre }, 'huangyang-sifasuo');
  await gql('mutation($id: ID!) { submitStatement(caseId: $id, statement: "院墙本来就有裂缝，不全是我撞的。") { id } }', { id: a }, RESPONDENT);
  // The applicant names a mediator from another village (theirs and the staff's); the committee declines (staff only).
  const [named] = await api.sql<{ id: number }>("select ms.mediator_id as id from membership ms join committee c on c.id = ms.committee_id where c.name = '高坝村人民调解委员会' order by ms.mediator_id limit 1");
  await gql('mutation($id: ID!, $m: ID!) { requestMediator(caseId: $id, mediatorId: $m, reason: "信得过") { id } }', { id: a, m: String(named.id) }, APPLICANT);
  const [request] = await api.sql<{ id: number }>('select id from mediator_request where mediation_case_id = ?', [Number(a)]);
  await gql('mutation($q: ID!) { answerMediatorRequest(requestId: $q, arrange: false, answer: "该调解员近期外出培训") { id } }', { q: String(request.id) }, 'huangyang-sifasuo');
  // The committee assigns one mediator and the applicant asks for another (REQUEST_REPLACEMENT); then two different
  // first choices (NO_MUTUAL_CHOICE) and the same one (MUTUAL_CHOICE), who takes the case.
  const menu = (await gql('query($id: ID!) { case(id: $id) { mediatorMenu { entries { mediator { id } } } } }', { id: a }, APPLICANT)).case.mediatorMenu.entries.map((e: { mediator: { id: string } }) => e.mediator.id) as string[];
  const [first, third] = menu.filter((m) => m !== demoMediator);
  expect(menu).toContain(demoMediator);
  await walk.act(a, 'ASSIGN_MEDIATOR', 'huangyang-sifasuo', { mediatorId: first });
  await walk.act(a, 'REQUEST_REPLACEMENT', APPLICANT, { reason: '想换一位更熟悉情况的调解员' });
  await rank(a, APPLICANT, [demoMediator]);
  await rank(a, RESPONDENT, [third]);
  await rank(a, RESPONDENT, [demoMediator]);
  await walk.act(a, 'MEDIATOR_ACCEPT', 'mediator');
  const session = await gql('mutation($id: ID!) { scheduleSession(caseId: $id, input: { scheduledAt: "2026-12-01T02:00:00Z", place: "调解室", mode: IN_PERSON }) { id } }', { id: a }, 'mediator');
  await gql('mutation($s: ID!) { recordSession(sessionId: $s, record: "双方陈述事实，被申请人同意赔偿。") { id } }', { s: session.scheduleSession.id }, 'mediator');
  const form = new FormData();
  form.append('file', new Blob([PNG], { type: 'image/png' }), '院墙.png');
  expect((await fetch(api.server.url.replace('/graphql', `/cases/${a}/evidence`), { method: 'POST', body: form, headers: { authorization: `Bearer ${await walk.as(APPLICANT)}` } })).status).toBe(201);
  await gql('mutation($id: ID!) { inviteJointDepartment(caseId: $id, name: "黄羊镇派出所") { id } }', { id: a }, 'huangyang-sifasuo');
  // The county justice office supervises (SUPERVISION, 督办); overdue while in mediation, the job flags it (OVERDUE, 挂牌督办).
  await gql('mutation($id: ID!) { superviseCase(caseId: $id, note: "涉及人数多，请加快调处") { id } }', { id: a }, 'sifaju');
  await api.sql("update mediation_case set due_at = now() - interval '1 day' where id = ?", [Number(a)]);
  await flagOverdueCases(api.db.orm);
  await gql(CaseWalker.DRAFT, { id: a }, 'mediator');
  for (const party of [APPLICANT, RESPONDENT]) expect((await confirmAgreement(api, a, await walk.as(party))).errors).toBeUndefined();
  await walk.act(a, 'RECORD_SUCCESS', 'mediator', { reason: '达成书面协议' });
  // Twenty-five days on, nobody has gone to court and the term has fallen due: the reminders (JUDICIAL_REMINDER, TERM_DUE).
  const [sealed] = await api.sql<{ d: string; at: Date }>("select to_char(sealed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as d, sealed_at as at from agreement where mediation_case_id = ?", [Number(a)]);
  expect(await sendReminders(api.db.orm, new Date(new Date(sealed.at).getTime() + 25 * 86_400_000))).toBeGreaterThanOrEqual(2);
  await gql('mutation($id: ID!, $d: String!) { applyForJudicialConfirmation(caseId: $id, input: { court: "凉州区人民法院", appliedOn: $d }) { id } }', { id: a, d: sealed.d }, APPLICANT);
  await gql('mutation($id: ID!) { recordJudicialResult(caseId: $id, result: CONFIRMED, reference: "（2026）甘0602民特9号") { id } }', { id: a }, 'huangyang-sifasuo');
  const [term] = await api.sql<{ id: number }>('select t.id from agreement_term t join agreement g on g.id = t.agreement_id where g.mediation_case_id = ?', [Number(a)]);
  await gql('mutation($t: ID!) { recordTermPerformance(termId: $t, performance: PERFORMED) { id } }', { t: String(term.id) }, 'huangyang-sifasuo');
  await gql('mutation($id: ID!) { rateCase(caseId: $id, input: { outcomeScore: 2, mediatorScore: 1, comment: "调解员偏向对方" }) { id } }', { id: a }, APPLICANT);
  const [followUp] = await api.sql<{ id: number }>('select id from follow_up where mediation_case_id = ? order by id limit 1', [Number(a)]);
  await gql('mutation($f: ID!) { answerFollowUp(followUpId: $f, input: { channel: SELF, flaredUp: true, satisfaction: 1, note: "对方又在通道堆东西" }) { id } }', { f: String(followUp.id) }, APPLICANT);
  const [task] = await api.sql<{ id: number }>('select id from follow_up_task where mediation_case_id = ?', [Number(a)]);
  await gql('mutation($t: ID!) { resolveFollowUpTask(taskId: $t, resolution: "已上门回访，双方和好") { id } }', { t: String(task.id) }, 'huangyang-sifasuo');
  cases.push({ label: 'A (village, the long road)', id: a, staff: ['huangyang-sifasuo', 'sifaju', 'admin', 'mediator', 'aud-centre-admin', 'huangyang-admin'], parties: [APPLICANT, RESPONDENT] });

  // B — the respondent refuses (REFUSE).
  const b = await walk.accepted('aud-b-applicant');
  await gql('mutation($c: String!) { respondToInvitation(code: $c, consent: false, reason: "不同意调解，准备起诉") { id } }', { c: b.invitationCode }, 'aud-b-respondent');
  cases.push({ label: 'B (refused)', id: b.id, staff: ['huangyang-sifasuo', 'huangyang-admin'], parties: ['aud-b-applicant', 'aud-b-respondent'] });

  // C — transferred to a village committee (TRANSFER), sent back up (ESCALATE), withdrawn (WITHDRAW).
  const c = await walk.filed('aud-c-applicant');
  await walk.act(c, 'TRANSFER', 'huangyang-sifasuo', { committeeId: village, reason: '属村内纠纷，由村调委会就地调处' });
  await walk.act(c, 'ESCALATE', 'huangyang-sifasuo', { reason: '村调委会调处力量不足，上报镇调委会' });
  await walk.act(c, 'WITHDRAW', 'aud-c-applicant', { reason: '双方已自行和解' });
  cases.push({ label: 'C (transferred, escalated, withdrawn)', id: c, staff: ['huangyang-sifasuo', 'sifaju'], parties: ['aud-c-applicant'] });

  // D — the applicant ranks (privately), the committee assigns, the mediator stands down (MEDIATOR_DECLINE).
  const d = await walk.choosingMediator('aud-d-applicant', 'aud-d-respondent');
  await rank(d, 'aud-d-applicant', [demoMediator]);
  for (const who of ['aud-d-applicant', 'aud-d-respondent']) rankingsSeen[who] = (await gql('query($id: ID!) { case(id: $id) { myRanking } }', { id: d }, who)).case.myRanking;
  await walk.act(d, 'ASSIGN_MEDIATOR', 'huangyang-sifasuo', { mediatorId: demoMediator });
  await walk.act(d, 'MEDIATOR_DECLINE', 'mediator', { reason: '与被申请人系近亲属，申请回避' });
  cases.push({ label: 'D (mediator declined)', id: d, staff: ['huangyang-sifasuo', 'huangyang-admin'], parties: ['aud-d-applicant', 'aud-d-respondent'] });

  // E — mediation fails (RECORD_FAILURE).
  const e = await walk.inMediation('aud-e-applicant', 'aud-e-respondent');
  await walk.act(e, 'RECORD_FAILURE', 'mediator', { reason: '双方分歧过大，未能达成协议' });
  cases.push({ label: 'E (failed)', id: e, staff: ['huangyang-sifasuo', 'mediator'], parties: ['aud-e-applicant', 'aud-e-respondent'] });

  // F — not accepted in time at a committee with nothing above it (ACCEPTANCE_OVERDUE).
  const top = await committeeId("parent_id is null and active and region_code like '620602%'");
  const [{ region_code: topRegion }] = await api.sql<{ region_code: string }>('select region_code from committee where id = ?', [Number(top)]);
  const f = await file('aud-f-applicant', top, topRegion.length >= 9 ? topRegion : '620602101', 'audience-f');
  await api.sql("update mediation_case set acceptance_due_at = now() - interval '1 hour' where id = ?", [Number(f)]);
  expect((await escalateUnacceptedCases(api.db.orm)).flagged).toBe(1);
  cases.push({ label: 'F (acceptance overdue at the top)', id: f, staff: ['sifaju', 'admin'], parties: ['aud-f-applicant'] });

  // G — a past case from the committee's ledger (BACKFILLED), read by the admin who recorded it.
  const g = (await gql('mutation($input: PastCaseInput!) { recordPastCase(input: $input) { id } }', {
    input: { idempotencyKey: 'audience-g', channel: 'WALK_IN', committeeId: township, disputeType: 'NEIGHBOURHOOD', regionCode: '620602101', facts: '两户因院墙排水问题发生争执。', claims: '改造排水沟',
      applicants: [{ name: '赵桂兰' }], respondents: [{ name: '钱德明' }], acceptedOn: '2025-03-10', closedOn: '2025-03-25', outcome: 'SUCCEEDED' },
  }, 'huangyang-admin')).recordPastCase.id as string;
  cases.push({ label: 'G (补录)', id: g, staff: ['huangyang-admin', 'huangyang-sifasuo'], parties: [] });

  // H — a grid officer's report: the officer reads it as the parties do.
  const h = (await gql('mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id } }', {
    input: { channel: 'GRID_REPORT', idempotencyKey: 'audience-h', disputeType: 'NEIGHBOURHOOD', regionCode: villageRegion, committeeId: village, facts: '两户因通道堆放杂物发生口角。', claims: '清理通道', peopleInvolved: 30, applicants: [{ name: '孙某' }], respondents: [{ name: '李某' }] },
  }, 'grid')).registerCase.id as string;
  await gql('mutation($id: ID!) { logContact(caseId: $id, channel: PHONE, partyName: "孙某", summary: "已电话了解情况") }', { id: h }, 'huangyang-sifasuo');
  cases.push({ label: 'H (grid report)', id: h, staff: ['huangyang-sifasuo'], parties: ['grid'] });
});
afterAll(() => api.close());

const READ = `query($id: ID!) { case(id: $id) { myRanking
  timeline { id action note audience }
  followUps { id status satisfaction note flaredUp }
  followUpTasks { id reason } } }`;

const eventsOf = (caseId: string) => api.sql<{ id: string; action: string; actor_user_id: number | null }>('select id::text, action, actor_user_id from case_event where mediation_case_id = ? order by id', [Number(caseId)]);

describe('the audience of every event', () => {
  it('the API decides each kind as written here, and the walk produced every kind there is', async () => {
    const decided = Object.fromEntries(Object.entries(EVENT_AUDIENCE).map(([kind, audience]) => [kind, { [EventAudience.EVERYONE]: 'both', [EventAudience.AUTHOR_AND_STAFF]: 'author', [EventAudience.STAFF]: 'neither' }[audience]]));
    expect(decided).toEqual(PARTIES_READ);
    const produced = new Set((await api.sql<{ action: string }>(`select distinct action from case_event where mediation_case_id in (${cases.map(() => '?').join(', ')})`, cases.map((c) => Number(c.id)))).map((r) => r.action));
    expect([...produced].sort()).toEqual(Object.keys(PARTIES_READ).sort());
  });

  it("a party's ranking is theirs alone: the other party never sees it", () => {
    expect(rankingsSeen).toEqual({ 'aud-d-applicant': [demoMediator], 'aud-d-respondent': [] });
  });

  it('every kind of event has the label a person reads on the timeline (never its code)', () => {
    expect(Object.keys(PARTIES_READ).filter((kind) => !EVENT_LABEL[kind])).toEqual([]);
  });

  const READERS = [
    ['A (village, the long road)', 'huangyang-sifasuo', 'staff'], ['A (village, the long road)', 'sifaju', 'staff'], ['A (village, the long road)', 'admin', 'staff'],
    ['A (village, the long road)', 'mediator', 'staff'], ['A (village, the long road)', 'aud-centre-admin', 'staff'], ['A (village, the long road)', 'huangyang-admin', 'staff'],
    ['A (village, the long road)', APPLICANT, 'party'], ['A (village, the long road)', RESPONDENT, 'party'],
    ['B (refused)', 'huangyang-sifasuo', 'staff'], ['B (refused)', 'huangyang-admin', 'staff'], ['B (refused)', 'aud-b-applicant', 'party'], ['B (refused)', 'aud-b-respondent', 'party'],
    ['C (transferred, escalated, withdrawn)', 'huangyang-sifasuo', 'staff'], ['C (transferred, escalated, withdrawn)', 'sifaju', 'staff'], ['C (transferred, escalated, withdrawn)', 'aud-c-applicant', 'party'],
    ['D (mediator declined)', 'huangyang-sifasuo', 'staff'], ['D (mediator declined)', 'huangyang-admin', 'staff'], ['D (mediator declined)', 'aud-d-applicant', 'party'], ['D (mediator declined)', 'aud-d-respondent', 'party'],
    ['E (failed)', 'huangyang-sifasuo', 'staff'], ['E (failed)', 'mediator', 'staff'], ['E (failed)', 'aud-e-applicant', 'party'], ['E (failed)', 'aud-e-respondent', 'party'],
    ['F (acceptance overdue at the top)', 'sifaju', 'staff'], ['F (acceptance overdue at the top)', 'admin', 'staff'], ['F (acceptance overdue at the top)', 'aud-f-applicant', 'party'],
    ['G (补录)', 'huangyang-admin', 'staff'], ['G (补录)', 'huangyang-sifasuo', 'staff'],
    ['H (grid report)', 'huangyang-sifasuo', 'staff'], ['H (grid report)', 'grid', 'party'],
  ] as const;

  it('reads every case as everyone the walk named for it', () => {
    const named = cases.flatMap((c) => [...c.staff.map((who) => `${c.label}|${who}|staff`), ...c.parties.map((who) => `${c.label}|${who}|party`)]);
    expect(READERS.map((r) => r.join('|')).sort()).toEqual(named.sort());
  });

  it.each(READERS)('case %s read by %s (%s)', async (label, who, as) => {
    const c = cases.find((k) => k.label === label)!;
    const seen = (await gql(READ, { id: c.id }, who)).case;
    const all = await eventsOf(c.id);
    const [me] = await api.sql<{ id: number }>('select id from user_account where openid = ?', [`dev:${who}`]);
    const expected = as === 'staff' ? all : all.filter((e) => PARTIES_READ[e.action] === 'both' || (PARTIES_READ[e.action] === 'author' && e.actor_user_id === me.id));
    // The same events (the timeline's own order is by time), by kind and by id.
    const byId = (events: { id: string; action: string }[]) => [...events].sort((x, y) => Number(x.id) - Number(y.id)).map((e) => `${e.id} ${e.action}`);
    expect(byId(seen.timeline)).toEqual(byId(expected));
    if (label.startsWith('A')) {
      if (as === 'staff') {
        expect(seen.followUpTasks).toHaveLength(1);
        expect(seen.followUps.find((f: { satisfaction: number | null }) => f.satisfaction === 1)).toMatchObject({ note: '对方又在通道堆东西', flaredUp: true });
      } else {
        const text = JSON.stringify(seen.timeline);
        expect(text).not.toMatch(/调解员 1 分|涉及人数|情绪激动|挂牌督办|回访发现|电话核实本人|外出培训/);
        expect(seen.followUpTasks).toEqual([]);
        const answered = seen.followUps.find((f: { status: string }) => f.status === 'ANSWERED');
        if (who === APPLICANT) expect(answered).toMatchObject({ satisfaction: 1, note: '对方又在通道堆东西' });
        else expect(answered).toMatchObject({ satisfaction: null, note: null, flaredUp: null });
      }
    }
  });
});
