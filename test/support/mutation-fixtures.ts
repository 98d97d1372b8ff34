import { randomUUID } from 'node:crypto';
import type { GraphQLResponse, TestApi } from './api';
import { CaseWalker } from './cases';

/**
 * For every mutation in schema.graphql: a real object in the right state, the call to make on it,
 * who may make it (the call's own token) and who may not (`denied`), and how to count its effect
 * in the database. The race suite sends each call many times at once; the authorization effects
 * test sends it once as each denied caller and checks that nothing changed.
 */
export interface MutationFixture {
  /** The call, as the caller allowed to make it. */
  call: () => Promise<{ query: string; variables?: Record<string, unknown>; token?: string }>;
  /** Of many identical calls at once, how many succeed: exactly one (the rest CONFLICT, BAD_USER_INPUT or UNAUTHENTICATED), or all with the same answer. */
  successes: 'one' | 'all';
  /** Callers refused on this object: demo account names, `stranger` (a resident with no part in it) or `anonymous`. */
  denied: string[];
  /** The effect, counted in the database (after `check`). */
  effects: () => Promise<number>;
  /** How many effects the calls have (default 1). */
  expected?: number;
  /** Extra checks on the answers, e.g. that all successes returned the same object. */
  check?: (answers: GraphQLResponse[]) => void | Promise<void>;
  /** What must stay the same when a denied caller tries (default: `effects`). */
  untouched?: () => Promise<unknown>;
  /** The call acts on the caller's own account (signing in, consenting, filing): the fixture is made for the account named when it is made. */
  self?: true;
}

/** Makes a fixture; `caller` names the account a `self` fixture acts for (each has a default). */
export type MakeFixture = (caller?: string) => Promise<MutationFixture>;

