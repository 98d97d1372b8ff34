import { createHash } from 'node:crypto';
import { startTestApi, type TestApi } from './support/api';
import { CaseWalker, confirmAgreement } from './support/cases';

/**
 * A party confirms the text it was shown (issue 11): confirmations name the agreement and the hash
 * of its text; a re-draft counts the version up, keeps the earlier draft in the case file and
 * voids the confirmations given so far; one state with one wording everywhere.
 */
let api: TestApi;
let walk: CaseWalker;

const AGREEMENT = `query($id: ID!) { case(id: $id) { version agreement { id version contentHash confirmedBy
  status { state label awaitingConfirmationFrom }
  confirmations { partyName version contentHash current }
  drafts { version contentHash terms { content } } } } }`;
const REDRAFT = `mutation($id: ID!) { draftAgreement(caseId: $id, input: { kind: WRITTEN,
  factsAndResponsibilities: "被申请人倒车撞坏申请人院墙约三米，应承担全部修复费用。",
  terms: [{ content: "被申请人赔偿申请人修墙费用人民币叁仟元，\\n于十二月十五日前付清", method: "微信转账一次付清", performBy: "2026-12-15" }] }) { id version } }`;

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  walk = new CaseWalker(api);
});
afterAll(() => api.close());

const read = async (id: string, who: string) => (await api.gql(AGREEMENT, { id }, await walk.as(who))).data.case;

