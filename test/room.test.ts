import { randomUUID } from 'node:crypto';
import { startTestApi, type TestApi } from './support/api';
import { CaseWalker, confirmAgreement } from './support/cases';

/**
 * The mediation room (issue 16, first part): a joint thread (面对面) for both parties and the
 * mediator, and one private thread (背对背) per party with the mediator. What a party says in
 * private never reaches the other party; the committee reads every thread for the case file and
 * writes none; a second tap is one message; the room opens with mediation and is read-only once closed.
 */
let api: TestApi;
let walk: CaseWalker;
beforeAll(async () => {
  api = await startTestApi({ demo: true });
  walk = new CaseWalker(api);
});
afterAll(() => api.close());

const ROOM = 'query($id: ID!) { caseRoom(caseId: $id) { caseId canWrite threads { partyId title messageCount lastMessageAt } } }';
const MESSAGES = 'query($id: ID!, $p: ID, $first: Int, $before: String, $after: String) { roomMessages(caseId: $id, partyId: $p, first: $first, before: $before, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id cursor partyId authorRole authorName isMine body createdAt } } }';
const POST = 'mutation($id: ID!, $p: ID, $t: String!, $k: String!) { postRoomMessage(caseId: $id, partyId: $p, text: $t, clientKey: $k) { id cursor partyId authorRole authorName isMine body createdAt } }';

async function say(id: string, who: string, text: string, partyId: string | null = null, key = randomUUID()) {
  const res = await api.gql(POST, { id, p: partyId, t: text, k: key }, await walk.as(who));
  if (res.errors) throw new Error(`${who}: ${JSON.stringify(res.errors)}`);
  return res.data.postRoomMessage as { id: string; authorRole: string; authorName: string; isMine: boolean };
}
const read = async (id: string, who: string, partyId: string | null = null, extra: Record<string, unknown> = {}) =>
  api.gql(MESSAGES, { id, p: partyId, ...extra }, await walk.as(who));
const partiesOf = async (id: string) => api.sql<{ id: number; role: string }>('select id, role from case_party where mediation_case_id = ? order by id', [Number(id)]);

