import { randomUUID } from 'node:crypto';
import { startTestApi, type TestApi } from './support/api';
import { CaseWalker } from './support/cases';
import { type FakeWeChat, startFakeWeChat } from './support/fake-wechat';
import { URL_LINK_PAUSE_MS } from '../api/src/modules/identity/wechat.client';

/**
 * The respondent is really the respondent (issue 11): the invitation code makes its holder the
 * respondent only if they are not already the applicant or staff on the case, and — where the
 * filing gave the respondent's phone — only if the holder has bound that phone, or the committee
 * checked the respondent's identity and vouched for the invitation it sent them.
 */
let api: TestApi;
let wechat: FakeWeChat;
let walk: CaseWalker;

beforeAll(async () => {
  wechat = await startFakeWeChat();
  api = await startTestApi({ demo: true, env: { WECHAT_API_BASE: wechat.base } });
  walk = new CaseWalker(api);
});
afterAll(async () => {
  await api.close();
  await wechat.close();
});

const RESPOND = 'mutation($c: String!) { respondToInvitation(code: $c, consent: true) { id status } }';

/** Filed with the respondent's phone, accepted: the invitation code. */
async function invitation(applicant: string) {
  const [township] = await api.sql<{ id: number }>("select id from committee where name = '黄羊镇人民调解委员会'");
  const filed = await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id } }', {
    input: { idempotencyKey: randomUUID(), disputeType: 'DAMAGES', regionCode: '620602101', committeeId: String(township.id), facts: '被申请人驾驶农用车倒车时撞坏申请人家院墙约三米。', claims: '赔偿修墙费用', applicants: [{ name: '周海燕' }], respondents: [{ name: '吴德明', phone: '13900001111' }] },
  }, await walk.as(applicant));
  const { invitationCode } = await walk.act(filed.data.fileCase.id, 'ACCEPT', 'huangyang-sifasuo');
  return { id: filed.data.fileCase.id as string, code: invitationCode as string };
}

async function withPhone(openid: string, phone: string) {
  const token = (await api.gql('mutation($c: String!) { loginWithWeChat(code: $c) { accessToken } }', { c: `ok:${openid}` })).data.loginWithWeChat.accessToken as string;
  await api.gql('mutation { acceptPrivacyPolicy(version: "2026-11-01") { id } }', {}, token);
  expect((await api.gql('mutation($c: String!) { bindPhoneNumber(code: $c) { phone } }', { c: `phone:${phone}` }, token)).errors).toBeUndefined();
  return token;
}