/** The fixtures; `calls` is how many times each call will be sent (the effects some calls owe scale with it). */
export function mutationFixtures(api: TestApi, walk: CaseWalker, calls: number): Record<string, MakeFixture> {
  const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);
  const count = async (text: string, params: unknown[] = []) => (await sql<{ n: number }>(`select count(*)::int as n from ${text}`, params))[0].n;
  const as = (name: string) => walk.as(name);
  const userId = async (name: string) => (await sql<{ id: number }>('select id from user_account where openid = ?', [`dev:${name}`]))[0].id;
  const events = (caseId: string, action: string) => count('case_event where mediation_case_id = ? and action = ?', [Number(caseId), action]);
  /** A case in mediation with a proposal the mediator put to both parties. */
  const jointProposal = async (applicant: string, respondent: string) => {
    const id = await walk.inMediation(applicant, respondent);
    const put = await api.gql('mutation($id: ID!, $k: String!) { putProposal(caseId: $id, clientKey: $k, terms: [{ content: "被申请人赔偿修墙费用贰仟元", method: "微信转账", performBy: "2026-12-20" }]) { id } }',
      { id, k: `fixture-${randomUUID()}` }, await as('mediator'));
    if (put.errors) throw new Error(JSON.stringify(put.errors));
    return { id, proposal: put.data.putProposal.id as string };
  };
  const committeeId = async (name = '黄羊镇人民调解委员会') => String((await sql<{ id: number }>('select id from committee where name = ?', [name]))[0].id);
  // Fixtures made more than once on one database (each admin role on a fresh object) name their objects apart.
  let made = 0;
  const apart = () => '甲乙丙丁戊己庚辛壬癸'[made++ % 10] + (made > 10 ? String(Math.ceil(made / 10)) : '');
  const sameId = (field: string) => (answers: GraphQLResponse[]) => {
    expect(new Set(answers.map((a) => a.data?.[field]?.id)).size).toBe(1);
  };


  const fixtures: Record<string, MakeFixture> = {
    acceptPrivacyPolicy: async (caller = 'race-privacy') => {
      await as(caller); // the account exists before anything is counted
      return {
        call: async () => ({ query: 'mutation { acceptPrivacyPolicy(version: "2026-11-01") { id } }', token: await as(caller) }),
        successes: 'all',
        denied: ['anonymous'],
        effects: async () => count('privacy_consent where user_id = ?', [await userId(caller)]),
        self: true,
      };
    },
    acknowledgeWarning: async () => {
      const warning = await warningId('race-ack');
      return {
        call: async () => ({ query: 'mutation($id: ID!) { acknowledgeWarning(id: $id) { status } }', variables: { id: warning }, token: await as('huangyang-sifasuo') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator'],
        effects: () => count("warning where id = ? and status = 'ACKNOWLEDGED' and acknowledged_at is not null", [Number(warning)]),
      };
    },
    resolveWarning: async () => {
      const warning = await warningId('race-resolve');
      return {
        call: async () => ({ query: 'mutation($id: ID!) { resolveWarning(id: $id, resolution: "已上门化解") { status } }', variables: { id: warning }, token: await as('huangyang-sifasuo') }),
        successes: 'one',
        denied: ['anonymous', 'stranger', 'grid', 'mediator'],
        effects: () => count("warning where id = ? and status = 'RESOLVED'", [Number(warning)]),
      };
    },
    addMembership: async () => {
      const committee = await committeeId();
      const mediator = await newMediator('race-membership');
      return {
        call: async () => ({ query: 'mutation($c: ID!, $m: ID!) { addMembership(input: { committeeId: $c, mediatorId: $m }) { id } }', variables: { c: committee, m: mediator }, token: await as('huangyang-sifasuo') }),
        successes: 'one',
        denied: ['anonymous', 'stranger', 'grid', 'mediator'],
        effects: () => count('membership where committee_id = ? and mediator_id = ?', [Number(committee), Number(mediator)]),
      };
    },
    setMembershipRole: async () => {
      const membership = await newMembership('race-role');
      return {
        call: async () => ({ query: 'mutation($id: ID!) { setMembershipRole(id: $id, role: DIRECTOR) { role } }', variables: { id: membership }, token: await as('huangyang-sifasuo') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator'],
        effects: () => count("membership where id = ? and role = 'DIRECTOR'", [Number(membership)]),
      };
    },
    endMembership: async () => {
      const membership = await newMembership('race-end');
      return {
        call: async () => ({ query: 'mutation($id: ID!) { endMembership(id: $id) { id } }', variables: { id: membership }, token: await as('huangyang-sifasuo') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator'],
        effects: () => count('membership where id = ? and not active', [Number(membership)]),
      };
    },
    answerFollowUp: async () => {
      const id = await succeededCase('race-fu');
      const [followUp] = await sql<{ id: number }>('select id from follow_up where mediation_case_id = ? order by id limit 1', [Number(id)]);
      return {
        call: async () => ({ query: 'mutation($f: ID!) { answerFollowUp(followUpId: $f, input: { channel: SELF, flaredUp: false, satisfaction: 5 }) { id } }', variables: { f: String(followUp.id) }, token: await as('race-fu-a') }),
        successes: 'one',
        denied: ['anonymous', 'stranger', 'grid'],
        effects: () => events(id, 'FOLLOW_UP'),
      };
    },
    resolveFollowUpTask: async () => {
      const id = await succeededCase('race-task');
      const [followUp] = await sql<{ id: number }>('select id from follow_up where mediation_case_id = ? order by id limit 1', [Number(id)]);
      const answered = await api.gql('mutation($f: ID!) { answerFollowUp(followUpId: $f, input: { channel: SELF, flaredUp: true, satisfaction: 1 }) { id } }', { f: String(followUp.id) }, await as('race-task-a'));
      expect(answered.errors).toBeUndefined();
      const [task] = await sql<{ id: number }>('select id from follow_up_task where mediation_case_id = ?', [Number(id)]);
      return {
        call: async () => ({ query: 'mutation($t: ID!) { resolveFollowUpTask(taskId: $t, resolution: "已上门回访，双方和好") { id } }', variables: { t: String(task.id) }, token: await as('huangyang-sifasuo') }),
        successes: 'one',
        denied: ['anonymous', 'stranger', 'grid', 'mediator', 'race-task-a'],
        effects: () => events(id, 'FOLLOW_UP_TASK_DONE'),
      };
    },
    applyForJudicialConfirmation: async () => {
      const id = await succeededCase('race-apply');
      return {
        call: async () => ({ query: 'mutation($id: ID!, $d: String!) { applyForJudicialConfirmation(caseId: $id, input: { court: "凉州区人民法院", appliedOn: $d }) { id } }', variables: { id, d: await sealedOn(id) }, token: await as('race-apply-a') }),
        successes: 'one',
        denied: ['anonymous', 'stranger', 'grid', 'mediator'],
        effects: () => events(id, 'JUDICIAL_APPLIED'),
      };
    },
    recordJudicialResult: async () => {
      const id = await succeededCase('race-result');
      const applied = await api.gql('mutation($id: ID!, $d: String!) { applyForJudicialConfirmation(caseId: $id, input: { court: "凉州区人民法院", appliedOn: $d }) { id } }', { id, d: await sealedOn(id) }, await as('race-result-a'));
      expect(applied.errors).toBeUndefined();
      return {
        call: async () => ({ query: 'mutation($id: ID!) { recordJudicialResult(caseId: $id, result: CONFIRMED, reference: "（2026）甘0602民特8号") { id } }', variables: { id }, token: await as('huangyang-sifasuo') }),
        successes: 'one',
        denied: ['anonymous', 'stranger', 'grid', 'mediator', 'race-result-a'],
        effects: () => events(id, 'JUDICIAL_DECIDED'),
      };
    },
    bindPhoneNumber: async (caller = 'race-phone') => {
      await api.gql('mutation { acceptPrivacyPolicy(version: "2026-11-01") { id } }', {}, await as(caller));
      return {
        call: async () => ({ query: 'mutation { bindPhoneNumber(code: "phone:13912345678") { phone } }', token: await as(caller) }),
        successes: 'all',
        denied: ['anonymous'],
        effects: async () => count('user_account where id = ? and phone_hash is not null', [await userId(caller)]),
        self: true,
      };
    },
    setRealNameIdentity: async (caller = 'race-realname') => {
      await api.gql('mutation { acceptPrivacyPolicy(version: "2026-11-01") { id } }', {}, await as(caller));
      return {
        call: async () => ({ query: 'mutation { setRealNameIdentity(realName: "李四", idNumber: "620102199001011241") { realName } }', token: await as(caller) }),
        successes: 'all',
        denied: ['anonymous'],
        effects: async () => count("user_account where id = ? and real_name = '李四'", [await userId(caller)]),
        self: true,
      };
    },
    confirmAgreement: async () => {
      const id = await walk.drafted('race-confirm-a', 'race-confirm-b');
      return {
        call: async () => {
          const read = await api.gql('query($id: ID!) { case(id: $id) { agreement { id contentHash } } }', { id }, await as('race-confirm-b'));
          const { id: a, contentHash: h } = read.data.case.agreement;
          return { query: 'mutation($id: ID!, $a: ID!, $h: String!) { confirmAgreement(caseId: $id, agreementId: $a, contentHash: $h) { id } }', variables: { id, a, h }, token: await as('race-confirm-b') };
        },
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator', 'huangyang-sifasuo'],
        effects: () => events(id, 'AGREEMENT_CONFIRMED'),
      };
    },
    draftAgreement: async () => {
      const id = await walk.inMediation('race-draft-a', 'race-draft-b');
      return {
        call: async () => ({ query: CaseWalker.DRAFT, variables: { id }, token: await as('mediator') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'huangyang-sifasuo', 'race-draft-a'],
        effects: () => events(id, 'AGREEMENT_DRAFTED'),
        check: sameId('draftAgreement'),
      };
    },
    createCommittee: async () => {
      const key = randomUUID();
      const name = `竞速${apart()}村人民调解委员会`;
      return {
        call: async () => ({
          query: 'mutation($k: String!, $n: String!) { createCommittee(input: { idempotencyKey: $k, name: $n, kind: VILLAGE, regionCode: "620602101", address: "村委会", phone: "0935-1111111" }) { id } }',
          variables: { k: key, n: name },
          token: await as('huangyang-sifasuo'),
        }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator', 'huangyang-admin'],
        effects: () => count('committee where name = ?', [name]),
        check: sameId('createCommittee'),
      };
    },
    updateCommittee: async () => {
      // The township's own committee, which its admin keeps too; each fixture sets hours of its own.
      const committee = await committeeId();
      const hours = `周一至周五 8:30-17:30（${apart()}）`;
      return {
        call: async () => ({ query: 'mutation($id: ID!, $h: String!) { updateCommittee(id: $id, input: { serviceHours: $h }) { id } }', variables: { id: committee, h: hours }, token: await as('huangyang-sifasuo') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator'],
        effects: () => count('committee where id = ? and service_hours = ?', [Number(committee), hours]),
      };
    },
    setCommitteeActive: async () => {
      const committee = await newCommittee('竞速停用村人民调解委员会');
      return {
        call: async () => ({ query: 'mutation($id: ID!) { setCommitteeActive(id: $id, active: false) { id } }', variables: { id: committee }, token: await as('huangyang-sifasuo') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator', 'huangyang-admin'],
        effects: () => count('committee where id = ? and not active', [Number(committee)]),
      };
    },
    createMediator: async () => {
      const key = randomUUID();
      const name = `竞速调解员${apart()}`;
      return {
        call: async () => ({
          query: 'mutation($k: String!, $n: String!) { createMediator(input: { idempotencyKey: $k, name: $n, sex: FEMALE, background: TEACHER, employment: PART_TIME, grade: 4 }) { id } }',
          variables: { k: key, n: name },
          token: await as('huangyang-sifasuo'),
        }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator'],
        effects: () => count('mediator where name = ?', [name]),
        check: sameId('createMediator'),
      };
    },
    updateMediator: async () => {
      const mediator = await memberMediator('race-update-mediator');
      return {
        call: async () => ({ query: 'mutation($id: ID!) { updateMediator(id: $id, input: { bio: "擅长婚姻家庭纠纷" }) { id } }', variables: { id: mediator }, token: await as('huangyang-sifasuo') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator'],
        effects: () => count("mediator where id = ? and bio = '擅长婚姻家庭纠纷'", [Number(mediator)]),
      };
    },
    setMediatorActive: async () => {
      const mediator = await memberMediator('race-inactive-mediator');
      return {
        call: async () => ({ query: 'mutation($id: ID!) { setMediatorActive(id: $id, active: false) { id } }', variables: { id: mediator }, token: await as('huangyang-sifasuo') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator'],
        effects: () => count('mediator where id = ? and not active', [Number(mediator)]),
      };
    },
    markMediatorForRemoval: async () => {
      const mediator = await memberMediator('race-removal');
      return {
        call: async () => ({ query: 'mutation($m: ID!) { markMediatorForRemoval(mediatorId: $m, reason: "年度考核不合格") }', variables: { m: mediator }, token: await as('huangyang-sifasuo') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator'],
        effects: () => count("audit_log where action = 'MEDIATOR_REMOVAL_MARKED' and subject_id = ?", [mediator]),
      };
    },
    createStaffInvitation: async () => {
      const key = randomUUID();
      const committee = await committeeId();
      const displayName = `竞速调解员${apart()}`;
      // A sign-in for a member of the committee: what its admin may invite as well as the justice office.
      const mediator = await memberMediator(`race-invited-${displayName}`);
      return {
        call: async () => ({
          query: 'mutation($k: String!, $c: ID!, $m: ID!, $n: String!) { createStaffInvitation(input: { idempotencyKey: $k, role: MEDIATOR, displayName: $n, committeeId: $c, mediatorId: $m }) { code } }',
          variables: { k: key, c: committee, m: mediator, n: displayName },
          token: await as('huangyang-sifasuo'),
        }),
        successes: 'one',
        denied: ['anonymous', 'stranger', 'grid', 'mediator'],
        effects: () => count('staff_assignment where display_name = ?', [displayName]),
      };
    },
    redeemStaffInvitation: async (caller = 'race-redeem-self') => {
      // A mediator's sign-in for a new member with no cases: staff who redeem it as well gain no power over anyone's case.
      const mediator = await memberMediator(`race-redeem-${apart()}`);
      const invited = await api.gql('mutation($c: ID!, $m: ID!) { createStaffInvitation(input: { role: MEDIATOR, displayName: "竞速调解员", committeeId: $c, mediatorId: $m }) { code assignment { id } } }', { c: await committeeId(), m: mediator }, await as('huangyang-sifasuo'));
      return {
        call: async () => ({ query: 'mutation($c: String!) { redeemStaffInvitation(code: $c) { id } }', variables: { c: invited.data.createStaffInvitation.code }, token: await as(caller) }),
        successes: 'all',
        denied: ['anonymous'],
        self: true,
        effects: () => count("audit_log where action = 'STAFF_BOUND' and subject_id = ?", [String(invited.data.createStaffInvitation.assignment.id)]),
      };
    },
    revealPersonalData: async () => {
      const person = `race-reveal-${apart()}`;
      await api.gql('mutation { acceptPrivacyPolicy(version: "2026-11-01") { id } }', {}, await as(person));
      await api.gql('mutation { bindPhoneNumber(code: "phone:13812349876") { id } }', {}, await as(person));
      const subject = String(await userId(person));
      return {
        call: async () => ({ query: 'mutation($u: ID!) { revealPersonalData(userId: $u, field: PHONE, reason: "核实联系方式") }', variables: { u: subject }, token: await as('admin') }),
        // Every look at unmasked data is an access of its own and is recorded: one audit entry per answer.
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator', 'huangyang-admin', 'huangyang-sifasuo'],
        effects: () => count("audit_log where action = 'REVEAL_PERSONAL_DATA' and subject_id = ?", [subject]),
        expected: calls,
      };
    },
    devLogin: async () => {
      const name = `race-first-login-${randomUUID().slice(0, 8)}`;
      return {
        call: async () => ({ query: 'mutation($n: String!) { devLogin(name: $n) { accessToken } }', variables: { n: name } }),
        successes: 'all',
        denied: [],
        effects: () => count('user_account where openid = ?', [`dev:${name}`]),
      };
    },
    loginWithWeChat: async () => {
      const openid = `race-openid-${randomUUID().slice(0, 8)}`;
      return {
        call: async () => ({ query: 'mutation($c: String!) { loginWithWeChat(code: $c) { accessToken } }', variables: { c: `ok:${openid}` } }),
        successes: 'all',
        denied: [],
        effects: () => count('user_account where openid = ?', [openid]),
      };
    },
    refreshSession: async () => {
      const signedIn = await api.gql('mutation { devLogin(name: "race-refresh") { refreshToken } }');
      const user = await userId('race-refresh');
      const before = await count('refresh_token where user_id = ?', [user]);
      let won = '';
      return {
        call: async () => ({ query: 'mutation($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }', variables: { t: signedIn.data.devLogin.refreshToken } }),
        successes: 'one',
        denied: [],
        untouched: async () => count('refresh_token where user_id = ?', [user]),
        check: (answers) => {
          won = answers.find((a) => a.data?.refreshSession)!.data.refreshSession.refreshToken;
        },
        effects: async () => {
          const created = (await count('refresh_token where user_id = ?', [user])) - before;
          // The retries do not sign the winner out: its new refresh token still works.
          const next = await api.gql('mutation($t: String!) { refreshSession(refreshToken: $t) { refreshToken } }', { t: won });
          expect(next.errors).toBeUndefined();
          return created;
        },
      };
    },
    fileCase: async (caller = 'race-file') => {
      const key = randomUUID();
      return {
        call: async () => ({
          query: 'mutation($input: CaseInput!) { fileCase(input: $input) { id } }',
          variables: { input: { idempotencyKey: key, disputeType: 'NEIGHBOURHOOD', regionCode: '620602101', facts: '邻里之间因排水沟发生争执。', claims: '疏通排水沟', respondents: [{ name: '张某' }] } },
          token: await as(caller),
        }),
        successes: 'all',
        denied: ['anonymous'],
        self: true,
        effects: () => count('mediation_case where idempotency_key = ?', [key]),
        check: sameId('fileCase'),
      };
    },
    registerCase: async () => {
      const key = randomUUID();
      const committee = await committeeId();
      return {
        call: async () => ({
          query: 'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id } }',
          variables: { input: { channel: 'WALK_IN', committeeId: committee, idempotencyKey: key, disputeType: 'NEIGHBOURHOOD', regionCode: '620602101', facts: '来访群众反映邻居占用通道。', claims: '恢复通行', applicants: [{ name: '赵某' }], respondents: [{ name: '钱某' }] } },
          token: await as('huangyang-sifasuo'),
        }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator'],
        effects: () => count('mediation_case where idempotency_key = ?', [key]),
        check: sameId('registerCase'),
      };
    },
    performCaseAction: async () => {
      const id = await walk.filed('race-accept');
      const version = await walk.version(id);
      return {
        call: async () => ({ query: CaseWalker.ACT, variables: { id, action: 'ACCEPT', v: version }, token: await as('huangyang-sifasuo') }),
        successes: 'one',
        denied: ['anonymous', 'stranger', 'grid', 'mediator', 'race-accept'],
        effects: () => events(id, 'ACCEPT'),
      };
    },
    respondToInvitation: async (caller = 'race-consent-b') => {
      const { id, invitationCode } = await walk.accepted('race-consent-a');
      return {
        call: async () => ({ query: 'mutation($c: String!) { respondToInvitation(code: $c, consent: true) { id } }', variables: { c: invitationCode }, token: await as(caller) }),
        successes: 'one',
        denied: ['anonymous', 'race-consent-a', 'huangyang-sifasuo'],
        effects: () => events(id, 'CONSENT'),
        self: true,
      };
    },
    reissueInvitation: async () => {
      const { id } = await walk.accepted('race-reissue');
      let codes: string[] = [];
      return {
        call: async () => ({ query: 'mutation($id: ID!) { reissueInvitation(caseId: $id) { invitationCode } }', variables: { id }, token: await as('huangyang-sifasuo') }),
        // Each request issues a code and voids the one before: of all the codes handed out, exactly one works.
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator', 'race-reissue'],
        check: (answers) => {
          codes = answers.map((a) => a.data.reissueInvitation.invitationCode as string);
          expect(new Set(codes).size).toBe(calls);
        },
        untouched: async () => [await events(id, 'INVITATION_REISSUED'), (await sql('select invitation_code_hash from mediation_case where id = ?', [Number(id)]))[0]],
        effects: async () => {
          expect(await events(id, 'INVITATION_REISSUED')).toBe(calls); // each reissue is recorded
          const working = await Promise.all(codes.map(async (c) => !(await api.gql('query($c: String!) { caseInvitation(code: $c) { number } }', { c })).errors));
          return working.filter(Boolean).length;
        },
      };
    },
    revokeInvitation: async () => {
      const { id } = await walk.accepted('race-revoke');
      return {
        call: async () => ({ query: 'mutation($id: ID!) { revokeInvitation(caseId: $id) { id } }', variables: { id }, token: await as('huangyang-sifasuo') }),
        // Withdrawn once: the repeats find nothing left to withdraw and answer with the case.
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator', 'race-revoke'],
        effects: () => events(id, 'INVITATION_REVOKED'),
        untouched: async () => sql('select invitation_code_hash, invitation_code_encrypted from mediation_case where id = ?', [Number(id)]),
        check: async () => expect(await count('mediation_case where id = ? and invitation_code_hash is null and invitation_code_encrypted is null', [Number(id)])).toBe(1),
      };
    },
    rankMediators: async () => {
      const id = await walk.choosingMediator('race-rank-a', 'race-rank-b');
      const mediator = await walk.demoMediatorId();
      return {
        call: async () => ({ query: 'mutation($id: ID!, $m: ID!) { rankMediators(caseId: $id, mediatorIds: [$m]) { id } }', variables: { id, m: mediator }, token: await as('race-rank-a') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'huangyang-sifasuo'],
        effects: () => count('mediator_ranking where mediation_case_id = ?', [Number(id)]),
      };
    },
    rateCase: async () => {
      const id = await succeededCase('race-rate');
      return {
        call: async () => ({ query: 'mutation($id: ID!) { rateCase(caseId: $id, input: { outcomeScore: 5, mediatorScore: 4 }) { id } }', variables: { id }, token: await as('race-rate-a') }),
        successes: 'one',
        denied: ['anonymous', 'stranger', 'grid', 'mediator', 'huangyang-sifasuo'],
        effects: () => count('case_rating where mediation_case_id = ?', [Number(id)]),
      };
    },
    inviteJointCommittee: async () => {
      const id = await walk.filed('race-joint');
      const other = (await sql<{ id: number }>("select id from committee where kind = 'ONE_STOP_CENTER' limit 1"))[0].id;
      return {
        call: async () => ({ query: 'mutation($id: ID!, $c: ID!) { inviteJointCommittee(caseId: $id, committeeId: $c) { id } }', variables: { id, c: String(other) }, token: await as('huangyang-sifasuo') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator', 'race-joint'],
        effects: () => events(id, 'JOINT_INVITED'),
      };
    },
    submitStatement: async () => {
      const id = await walk.choosingMediator('race-statement', 'race-statement-respondent');
      return {
        call: async () => ({ query: 'mutation($id: ID!) { submitStatement(caseId: $id, statement: "通道是两家共用的，杂物是临时堆放。") { id } }', variables: { id }, token: await as('race-statement-respondent') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator', 'huangyang-sifasuo'],
        effects: () => events(id, 'STATEMENT'),
      };
    },
    postRoomMessage: async () => {
      const id = await walk.inMediation('race-room', 'race-room-respondent');
      // One message however often it is tapped: the same clientKey.
      const key = `race-room-${randomUUID()}`;
      return {
        call: async () => ({ query: 'mutation($id: ID!, $k: String!) { postRoomMessage(caseId: $id, text: "我同意按两千元调解。", clientKey: $k) { id } }', variables: { id, k: key }, token: await as('race-room') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'huangyang-sifasuo', 'huangyang-admin'],
        effects: () => count('room_message where mediation_case_id = ?', [Number(id)]),
        check: sameId('postRoomMessage'),
      };
    },
    markRoomRead: async () => {
      const id = await walk.inMediation('race-read', 'race-read-respondent');
      const posted = await api.gql('mutation($id: ID!, $k: String!) { postRoomMessage(caseId: $id, text: "请调解员看看我的意见。", clientKey: $k) { cursor } }', { id, k: `fixture-${randomUUID()}` }, await as('race-read'));
      if (posted.errors) throw new Error(JSON.stringify(posted.errors));
      // Read by the other party: however often it is sent, one read mark.
      return {
        call: async () => ({ query: 'mutation($id: ID!, $c: String!) { markRoomRead(caseId: $id, cursor: $c) { threads { unreadCount } } }', variables: { id, c: posted.data.postRoomMessage.cursor }, token: await as('race-read-respondent') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid'],
        effects: () => count('room_read where mediation_case_id = ?', [Number(id)]),
      };
    },
    moderateRoom: async () => {
      const id = await walk.inMediation('race-moderate', 'race-moderate-respondent');
      // Closing the joint thread twice at once: it closes once, the second finds it closed.
      return {
        call: async () => ({ query: 'mutation($id: ID!) { moderateRoom(caseId: $id, input: { action: CLOSE_THREAD, reason: "双方争吵，改为背对背沟通" }) { threads { closed } } }', variables: { id }, token: await as('mediator') }),
        successes: 'one',
        denied: ['anonymous', 'stranger', 'grid', 'huangyang-sifasuo', 'huangyang-admin', 'race-moderate'],
        effects: () => count('room_moderation where mediation_case_id = ?', [Number(id)]),
      };
    },
    markRoomMessage: async () => {
      const id = await walk.inMediation('race-mark', 'race-mark-respondent');
      const posted = await api.gql('mutation($id: ID!, $k: String!) { postRoomMessage(caseId: $id, text: "我承认墙是我撞坏的。", clientKey: $k) { id } }', { id, k: `fixture-${randomUUID()}` }, await as('race-mark-respondent'));
      if (posted.errors) throw new Error(JSON.stringify(posted.errors));
      return {
        call: async () => ({ query: 'mutation($m: ID!) { markRoomMessage(messageId: $m, forFile: true) { id markedForFile } }', variables: { m: posted.data.postRoomMessage.id }, token: await as('mediator') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'huangyang-sifasuo', 'huangyang-admin', 'race-mark', 'race-mark-respondent'],
        effects: () => count("room_moderation where mediation_case_id = ? and action = 'MARK_FOR_FILE'", [Number(id)]),
        check: sameId('markRoomMessage'),
      };
    },
    putProposal: async () => {
      const id = await walk.inMediation('race-proposal', 'race-proposal-respondent');
      const key = `race-proposal-${randomUUID()}`;
      return {
        call: async () => ({
          query: 'mutation($id: ID!, $k: String!) { putProposal(caseId: $id, clientKey: $k, terms: [{ content: "被申请人赔偿修墙费用贰仟元", method: "微信转账", performBy: "2026-12-20" }]) { id } }',
          variables: { id, k: key }, token: await as('mediator'),
        }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'huangyang-sifasuo', 'huangyang-admin', 'race-proposal'],
        effects: () => count('room_proposal where mediation_case_id = ?', [Number(id)]),
        check: sameId('putProposal'),
      };
    },
    answerProposal: async () => {
      const { id, proposal } = await jointProposal('race-answer', 'race-answer-respondent');
      return {
        call: async () => ({ query: 'mutation($p: ID!) { answerProposal(proposalId: $p, accept: true) { id } }', variables: { p: proposal }, token: await as('race-answer') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator', 'huangyang-sifasuo', 'huangyang-admin'],
        effects: () => count('room_proposal_answer a join case_party p on p.id = a.party_id where p.mediation_case_id = ? and a.accepted', [Number(id)]),
      };
    },
    draftAgreementFromProposal: async () => {
      const { id, proposal } = await jointProposal('race-from-proposal', 'race-from-proposal-respondent');
      for (const party of ['race-from-proposal', 'race-from-proposal-respondent']) {
        const answered = await api.gql('mutation($p: ID!) { answerProposal(proposalId: $p, accept: true) { id } }', { p: proposal }, await as(party));
        if (answered.errors) throw new Error(JSON.stringify(answered.errors));
      }
      return {
        call: async () => ({
          query: 'mutation($p: ID!) { draftAgreementFromProposal(proposalId: $p, factsAndResponsibilities: "被申请人倒车撞坏申请人院墙，双方同意按方案赔偿。") { id } }',
          variables: { p: proposal }, token: await as('mediator'),
        }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'huangyang-sifasuo', 'huangyang-admin', 'race-from-proposal'],
        effects: () => events(id, 'AGREEMENT_DRAFTED'),
      };
    },
    requestMediator: async () => {
      const id = await walk.choosingMediator('race-name', 'race-name-respondent');
      const [named] = await sql<{ id: number }>(`select ms.mediator_id as id from membership ms join committee c on c.id = ms.committee_id
        where c.name = '高坝村人民调解委员会' order by ms.mediator_id limit 1`);
      return {
        call: async () => ({ query: 'mutation($id: ID!, $m: ID!) { requestMediator(caseId: $id, mediatorId: $m, reason: "信得过") { id } }', variables: { id, m: String(named.id) }, token: await as('race-name') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator', 'huangyang-sifasuo'],
        effects: () => count('mediator_request where mediation_case_id = ?', [Number(id)]),
      };
    },
    answerMediatorRequest: async () => {
      const id = await walk.choosingMediator('race-answer', 'race-answer-respondent');
      const [named] = await sql<{ id: number }>(`select ms.mediator_id as id from membership ms join committee c on c.id = ms.committee_id
        where c.name = '高坝村人民调解委员会' order by ms.mediator_id limit 1`);
      const asked = await api.gql('mutation($id: ID!, $m: ID!) { requestMediator(caseId: $id, mediatorId: $m) { id } }', { id, m: String(named.id) }, await as('race-answer'));
      if (asked.errors) throw new Error(JSON.stringify(asked.errors));
      const [request] = await sql<{ id: number }>('select id from mediator_request where mediation_case_id = ?', [Number(id)]);
      return {
        call: async () => ({ query: 'mutation($q: ID!) { answerMediatorRequest(requestId: $q, arrange: true) { status } }', variables: { q: String(request.id) }, token: await as('huangyang-sifasuo') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator', 'race-answer', 'race-answer-respondent'],
        // Arranged once: one assignment on the timeline.
        effects: () => events(id, 'ASSIGN_MEDIATOR'),
      };
    },
    recordPastCase: async () => {
      const key = `race-past-${randomUUID()}`;
      return {
        call: async () => ({
          query: 'mutation($input: PastCaseInput!) { recordPastCase(input: $input) { id } }',
          variables: { input: { idempotencyKey: key, channel: 'WALK_IN', committeeId: await committeeId(), disputeType: 'NEIGHBOURHOOD', regionCode: '620602101',
            facts: '两户因院墙排水问题发生争执。', claims: '改造排水沟', applicants: [{ name: '赵桂兰' }], respondents: [{ name: '钱德明' }], acceptedOn: '2025-03-10', closedOn: '2025-03-25', outcome: 'SUCCEEDED' } },
          token: await as('huangyang-admin'),
        }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator'],
        effects: () => count('mediation_case where idempotency_key = ?', [key]),
        check: sameId('recordPastCase'),
      };
    },
    superviseCase: async () => {
      // A case at a village: the township committee above it supervises; the same note twice is one record.
      const id = await walk.filed('race-supervise', { committee: '黄羊村人民调解委员会', regionCode: '620602101201', disputeType: 'NEIGHBOURHOOD' });
      return {
        call: async () => ({ query: 'mutation($id: ID!) { superviseCase(caseId: $id, note: "请于三日内受理并联系双方") { id } }', variables: { id }, token: await as('huangyang-admin') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator', 'race-supervise'],
        effects: () => events(id, 'SUPERVISION'),
      };
    },
    inviteJointDepartment: async () => {
      const id = await walk.filed('race-department');
      return {
        call: async () => ({ query: 'mutation($id: ID!) { inviteJointDepartment(caseId: $id, name: "凉州区住房和城乡建设局") { id } }', variables: { id }, token: await as('huangyang-sifasuo') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator', 'race-department'],
        effects: () => events(id, 'JOINT_INVITED'),
      };
    },
    logContact: async () => {
      const id = await walk.filed('race-contact');
      return {
        call: async () => ({ query: 'mutation($id: ID!) { logContact(caseId: $id, channel: PHONE, partyName: "吴德明", summary: "电话告知调解时间") }', variables: { id }, token: await as('huangyang-sifasuo') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'mediator', 'race-contact'],
        effects: () => events(id, 'CONTACT'),
      };
    },
    scheduleSession: async () => {
      const id = await walk.inMediation('race-session-a', 'race-session-b');
      return {
        call: async () => ({ query: 'mutation($id: ID!) { scheduleSession(caseId: $id, input: { scheduledAt: "2026-12-01T02:00:00Z", place: "调解室", mode: IN_PERSON }) { id } }', variables: { id }, token: await as('mediator') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'race-session-a'],
        // One session, and its one event on the timeline.
        effects: async () => {
          const [sessions, recorded] = [await count('mediation_session where mediation_case_id = ?', [Number(id)]), await events(id, 'SESSION_SCHEDULED')];
          return sessions === recorded ? sessions : -1;
        },
        check: sameId('scheduleSession'),
      };
    },
    recordSession: async () => {
      const id = await walk.inMediation('race-record-a', 'race-record-b');
      const session = await api.gql('mutation($id: ID!) { scheduleSession(caseId: $id, input: { scheduledAt: "2026-12-01T02:00:00Z", place: "调解室", mode: IN_PERSON }) { id } }', { id }, await as('mediator'));
      return {
        call: async () => ({ query: 'mutation($s: ID!) { recordSession(sessionId: $s, record: "双方陈述事实，被申请人同意赔偿。") { id } }', variables: { s: session.data.scheduleSession.id }, token: await as('mediator') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'race-record-a'],
        effects: () => events(id, 'SESSION_RECORDED'),
      };
    },
    recordTermPerformance: async () => {
      const id = await succeededCase('race-term');
      const [term] = await sql<{ id: number }>('select t.id from agreement_term t join agreement a on a.id = t.agreement_id where a.mediation_case_id = ?', [Number(id)]);
      return {
        call: async () => ({ query: 'mutation($t: ID!) { recordTermPerformance(termId: $t, performance: PERFORMED, note: "已转账") { id } }', variables: { t: String(term.id) }, token: await as('huangyang-sifasuo') }),
        successes: 'all',
        denied: ['anonymous', 'stranger', 'grid', 'race-term-a'],
        effects: () => events(id, 'TERM_PERFORMANCE'),
      };
    },
  };

  /** A case of `prefix`-a against `prefix`-b, closed with success on a confirmed written agreement. */
  const succeededCase = (prefix: string) => walk.succeeded(`${prefix}-a`, `${prefix}-b`);

  async function sealedOn(caseId: string) {
    const [row] = await sql<{ d: string }>("select to_char(sealed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as d from agreement where mediation_case_id = ?", [Number(caseId)]);
    return row.d;
  }

  /** A filing with many people raises a warning for the township committee. */
  async function warningId(applicant: string) {
    const filed = await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id } }', {
      input: { idempotencyKey: randomUUID(), disputeType: 'NEIGHBOURHOOD', regionCode: '620602101', committeeId: await committeeId(), facts: '二十余户村民因灌溉用水分配发生争执。', claims: '合理分配用水', peopleInvolved: 25, respondents: [{ name: '某村民小组' }] },
    }, await as(applicant));
    const [row] = await sql<{ id: number }>('select w.id from warning w join warning_case wc on wc.warning_id = w.id where wc.mediation_case_id = ? order by w.id limit 1', [Number(filed.data.fileCase.id)]);
    return String(row.id);
  }

  async function newMediator(name: string) {
    const res = await api.gql(`mutation { createMediator(input: { name: "${name.replace(/[^一-龥a-z]/g, '').slice(0, 20) || '调解员'}", sex: MALE, background: TEACHER, employment: PART_TIME, grade: 3 }) { id } }`, {}, await as('huangyang-sifasuo'));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.createMediator.id as string;
  }

  /** A new mediator appointed to 黄羊镇人民调解委员会: the membership's id and the mediator's. */
  async function appointed(name: string) {
    const mediator = await newMediator(name);
    const res = await api.gql('mutation($c: ID!, $m: ID!) { addMembership(input: { committeeId: $c, mediatorId: $m }) { id } }', { c: await committeeId(), m: mediator }, await as('huangyang-sifasuo'));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return { membership: res.data.addMembership.id as string, mediator };
  }
  const newMembership = async (name: string) => (await appointed(name)).membership;
  const memberMediator = async (name: string) => (await appointed(name)).mediator;

  async function newCommittee(name: string) {
    const res = await api.gql('mutation($n: String!) { createCommittee(input: { name: $n, kind: VILLAGE, regionCode: "620602101", address: "村委会", phone: "0935-1111111" }) { id } }', { n: name }, await as('huangyang-sifasuo'));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data.createCommittee.id as string;
  }

  return fixtures;
}