describe('the agreement a party confirms is the text it saw', () => {
  it('hashes the text the same way anyone can recompute it', async () => {
    const id = await walk.drafted('av-hash-a', 'av-hash-b');
    const { agreement } = await read(id, 'av-hash-a');
    const canonical = JSON.stringify(['WRITTEN', '被申请人倒车撞坏申请人院墙约三米，应承担全部修复费用。', [[1, '被申请人赔偿申请人修墙费用人民币贰仟伍佰元', '微信转账一次付清', '2026-12-10']]]);
    expect(agreement.contentHash).toBe(createHash('sha256').update(canonical, 'utf8').digest('hex'));
  });

  it('voids confirmations on a re-draft, keeps the earlier draft, refuses the old text, and seals only what all confirmed', async () => {
    const id = await walk.drafted('av-a', 'av-b');
    const before = await read(id, 'av-a');
    expect(before.agreement.status).toEqual({ state: 'AWAITING_CONFIRMATION', label: '待当事人确认：周海燕、吴德明', awaitingConfirmationFrom: ['周海燕', '吴德明'] });
    const first = await confirmAgreement(api, id, await walk.as('av-a'));
    expect(first.errors).toBeUndefined();
    expect((await read(id, 'av-a')).agreement.status.awaitingConfirmationFrom).toEqual(['吴德明']);

    // The mediator changes a term: version 2, the case moves on, the resident's confirmation no longer counts.
    const redrafted = await api.gql(REDRAFT, { id }, await walk.as('mediator'));
    expect(redrafted.data.draftAgreement.version).toBe(2);
    const after = await read(id, 'av-a');
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.agreement.confirmedBy).toEqual([]);
    expect(after.agreement.status.awaitingConfirmationFrom).toEqual(['周海燕', '吴德明']);
    expect(after.agreement.confirmations).toEqual([{ partyName: '周海燕', version: 1, contentHash: before.agreement.contentHash, current: false }]);
    expect(after.agreement.drafts.map((d: { version: number; contentHash: string }) => [d.version, d.contentHash])).toEqual([
      [1, before.agreement.contentHash],
      [2, after.agreement.contentHash],
    ]);
    expect(after.agreement.drafts[0].terms[0].content).toBe('被申请人赔偿申请人修墙费用人民币贰仟伍佰元');
    const timeline = await api.sql<{ note: string }>("select note from case_event where mediation_case_id = ? and action = 'AGREEMENT_DRAFTED' order by id", [Number(id)]);
    expect(timeline.map((e) => e.note)).toEqual(['书面协议，1 项条款', '第 2 稿（书面协议，1 项条款），此前的确认作废，须各方重新确认']);

    // The old text, or another agreement, cannot be confirmed; the success cannot be recorded yet.
    const stale = await api.gql('mutation($id: ID!, $a: ID!, $h: String!) { confirmAgreement(caseId: $id, agreementId: $a, contentHash: $h) { id } }', {
      id, a: before.agreement.id, h: before.agreement.contentHash,
    }, await walk.as('av-b'));
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'contentHash' });
    expect(stale.errors?.[0]?.message).toBe('调解协议已修改（现为第 2 稿），请重新阅读后再确认');
    const wrongAgreement = await api.gql('mutation($id: ID!, $h: String!) { confirmAgreement(caseId: $id, agreementId: "999999", contentHash: $h) { id } }', { id, h: after.agreement.contentHash }, await walk.as('av-b'));
    expect(wrongAgreement.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const early = await api.gql(CaseWalker.ACT, { id, action: 'RECORD_SUCCESS', v: await walk.version(id), input: { reason: '达成协议' } }, await walk.as('mediator'));
    expect(early.errors?.[0]?.message).toMatch(/尚待确认调解协议的当事人：周海燕、吴德明/);

    for (const party of ['av-a', 'av-b']) expect((await confirmAgreement(api, id, await walk.as(party))).errors).toBeUndefined();
    expect((await read(id, 'av-b')).agreement.status).toEqual({ state: 'AWAITING_SEAL', label: '各方已确认，待调解员签字、调委会盖章后生效', awaitingConfirmationFrom: [] });
    await walk.act(id, 'RECORD_SUCCESS', 'mediator', { reason: '达成书面协议' });
    const sealed = await read(id, 'av-b');
    expect(sealed.agreement.status).toEqual({ state: 'EFFECTIVE', label: '已生效', awaitingConfirmationFrom: [] });
    expect(sealed.agreement.confirmations.map((c: { partyName: string; version: number; current: boolean }) => [c.partyName, c.version, c.current])).toEqual([
      ['周海燕', 1, false],
      ['周海燕', 2, true],
      ['吴德明', 2, true],
    ]);

    // The printed agreement: version 2, who confirmed it and the hash of the text they confirmed.
    const printed = await (await fetch(api.server.url.replace('/graphql', `/cases/${id}/agreement`), { headers: { authorization: `Bearer ${await walk.as('av-a')}` } })).text();
    expect(printed).toContain('第 2 稿');
    expect(printed).toContain(`本稿文本 SHA-256：${after.agreement.contentHash}`);
    expect(printed.match(/ 在微信确认第 2 稿（文本摘要 [0-9a-f]{16}）/g)).toHaveLength(2);
    // A term written in two lines prints in two lines.
    expect(printed).toContain('<li>被申请人赔偿申请人修墙费用人民币叁仟元，\n于十二月十五日前付清');
    expect(printed).toMatch(/li, \.pre \{ white-space: pre-wrap; \}/);
    expect(printed).not.toContain('贰仟伍佰元');
  });

  it('reads an agreement\'s confirmations and terms once per response, however many of its fields ask, and afresh after a confirmation', async () => {
    const id = await walk.drafted('av-once-a', 'av-once-b');
    const fields = `query($id: ID!) { case(id: $id) { agreement { contentHash terms { seq } confirmedBy confirmations { partyName } status { state } } } }`;
    const count = (table: string) => api.db.statements.filter((s) => new RegExp(`from "${table}"`).test(s)).length;
    api.db.statements.length = 0;
    const first = await api.gql(fields, { id }, await walk.as('av-once-a'));
    expect(first.errors).toBeUndefined();
    expect(count('agreement_confirmation')).toBe(1);
    expect(count('agreement_term')).toBe(1);
    expect(first.data.case.agreement.confirmedBy).toEqual([]);
    expect((await confirmAgreement(api, id, await walk.as('av-once-a'))).errors).toBeUndefined();
    const after = (await api.gql(fields, { id }, await walk.as('av-once-a'))).data.case.agreement;
    expect(after.confirmedBy).toEqual(['周海燕']);
    expect(after.confirmations.map((c: { partyName: string }) => c.partyName)).toEqual(['周海燕']);
  });

  it('states an oral agreement in its own words', async () => {
    const id = await walk.inMediation('av-oral-a', 'av-oral-b');
    await api.gql('mutation($id: ID!) { draftAgreement(caseId: $id, input: { kind: ORAL, factsAndResponsibilities: "双方同意互相谅解，不再追究。" }) { id } }', { id }, await walk.as('mediator'));
    expect((await read(id, 'av-oral-a')).agreement.status).toEqual({ state: 'ORAL_RECORDED', label: '口头协议已记录，调解成功办结时生效', awaitingConfirmationFrom: [] });
  });
});