describe('who may answer an invitation', () => {
  it('refuses the applicant and the staff on the case, who would otherwise consent on the respondent\'s behalf', async () => {
    const { id, code } = await invitation('resp-applicant');
    for (const who of ['resp-applicant', 'huangyang-sifasuo']) {
      const res = await api.gql(RESPOND, { c: code }, await walk.as(who));
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await api.sql<{ status: string }>('select status from mediation_case where id = ?', [Number(id)]))[0].status).toBe('AWAITING_CONSENT');
    expect(await api.sql('select user_id from case_party where mediation_case_id = ? and role = ? and user_id is not null', [Number(id), 'RESPONDENT'])).toEqual([]);
  });

  it('refuses someone whose bound phone is not the respondent\'s, and accepts the respondent whose phone matches', async () => {
    const { id, code } = await invitation('resp-applicant-2');
    const stranger = await withPhone('openid-stranger', '13700002222');
    const refused = await api.gql(RESPOND, { c: code }, stranger);
    expect(refused.errors?.[0]).toMatchObject({ message: '您绑定的手机号与申请时填写的被申请人电话不一致，请联系调委会核实身份', extensions: { code: 'FORBIDDEN' } });
    const respondent = await withPhone('openid-respondent', '13900001111');
    const accepted = await api.gql(RESPOND, { c: code }, respondent);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.respondToInvitation).toEqual({ id, status: 'CHOOSING_MEDIATOR' });
  });

  it('refuses a holder who has bound no phone, while the filing gave the respondent\'s: nothing changes', async () => {
    const { id, code } = await invitation('resp-applicant-4');
    const refused = await api.gql(RESPOND, { c: code }, await walk.as('resp-no-phone'));
    expect(refused.errors?.[0]).toMatchObject({ message: '请先绑定手机号，以核实您是被申请人本人；也可以联系调委会核实身份后重新发送邀请', extensions: { code: 'FORBIDDEN' } });
    expect((await api.sql<{ status: string }>('select status from mediation_case where id = ?', [Number(id)]))[0].status).toBe('AWAITING_CONSENT');
    expect(await api.sql('select user_id from case_party where mediation_case_id = ? and role = ? and user_id is not null', [Number(id), 'RESPONDENT'])).toEqual([]);
  });

  it('lets the committee vouch for whom it sends a new invitation: its holder answers whatever phone they bound, and the check is on the record', async () => {
    const { id } = await invitation('resp-applicant-5');
    const REISSUE = 'mutation($id: ID!, $check: String) { reissueInvitation(caseId: $id, identityCheck: $check) { invitationCode } }';
    const staff = await walk.as('huangyang-sifasuo');
    const tooShort = await api.gql(REISSUE, { id, check: '核实' }, staff);
    expect(tooShort.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'identityCheck' });
    const vouched = (await api.gql(REISSUE, { id, check: '电话核实本人，姓名与申请一致' }, staff)).data.reissueInvitation.invitationCode as string;
    // Someone whose bound phone is another number, checked by the committee by phone: accepted.
    const respondent = await withPhone('openid-respondent-new-number', '13600003333');
    const accepted = await api.gql(RESPOND, { c: vouched }, respondent);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.respondToInvitation).toEqual({ id, status: 'CHOOSING_MEDIATOR' });
    const notes = await api.sql<{ action: string; note: string }>("select action, note from case_event where mediation_case_id = ? and action in ('INVITATION_REISSUED', 'IDENTITY_VOUCHED') order by id", [Number(id)]);
    expect(notes).toEqual([
      { action: 'INVITATION_REISSUED', note: '重新发送调解邀请，此前的邀请链接失效' },
      { action: 'IDENTITY_VOUCHED', note: '已核实被申请人身份：电话核实本人，姓名与申请一致' },
    ]);
    // How the committee checked may name the respondent's phone or papers: the applicant never reads it.
    const applicantReads = await api.gql('query($id: ID!) { case(id: $id) { timeline { action note } } }', { id }, await walk.as('resp-applicant-5'));
    expect(applicantReads.data.case.timeline.map((e: any) => e.action)).toContain('INVITATION_REISSUED');
    expect(JSON.stringify(applicantReads.data.case.timeline)).not.toContain('电话核实本人');
    expect(await api.sql('select invitation_identity_check from mediation_case where id = ?', [Number(id)])).toEqual([{ invitation_identity_check: null }]);
  });

  it('an invitation re-issued without a check asks for the matching phone again', async () => {
    const { id } = await invitation('resp-applicant-6');
    const REISSUE = 'mutation($id: ID!, $check: String) { reissueInvitation(caseId: $id, identityCheck: $check) { invitationCode } }';
    const staff = await walk.as('huangyang-sifasuo');
    await api.gql(REISSUE, { id, check: '当面查验身份证' }, staff);
    const plain = (await api.gql(REISSUE, { id }, staff)).data.reissueInvitation.invitationCode as string;
    const refused = await api.gql(RESPOND, { c: plain }, await withPhone('openid-other-number', '13600004444'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.sql<{ status: string }>('select status from mediation_case where id = ?', [Number(id)]))[0].status).toBe('AWAITING_CONSENT');
  });

  it('shows the claims to the signed-in respondent holding the code, before they answer; not to an anonymous one', async () => {
    const { code } = await invitation('resp-applicant-3');
    const PREVIEW = 'query($c: String!) { caseInvitation(code: $c) { applicantNames claims } }';
    expect((await api.gql(PREVIEW, { c: code })).data.caseInvitation).toEqual({ applicantNames: ['周海燕'], claims: null });
    expect((await api.gql(PREVIEW, { c: code }, await withPhone('openid-resp-reader', '13900001111'))).data.caseInvitation.claims).toBe('赔偿修墙费用');
  });
});