describe('the mediation room', () => {
  it('face to face and back to back: each party reads the joint thread and their own private one, never the other\'s', async () => {
    const id = await walk.inMediation('room-applicant', 'room-respondent');
    const [applicant, respondent] = (await partiesOf(id)).map((p) => String(p.id));
    await say(id, 'mediator', '双方好，今天我们线上调解。');
    await say(id, 'room-applicant', '我要求赔偿修墙费用。');
    await say(id, 'mediator', '私下说，您最低能接受多少？', applicant);
    await say(id, 'room-applicant', '两千元也可以。', applicant);
    await say(id, 'mediator', '您愿意赔多少？', respondent);
    const mine = await say(id, 'room-respondent', '最多一千五。', respondent);
    expect(mine).toMatchObject({ authorRole: 'RESPONDENT', authorName: '吴德明', isMine: true });
    // Times as every other time of the API: ISO, within the last minute.
    const sentAt = Date.parse((mine as unknown as { createdAt: string }).createdAt);
    expect(Math.abs(Date.now() - sentAt)).toBeLessThan(60_000);
    const lastAt = (await api.gql(ROOM, { id }, await walk.as('mediator'))).data.caseRoom.threads[2].lastMessageAt as string;
    expect(Date.parse(lastAt)).toBe(sentAt);

    // The threads each sees.
    const threads = async (who: string) => (await api.gql(ROOM, { id }, await walk.as(who))).data.caseRoom.threads.map((t: { partyId: string | null; messageCount: number }) => [t.partyId, t.messageCount]);
    expect(await threads('room-applicant')).toEqual([[null, 2], [applicant, 2]]);
    expect(await threads('room-respondent')).toEqual([[null, 2], [respondent, 2]]);
    expect(await threads('mediator')).toEqual([[null, 2], [applicant, 2], [respondent, 2]]);
    expect(await threads('huangyang-sifasuo')).toEqual([[null, 2], [applicant, 2], [respondent, 2]]);

    // The other party's private thread is not even confirmed to exist.
    for (const [who, theirs] of [['room-applicant', respondent], ['room-respondent', applicant]] as const) {
      const res = await read(id, who, theirs);
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const write = await api.gql(POST, { id, p: theirs, t: '偷看', k: randomUUID() }, await walk.as(who));
      expect(write.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const joint = (await read(id, 'room-respondent')).data.roomMessages;
    expect(joint.nodes.map((m: { body: string }) => m.body)).toEqual(['我要求赔偿修墙费用。', '双方好，今天我们线上调解。']);
    const privately = (await read(id, 'room-applicant', applicant)).data.roomMessages.nodes;
    expect(privately.map((m: { body: string; authorRole: string }) => [m.authorRole, m.body])).toEqual([['APPLICANT', '两千元也可以。'], ['MEDIATOR', '私下说，您最低能接受多少？']]);
    // Nothing private on the timeline either.
    const timeline = JSON.stringify((await api.gql('query($id: ID!) { case(id: $id) { timeline { note } } }', { id }, await walk.as('room-respondent'))).data);
    expect(timeline).not.toContain('两千元');
    // Staff read for the case file, and do not speak in the room.
    expect((await read(id, 'huangyang-sifasuo', respondent)).data.roomMessages.totalCount).toBe(2);
    const staffWrites = await api.gql(POST, { id, p: null, t: '工作人员插话', k: randomUUID() }, await walk.as('huangyang-sifasuo'));
    expect(staffWrites.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(ROOM, { id }, await walk.as('huangyang-sifasuo'))).data.caseRoom.canWrite).toBe(false);
    // Anyone else does not even see the case.
    for (const who of ['grid', 'room-stranger']) expect((await read(id, who)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('pages back newest first and polls for what is new; a second tap is one message; bad input says which field', async () => {
    const id = await walk.inMediation('room-applicant-2', 'room-respondent-2');
    for (let i = 1; i <= 5; i++) await say(id, i % 2 ? 'mediator' : 'room-applicant-2', `第${i}条`);
    const first = (await read(id, 'room-respondent-2', null, { first: 2 })).data.roomMessages;
    expect(first.nodes.map((m: { body: string }) => m.body)).toEqual(['第5条', '第4条']);
    const back = (await read(id, 'room-respondent-2', null, { first: 2, before: first.pageInfo.endCursor })).data.roomMessages;
    expect(back.nodes.map((m: { body: string }) => m.body)).toEqual(['第3条', '第2条']);
    // Polling: only what is newer than the newest the phone has.
    const newest = first.nodes[0].id as string;
    const cursorOf = (messageId: string) => Buffer.from(JSON.stringify([Number(messageId)])).toString('base64url');
    expect((await read(id, 'room-respondent-2', null, { after: cursorOf(newest) })).data.roomMessages.nodes).toEqual([]);
    const key = randomUUID();
    const [a, b] = await Promise.all([say(id, 'room-respondent-2', '我同意', null, key), say(id, 'room-respondent-2', '我同意', null, key)]);
    expect(a.id).toBe(b.id);
    const polled = (await read(id, 'room-applicant-2', null, { after: cursorOf(newest) })).data.roomMessages;
    expect(polled.nodes.map((m: { body: string; isMine: boolean }) => [m.body, m.isMine])).toEqual([['我同意', false]]);
    // Bad input: named and nothing saved.
    const before = (await read(id, 'mediator')).data.roomMessages.totalCount;
    for (const [text, clientKey, field] of [['   ', randomUUID(), 'text'], ['调'.repeat(2001), randomUUID(), 'text'], ['好', 'short', 'clientKey']] as const) {
      const res = await api.gql(POST, { id, p: null, t: text, k: clientKey }, await walk.as('mediator'));
      expect(res.errors?.[0]?.extensions?.field).toBe(field);
    }
    expect((await read(id, 'mediator', null, { first: 0 })).errors?.[0]?.extensions?.field).toBe('first');
    expect((await read(id, 'mediator', null, { before: 'nope' })).errors?.[0]?.extensions?.field).toBe('before');
    expect((await read(id, 'mediator')).data.roomMessages.totalCount).toBe(before);
  });

  it('opens when the mediator takes the case and is kept, read-only, once it is closed', async () => {
    const waiting = await walk.choosingMediator('room-applicant-3', 'room-respondent-3');
    expect((await api.gql(ROOM, { id: waiting }, await walk.as('room-applicant-3'))).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const id = await walk.drafted('room-applicant-4', 'room-respondent-4');
    await say(id, 'mediator', '协议草稿已发出，请双方确认。');
    for (const party of ['room-applicant-4', 'room-respondent-4']) expect((await confirmAgreement(api, id, await walk.as(party))).errors).toBeUndefined();
    await walk.act(id, 'RECORD_SUCCESS', 'mediator', { reason: '达成书面协议' });
    const room = (await api.gql(ROOM, { id }, await walk.as('room-applicant-4'))).data.caseRoom;
    expect(room).toMatchObject({ canWrite: false });
    expect((await read(id, 'room-applicant-4')).data.roomMessages.nodes.map((m: { body: string }) => m.body)).toEqual(['协议草稿已发出，请双方确认。']);
    const late = await api.gql(POST, { id, p: null, t: '还有一句', k: randomUUID() }, await walk.as('mediator'));
    expect(late.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  const PUT = `mutation($id: ID!, $p: ID, $k: String!) { putProposal(caseId: $id, partyId: $p, clientKey: $k, note: "双方各让一步",
    terms: [{ content: "被申请人赔偿申请人修墙费用人民币贰仟元", method: "微信转账一次付清", performBy: "2026-12-20" }]) { id partyId state canAnswer terms { content } answers { partyName accepted note } } }`;
  const ANSWER = 'mutation($p: ID!, $a: Boolean!, $n: String) { answerProposal(proposalId: $p, accept: $a, note: $n) { id state canAnswer answers { partyName accepted note } } }';
  const DRAFT = 'mutation($p: ID!) { draftAgreementFromProposal(proposalId: $p, factsAndResponsibilities: "被申请人倒车撞坏申请人院墙约三米，双方经线上调解同意如下方案。") { id contentHash terms { content performBy } } }';

  it('a joint proposal both parties accept becomes the draft agreement in one step; a private one sounds out one party and never reaches the other', async () => {
    const id = await walk.inMediation('room-applicant-5', 'room-respondent-5');
    const [applicant, respondent] = (await partiesOf(id)).map((p) => String(p.id));
    // Back to back: put to the applicant alone; the respondent never sees it, nor can answer it.
    const privately = (await api.gql(PUT, { id, p: applicant, k: randomUUID() }, await walk.as('mediator'))).data.putProposal;
    expect(privately).toMatchObject({ partyId: applicant, state: 'OPEN', canAnswer: false });
    expect((await api.gql('query($id: ID!, $p: ID) { roomProposals(caseId: $id, partyId: $p) { id } }', { id, p: applicant }, await walk.as('room-respondent-5'))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await api.gql(ANSWER, { p: privately.id, a: true }, await walk.as('room-respondent-5'))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await api.gql(ANSWER, { p: privately.id, a: false }, await walk.as('room-applicant-5'))).errors?.[0]?.extensions?.field).toBe('note');
    expect((await api.gql(ANSWER, { p: privately.id, a: false, n: '两千五我才接受' }, await walk.as('room-applicant-5'))).data.answerProposal).toMatchObject({ state: 'REJECTED', answers: [{ partyName: '周海燕', accepted: false, note: '两千五我才接受' }] });
    expect((await api.gql(DRAFT, { p: privately.id }, await walk.as('mediator'))).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // Face to face: only the mediator puts a proposal; a double tap is one proposal.
    expect((await api.gql(PUT, { id, p: null, k: randomUUID() }, await walk.as('room-applicant-5'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const key = randomUUID();
    const [joint, again] = await Promise.all([api.gql(PUT, { id, p: null, k: key }, await walk.as('mediator')), api.gql(PUT, { id, p: null, k: key }, await walk.as('mediator'))]);
    expect(again.data.putProposal.id).toBe(joint.data.putProposal.id);
    const proposal = joint.data.putProposal.id as string;
    expect((await api.gql('query($id: ID!) { roomProposals(caseId: $id) { id canAnswer } }', { id }, await walk.as('room-respondent-5'))).data.roomProposals).toEqual([{ id: proposal, canAnswer: true }]);
    // Not yet: one party has not answered.
    expect((await api.gql(ANSWER, { p: proposal, a: true }, await walk.as('room-applicant-5'))).data.answerProposal.state).toBe('OPEN');
    expect((await api.gql(DRAFT, { p: proposal }, await walk.as('mediator'))).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await api.gql(ANSWER, { p: proposal, a: true }, await walk.as('room-respondent-5'))).data.answerProposal).toMatchObject({ state: 'ACCEPTED', canAnswer: true });
    const mine = 'query($id: ID!) { roomProposals(caseId: $id) { myAnswer } }';
    expect((await api.gql(mine, { id }, await walk.as('room-respondent-5'))).data.roomProposals).toEqual([{ myAnswer: true }]);
    expect((await api.gql(mine, { id }, await walk.as('mediator'))).data.roomProposals).toEqual([{ myAnswer: null }]);
    // Staff read it and do not answer or draft it.
    expect((await api.gql(ANSWER, { p: proposal, a: true }, await walk.as('huangyang-sifasuo'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(DRAFT, { p: proposal }, await walk.as('room-applicant-5'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const drafted = (await api.gql(DRAFT, { p: proposal }, await walk.as('mediator'))).data.draftAgreementFromProposal;
    expect(drafted.terms).toEqual([{ content: '被申请人赔偿申请人修墙费用人民币贰仟元', performBy: '2026-12-20' }]);
    // The parties confirm it as any draft: by the content hash the page received.
    for (const party of ['room-applicant-5', 'room-respondent-5']) expect((await confirmAgreement(api, id, await walk.as(party))).errors).toBeUndefined();
    expect(await api.sql("select count(*)::int as n from case_event where mediation_case_id = ? and action = 'AGREEMENT_DRAFTED'", [Number(id)])).toEqual([{ n: 1 }]);
    // The private proposal is in nobody's view but the applicant's, the mediator's and the staff's.
    expect(JSON.stringify((await api.gql('query($id: ID!) { roomProposals(caseId: $id) { terms { content } note } }', { id }, await walk.as('room-respondent-5'))).data)).not.toContain('两千五');
    void respondent;
  });
});