describe('the applicant\'s own phone', () => {
  it('is the phone they bound when they file without typing one, and what they type otherwise', async () => {
    const token = await withPhone('bound-applicant', '13700001234');
    const [township] = await api.sql<{ id: number }>("select id from committee where name = '黄羊镇人民调解委员会'");
    const file = async (phone: string | null) => (await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id } }', {
      input: { idempotencyKey: randomUUID(), disputeType: 'NEIGHBOURHOOD', regionCode: '620602101', committeeId: String(township.id), facts: '邻居在通道堆放杂物。', claims: '清除杂物', applicants: [{ name: '周海燕', phone }], respondents: [{ name: '吴德明' }] },
    }, token)).data.fileCase.id as string;
    const phoneOf = async (id: string) => (await api.gql('query($id: ID!) { case(id: $id) { parties { role phone } } }', { id }, await walk.as('huangyang-sifasuo'))).data.case.parties.find((p: any) => p.role === 'APPLICANT').phone;
    expect(await phoneOf(await file(null))).toBe('137****1234');
    expect(await phoneOf(await file('13800005678'))).toBe('138****5678');
  });
});

describe('the respondent\'s own account', () => {
  const SUBMIT = 'mutation($id: ID!, $s: String!) { submitStatement(caseId: $id, statement: $s) { id } }';
  it('is read by both parties and the staff, each version kept on the timeline, the same text twice once', async () => {
    const id = await walk.choosingMediator('stmt-app', 'stmt-resp');
    for (const text of ['院墙本来就有裂缝，不全是我撞的。', '院墙本来就有裂缝，不全是我撞的。', '院墙原有裂缝，我愿意承担一半修墙费用。']) {
      expect((await api.gql(SUBMIT, { id, s: text }, await walk.as('stmt-resp'))).errors).toBeUndefined();
    }
    const read = async (who: string) => (await api.gql('query($id: ID!) { case(id: $id) { parties { role statement } timeline { action note } } }', { id }, await walk.as(who))).data.case;
    for (const who of ['stmt-app', 'stmt-resp', 'huangyang-sifasuo']) {
      const c = await read(who);
      expect(c.parties.find((p: any) => p.role === 'RESPONDENT').statement).toBe('院墙原有裂缝，我愿意承担一半修墙费用。');
      // Two versions (the repeated text is one), both kept.
      expect(c.timeline.filter((e: any) => e.action === 'STATEMENT').map((e: any) => e.note).sort()).toEqual([
        '吴德明的陈述：院墙原有裂缝，我愿意承担一半修墙费用。',
        '吴德明的陈述：院墙本来就有裂缝，不全是我撞的。',
      ].sort());
    }
  });

  it('is refused from staff, too short a text and once the case is closed, changing nothing', async () => {
    const id = await walk.succeeded('stmt-app-2', 'stmt-resp-2');
    const before = await api.sql("select count(*)::int as n from case_event where mediation_case_id = ? and action = 'STATEMENT'", [Number(id)]);
    expect((await api.gql(SUBMIT, { id, s: '我有话要说，情况不是这样的。' }, await walk.as('stmt-resp-2'))).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await api.gql(SUBMIT, { id, s: '太短' }, await walk.as('stmt-resp-2'))).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'statement' });
    expect((await api.gql(SUBMIT, { id, s: '工作人员代为陈述的内容。' }, await walk.as('huangyang-sifasuo'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await api.sql("select count(*)::int as n from case_event where mediation_case_id = ? and action = 'STATEMENT'", [Number(id)])).toEqual(before);
    expect(await api.sql("select statement from case_party where mediation_case_id = ? and role = 'RESPONDENT'", [Number(id)])).toEqual([{ statement: null }]);
  });
});

describe('the invitation the committee keeps', () => {
  const LINK = 'query($id: ID!) { case(id: $id) { invitation { code path h5Url weChatUrlLink } } }';
  const linkAs = async (id: string, who: string) => {
    const res = await api.gql(LINK, { id }, await walk.as(who));
    expect(res.errors).toBeUndefined();
    return res.data.case.invitation as { code: string; path: string; h5Url: string | null; weChatUrlLink: string | null } | null;
  };
  const urlLinkCalls = () => wechat.calls.filter((c) => c.path === '/wxa/generate_urllink');

  it('shows the same code and link at any time until the respondent answers, to the handling committee only', async () => {
    const { id, code } = await invitation('keep-applicant');
    const before = urlLinkCalls().length;
    const seen = await linkAs(id, 'huangyang-sifasuo');
    expect(seen).toMatchObject({ code, path: `pages/invitation/index?code=${code}`, h5Url: `${api.config.publicUrl}/app/#/pages/invitation/index?code=${code}` });
    // The WeChat link opens the invitation page with the code, made once and kept.
    expect(seen?.weChatUrlLink).toMatch(/^https:\/\/wxaurl\.cn\/fake\d+/);
    expect(urlLinkCalls().slice(before).map((c) => c.body)).toEqual([expect.objectContaining({ path: 'pages/invitation/index', query: `code=${code}`, expire_type: 1, expire_interval: 30 })]);
    expect(await linkAs(id, 'huangyang-admin')).toEqual(seen);
    expect(urlLinkCalls().length).toBe(before + 1);
    // The code it shows is the code that works.
    expect((await api.gql('query($c: String!) { caseInvitation(code: $c) { number } }', { c: seen?.code })).errors).toBeUndefined();
    // The applicant does not hand out their own respondent's invitation; staff of other kinds have no part in it.
    expect(await linkAs(id, 'keep-applicant')).toBeNull();
    const grid = await api.gql(LINK, { id }, await walk.as('grid'));
    expect(grid.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Answered: nothing to show, and nothing kept.
    expect((await api.gql(RESPOND, { c: code }, await withPhone('openid-keep-respondent', '13900001111'))).errors).toBeUndefined();
    expect(await linkAs(id, 'huangyang-sifasuo')).toBeNull();
    expect(await api.sql('select invitation_code_hash, invitation_code_encrypted, invitation_url_link from mediation_case where id = ?', [Number(id)]))
      .toEqual([{ invitation_code_hash: null, invitation_code_encrypted: null, invitation_url_link: null }]);
  });

  it('a re-issued invitation replaces the code and its WeChat link; a withdrawn one shows nothing and opens nothing until it is re-issued', async () => {
    const { id, code } = await invitation('keep-applicant-2');
    const first = await linkAs(id, 'huangyang-sifasuo');
    const reissued = (await api.gql('mutation($id: ID!) { reissueInvitation(caseId: $id) { invitationCode } }', { id }, await walk.as('huangyang-sifasuo'))).data.reissueInvitation.invitationCode as string;
    const second = await linkAs(id, 'huangyang-sifasuo');
    expect(second?.code).toBe(reissued);
    expect(second?.code).not.toBe(code);
    expect(second?.weChatUrlLink).not.toBe(first?.weChatUrlLink);
    const REVOKE = 'mutation($id: ID!) { revokeInvitation(caseId: $id) { id status } }';
    for (let i = 0; i < 2; i++) expect((await api.gql(REVOKE, { id }, await walk.as('huangyang-sifasuo'))).data.revokeInvitation).toEqual({ id, status: 'AWAITING_CONSENT' });
    expect(await linkAs(id, 'huangyang-sifasuo')).toBeNull();
    for (const old of [code, reissued]) expect((await api.gql('query($c: String!) { caseInvitation(code: $c) { number } }', { c: old })).errors?.[0]?.extensions?.field).toBe('code');
    // Withdrawn once however often it was tapped, on the timeline the applicant reads.
    const applicantReads = await api.gql('query($id: ID!) { case(id: $id) { timeline { action note } } }', { id }, await walk.as('keep-applicant-2'));
    expect(applicantReads.data.case.timeline.filter((e: { action: string }) => e.action === 'INVITATION_REVOKED')).toEqual([{ action: 'INVITATION_REVOKED', note: '调委会撤回了调解邀请，原邀请链接失效' }]);
    // Refused to the applicant, and once the case is no longer waiting.
    expect((await api.gql(REVOKE, { id }, await walk.as('keep-applicant-2'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const third = (await api.gql('mutation($id: ID!) { reissueInvitation(caseId: $id) { invitationCode } }', { id }, await walk.as('huangyang-sifasuo'))).data.reissueInvitation.invitationCode as string;
    expect((await linkAs(id, 'huangyang-sifasuo'))?.code).toBe(third);
  });

  it('when WeChat cannot make a link, the card and the H5 link still work; WeChat is left alone for a minute, then the next look makes one', async () => {
    const { id, code } = await invitation('keep-applicant-3');
    wechat.failNextUrlLinks(1);
    const calls = urlLinkCalls().length;
    expect(await linkAs(id, 'huangyang-sifasuo')).toMatchObject({ code, weChatUrlLink: null, h5Url: expect.stringContaining(code) });
    expect(urlLinkCalls().length).toBe(calls + 1);
    // Remembered: the next looks within the minute do not ask WeChat again.
    expect((await linkAs(id, 'huangyang-sifasuo'))?.weChatUrlLink).toBeNull();
    expect(urlLinkCalls().length).toBe(calls + 1);
    const now = Date.now();
    const later = jest.spyOn(Date, 'now').mockImplementation(() => now + URL_LINK_PAUSE_MS + 1000);
    try {
      expect((await linkAs(id, 'huangyang-sifasuo'))?.weChatUrlLink).toMatch(/^https:\/\/wxaurl\.cn\//);
    } finally {
      later.mockRestore();
    }
    expect(urlLinkCalls().length).toBe(calls + 2);
  });

  it('two first looks at once keep and show one WeChat link', async () => {
    const { id } = await invitation('keep-applicant-11');
    const [a, b] = await Promise.all([linkAs(id, 'huangyang-sifasuo'), linkAs(id, 'huangyang-admin')]);
    expect(a?.weChatUrlLink).toMatch(/^https:\/\/wxaurl\.cn\//);
    expect(b?.weChatUrlLink).toBe(a?.weChatUrlLink);
    expect((await api.sql<{ link: string }>('select invitation_url_link as link from mediation_case where id = ?', [Number(id)]))[0].link).toBe(a?.weChatUrlLink);
  });

  it('tells a holder whose identity does not check out why, and keeps the claims from them until it does', async () => {
    const { code } = await invitation('keep-applicant-4');
    const PREVIEW = 'query($c: String!) { caseInvitation(code: $c) { claims identityProblem } }';
    const noPhone = await api.gql(PREVIEW, { c: code }, await walk.as('keep-no-phone'));
    expect(noPhone.data.caseInvitation).toEqual({ claims: null, identityProblem: '请先绑定手机号，以核实您是被申请人本人；也可以联系调委会核实身份后重新发送邀请' });
    const otherPhone = await api.gql(PREVIEW, { c: code }, await withPhone('openid-keep-other', '13700005555'));
    expect(otherPhone.data.caseInvitation).toEqual({ claims: null, identityProblem: '您绑定的手机号与申请时填写的被申请人电话不一致，请联系调委会核实身份' });
    const respondent = await api.gql(PREVIEW, { c: code }, await withPhone('openid-keep-right', '13900001111'));
    expect(respondent.data.caseInvitation).toEqual({ claims: '赔偿修墙费用', identityProblem: null });
  });

  const STATE = 'query($id: ID!) { case(id: $id) { invitationState invitation { code } } }';
  const shownCount = async (id: string) =>
    Number((await api.sql<{ n: string }>("select count(*) as n from audit_log where action = 'INVITATION_SHOWN' and subject_type = 'mediation_case' and subject_id = ?", [id]))[0].n);

  it('is shown only to those who may send, withdraw or re-issue it, and every showing is in the audit log', async () => {
    const { id, code } = await invitation('keep-applicant-6');
    const before = await shownCount(id);
    // The township and county justice offices over the committee may re-issue it, so they see it; each look is logged with who looked.
    for (const who of ['huangyang-sifasuo', 'huangyang-admin', 'sifaju']) {
      expect((await api.gql(STATE, { id }, await walk.as(who))).data.case).toEqual({ invitationState: 'SENT', invitation: { code } });
    }
    expect(await shownCount(id)).toBe(before + 3);
    const lookers = await api.sql<{ openid: string }>("select u.openid from audit_log a join user_account u on u.id = a.actor_user_id where a.action = 'INVITATION_SHOWN' and a.subject_id = ? order by a.id desc limit 3", [id]);
    expect(lookers.map((l) => l.openid).sort()).toEqual(['dev:huangyang-admin', 'dev:huangyang-sifasuo', 'dev:sifaju']);
    // The applicant reads the case, not its invitation; the demo mediator is not on it yet and does not even see the case.
    expect((await api.gql(STATE, { id }, await walk.as('keep-applicant-6'))).data.case).toEqual({ invitationState: null, invitation: null });
    expect((await api.gql(STATE, { id }, await walk.as('mediator'))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // A committee asked to join the case works on it, but the invitation is the handling committee's.
    await walk.as('keep-wunan-admin');
    await api.sql(`insert into staff_assignment (role, display_name, user_id, committee_id, bound_at)
      values ('COMMITTEE_ADMIN', '武南镇调委会主任', (select id from user_account where openid = 'dev:keep-wunan-admin'), (select id from committee where name = '武南镇人民调解委员会'), now())`);
    const [wunan] = await api.sql<{ id: number }>("select id from committee where name = '武南镇人民调解委员会'");
    const joined = await api.gql('mutation($id: ID!, $c: ID!) { inviteJointCommittee(caseId: $id, committeeId: $c) { id } }', { id, c: String(wunan.id) }, await walk.as('huangyang-sifasuo'));
    expect(joined.errors).toBeUndefined();
    expect((await api.gql(STATE, { id }, await walk.as('keep-wunan-admin'))).data.case).toEqual({ invitationState: null, invitation: null });
    expect(await shownCount(id)).toBe(before + 3);
  });

  it('is not shown to the admin of the committee above a village committee, who supervises the case', async () => {
    const [village] = await api.sql<{ name: string; region_code: string }>("select c.name, c.region_code from committee c join committee p on p.id = c.parent_id where p.name = '黄羊镇人民调解委员会' and c.kind = 'VILLAGE' order by c.id limit 1");
    const { id } = await walk.accepted('keep-applicant-7', { committee: village.name, regionCode: village.region_code });
    expect((await api.gql(STATE, { id }, await walk.as('huangyang-admin'))).data.case).toEqual({ invitationState: null, invitation: null });
    expect((await api.gql(STATE, { id }, await walk.as('huangyang-sifasuo'))).data.case.invitationState).toBe('SENT');
  });

  it('an invitation sent before codes were kept still works and says so; re-issued, it can be shown', async () => {
    const { id, code } = await invitation('keep-applicant-8');
    // As a case accepted before the InvitationKept migration stands: the hash, not the code.
    await api.sql('update mediation_case set invitation_code_encrypted = null where id = ?', [Number(id)]);
    expect((await api.gql(STATE, { id }, await walk.as('huangyang-sifasuo'))).data.case).toEqual({ invitationState: 'SENT_NOT_KEPT', invitation: null });
    expect((await api.gql('query($c: String!) { caseInvitation(code: $c) { number } }', { c: code })).errors).toBeUndefined();
    const reissued = await api.gql('mutation($id: ID!) { reissueInvitation(caseId: $id) { invitationCode } }', { id }, await walk.as('huangyang-sifasuo'));
    expect((await api.gql(STATE, { id }, await walk.as('huangyang-sifasuo'))).data.case).toEqual({ invitationState: 'SENT', invitation: { code: reissued.data.reissueInvitation.invitationCode } });
    await api.gql('mutation($id: ID!) { revokeInvitation(caseId: $id) { id } }', { id }, await walk.as('huangyang-sifasuo'));
    expect((await api.gql(STATE, { id }, await walk.as('huangyang-sifasuo'))).data.case).toEqual({ invitationState: 'WITHDRAWN', invitation: null });
  });

  it('tells the applicant and the staff holding the code that they cannot answer, and anyone else once the respondent\'s place is taken', async () => {
    const { code } = await invitation('keep-applicant-9');
    const PREVIEW = 'query($c: String!) { caseInvitation(code: $c) { claims identityProblem } }';
    expect((await api.gql(PREVIEW, { c: code }, await walk.as('keep-applicant-9'))).data.caseInvitation).toEqual({ claims: null, identityProblem: '您是本案的申请人。邀请只能由被申请人本人答复，请把邀请发给对方' });
    expect((await api.gql(PREVIEW, { c: code }, await walk.as('huangyang-sifasuo'))).data.caseInvitation).toEqual({ claims: null, identityProblem: '您是本案的工作人员。邀请只能由被申请人本人答复，不能代为答复' });
    // Escalated after the respondent consented and accepted again above: the new invitation is for the respondent already on the case.
    const id = await walk.choosingMediator('keep-applicant-10', 'keep-respondent-10');
    await walk.act(id, 'ESCALATE', 'huangyang-sifasuo', { reason: '涉及多个村组，请区调委会受理' });
    const again = await walk.act(id, 'ACCEPT', 'sifaju');
    expect(again.invitationCode).toBeTruthy();
    const stranger = await api.gql(PREVIEW, { c: again.invitationCode }, await walk.as('keep-stranger-10'));
    expect(stranger.data.caseInvitation).toEqual({ claims: null, identityProblem: '该邀请已由其他人接受。如果您才是被申请人，请联系调委会' });
    expect((await api.gql(RESPOND, { c: again.invitationCode }, await walk.as('keep-stranger-10'))).errors?.[0]).toMatchObject({ message: '该邀请已由其他人接受。如果您才是被申请人，请联系调委会', extensions: { code: 'FORBIDDEN' } });
    expect((await api.gql(PREVIEW, { c: again.invitationCode }, await walk.as('keep-respondent-10'))).data.caseInvitation).toEqual({ claims: '赔偿修墙费用 3000 元', identityProblem: null });
  });

  it('refuses the code to the admin of a committee above, who supervises the case', async () => {
    const [village] = await api.sql<{ name: string; region_code: string }>("select c.name, c.region_code from committee c join committee p on p.id = c.parent_id where p.name = '黄羊镇人民调解委员会' and c.kind = 'VILLAGE' order by c.id limit 1");
    const { id, invitationCode } = await walk.accepted('keep-applicant-5', { committee: village.name, regionCode: village.region_code });
    const res = await api.gql(RESPOND, { c: invitationCode }, await walk.as('huangyang-admin'));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.sql<{ status: string }>('select status from mediation_case where id = ?', [Number(id)]))[0].status).toBe('AWAITING_CONSENT');
  });
});
