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
const MESSAGES = 'query($id: ID!, $p: ID, $first: Int, $before: String, $after: String) { roomMessages(caseId: $id, partyId: $p, first: $first, before: $before, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id cursor partyId authorRole authorName isMine body createdAt markedForFile } } }';
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

  const MODERATE = 'mutation($id: ID!, $input: RoomModerationInput!) { moderateRoom(caseId: $id, input: $input) { threads { partyId closed closedReason canWrite } pauses { partyId partyName reason until } moderationLog { action label subject reason } } }';
  const ROOM_STATE = 'query($id: ID!) { caseRoom(caseId: $id) { canModerate threads { partyId closed closedReason canWrite unreadCount } pauses { partyId partyName reason until } moderationLog { action label subject reason until } } }';
  const moderate = async (id: string, who: string, input: Record<string, unknown>) => api.gql(MODERATE, { id, input }, await walk.as(who));
  const attempt = async (id: string, who: string, text: string, partyId: string | null = null) => api.gql(POST, { id, p: partyId, t: text, k: randomUUID() }, await walk.as(who));

  it('the mediator closes and reopens a thread and pauses a party in the joint thread for a while, with the reason; each is in the room\'s log', async () => {
    const id = await walk.inMediation('room-applicant-6', 'room-respondent-6');
    const [applicant, respondent] = (await partiesOf(id)).map((p) => String(p.id));
    // Bad input is named field by field, and nothing is recorded.
    const bad = await moderate(id, 'mediator', { action: 'MUTE' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors)).toEqual(expect.stringContaining('input.reason'));
    expect(JSON.stringify(bad.errors)).toEqual(expect.stringContaining('input.minutes'));
    expect(JSON.stringify(bad.errors)).toEqual(expect.stringContaining('input.partyId'));
    expect((await moderate(id, 'mediator', { action: 'MUTE', partyId: applicant, reason: '情绪激动', minutes: 3 })).errors?.[0]?.extensions?.field).toBe('input.minutes');
    expect((await moderate(id, 'mediator', { action: 'CLOSE_THREAD', reason: '' })).errors?.[0]?.extensions?.field).toBe('input.reason');
    expect((await api.sql<{ n: number }>('select count(*)::int as n from room_moderation where mediation_case_id = ?', [Number(id)]))[0].n).toBe(0);
    // Only the mediator runs the room: not a party, not the committee; strangers do not see the case.
    for (const [who, code] of [['room-applicant-6', 'FORBIDDEN'], ['huangyang-admin', 'FORBIDDEN'], ['room-stranger', 'NOT_FOUND']] as const) {
      expect((await moderate(id, who, { action: 'CLOSE_THREAD', reason: '测试关闭' })).errors?.[0]?.extensions?.code).toBe(code);
    }

    // Closing the joint thread: nobody writes in it, the private threads stay open; a second close is refused.
    const closed = (await moderate(id, 'mediator', { action: 'CLOSE_THREAD', reason: '双方争吵，改为背对背沟通' })).data.moderateRoom;
    expect(closed.threads.map((t: { partyId: string | null; closed: boolean; canWrite: boolean }) => [t.partyId, t.closed, t.canWrite])).toEqual([[null, true, false], [applicant, false, true], [respondent, false, true]]);
    expect((await moderate(id, 'mediator', { action: 'CLOSE_THREAD', reason: '再关一次' })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    for (const who of ['room-applicant-6', 'mediator']) {
      const refused = await attempt(id, who, '还要说');
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'partyId' }, message: expect.stringContaining('双方争吵，改为背对背沟通') });
    }
    expect((await attempt(id, 'room-applicant-6', '那我私下说', applicant)).errors).toBeUndefined();
    const applicantView = (await api.gql(ROOM_STATE, { id }, await walk.as('room-applicant-6'))).data.caseRoom;
    expect(applicantView.threads[0]).toMatchObject({ closed: true, closedReason: '双方争吵，改为背对背沟通', canWrite: false });
    expect(applicantView).toMatchObject({ canModerate: false, moderationLog: [] });
    expect((await moderate(id, 'mediator', { action: 'REOPEN_THREAD' })).errors).toBeUndefined();
    expect((await attempt(id, 'room-respondent-6', '我们继续吧')).errors).toBeUndefined();

    // A pause: the applicant stops writing face to face for 30 minutes; their private thread stays open; the respondent is not paused.
    const paused = (await moderate(id, 'mediator', { action: 'MUTE', partyId: applicant, minutes: 30, reason: '情绪激动，请先冷静一下' })).data.moderateRoom;
    expect(paused.pauses).toEqual([{ partyId: applicant, partyName: '周海燕', reason: '情绪激动，请先冷静一下', until: expect.any(String) }]);
    const until = Date.parse(paused.pauses[0].until);
    expect(Math.abs(until - (Date.now() + 30 * 60_000))).toBeLessThan(60_000);
    const muted = await attempt(id, 'room-applicant-6', '凭什么不让我说');
    expect(muted.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'partyId' }, message: expect.stringContaining('情绪激动，请先冷静一下') });
    expect((await attempt(id, 'room-applicant-6', '调解员，我冷静了', applicant)).errors).toBeUndefined();
    expect((await attempt(id, 'room-respondent-6', '我可以说')).errors).toBeUndefined();
    // Who sees the pause: the paused party and the staff; the other party does not learn why.
    const pausesOf = async (who: string) => (await api.gql(ROOM_STATE, { id }, await walk.as(who))).data.caseRoom.pauses.map((p: { partyId: string }) => p.partyId);
    expect(await pausesOf('room-applicant-6')).toEqual([applicant]);
    expect(await pausesOf('room-respondent-6')).toEqual([]);
    expect(await pausesOf('huangyang-sifasuo')).toEqual([applicant]);
    // Only the paused party is told "you": the staff who read every pause are not.
    const myPause = async (who: string) => (await api.gql('query($id: ID!) { caseRoom(caseId: $id) { myPause { partyId reason } } }', { id }, await walk.as(who))).data.caseRoom.myPause;
    expect(await myPause('room-applicant-6')).toEqual({ partyId: applicant, reason: '情绪激动，请先冷静一下' });
    for (const who of ['room-respondent-6', 'huangyang-sifasuo', 'mediator']) expect(await myPause(who)).toBeNull();
    expect((await moderate(id, 'mediator', { action: 'MUTE', partyId: applicant, minutes: 10, reason: '再暂停' })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await moderate(id, 'mediator', { action: 'UNMUTE', partyId: respondent })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await moderate(id, 'mediator', { action: 'UNMUTE', partyId: applicant })).data.moderateRoom.pauses).toEqual([]);
    expect((await attempt(id, 'room-applicant-6', '谢谢调解员')).errors).toBeUndefined();
    // A pause ends by itself when its time is up.
    await api.sql(`insert into room_moderation (mediation_case_id, action, party_id, until, reason, actor_id)
      values (?, 'MUTE', ?, now() - interval '1 minute', '已到期的暂停', (select id from user_account where openid = 'dev:mediator'))`, [Number(id), Number(respondent)]);
    expect((await attempt(id, 'room-respondent-6', '时间到了，我继续说')).errors).toBeUndefined();

    // The log, for the mediator and the committee, oldest first; never edited.
    const log = (await api.gql(ROOM_STATE, { id }, await walk.as('huangyang-admin'))).data.caseRoom.moderationLog;
    expect(log.map((e: { label: string; subject: string; reason: string | null }) => [e.label, e.subject, e.reason])).toEqual([
      ['关闭对话', '面对面（双方当事人和调解员）', '双方争吵，改为背对背沟通'],
      ['重新打开对话', '面对面（双方当事人和调解员）', null],
      ['暂停发言', '周海燕', '情绪激动，请先冷静一下'],
      ['恢复发言', '周海燕', null],
      ['暂停发言', '吴德明', '已到期的暂停'],
    ]);
    await expect(api.sql("update room_moderation set reason = '改过' where mediation_case_id = ?", [Number(id)])).rejects.toThrow(/append-only/);
  });

  it('the mediator marks messages for the case file; everyone who reads the message sees the mark', async () => {
    const id = await walk.inMediation('room-applicant-7', 'room-respondent-7');
    const message = await say(id, 'room-respondent-7', '我承认是我倒车撞坏了墙。');
    const MARK = 'mutation($m: ID!, $f: Boolean!) { markRoomMessage(messageId: $m, forFile: $f) { id body markedForFile } }';
    const marks = await Promise.all([0, 1].map(async () => api.gql(MARK, { m: message.id, f: true }, await walk.as('mediator'))));
    for (const res of marks) expect(res.data.markRoomMessage).toEqual({ id: message.id, body: '我承认是我倒车撞坏了墙。', markedForFile: true });
    const logged = async () => (await api.sql<{ action: string }>('select action from room_moderation where message_id = ? order by id', [Number(message.id)])).map((r) => r.action);
    expect(await logged()).toEqual(['MARK_FOR_FILE']);
    const markedFor = async (who: string) => (await read(id, who)).data.roomMessages.nodes[0].markedForFile;
    expect([await markedFor('room-applicant-7'), await markedFor('huangyang-admin')]).toEqual([true, true]);
    for (const [who, code] of [['room-respondent-7', 'FORBIDDEN'], ['huangyang-admin', 'FORBIDDEN'], ['room-stranger', 'NOT_FOUND']] as const) {
      expect((await api.gql(MARK, { m: message.id, f: false }, await walk.as(who))).errors?.[0]?.extensions?.code).toBe(code);
    }
    expect((await api.gql(MARK, { m: '99999999', f: true }, await walk.as('mediator'))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await api.gql(MARK, { m: message.id, f: false }, await walk.as('mediator'))).data.markRoomMessage.markedForFile).toBe(false);
    expect(await logged()).toEqual(['MARK_FOR_FILE', 'UNMARK_FOR_FILE']);
  });

  it('counts unread messages per thread and on the case page; a new message is a subscription message once until read, to the thread\'s people only, without its text', async () => {
    const id = await walk.inMediation('room-applicant-8', 'room-respondent-8');
    const [applicant] = (await partiesOf(id)).map((p) => String(p.id));
    const userOf = async (name: string) => (await api.sql<{ id: number }>('select id from user_account where openid = ?', [`dev:${name}`]))[0].id;
    const notices = async (name: string) => api.sql<{ summary: string; page: string }>("select summary, page from notification where mediation_case_id = ? and kind = 'ROOM_MESSAGE' and user_id = ? order by id", [Number(id), await userOf(name)]);
    const unread = async (who: string) => (await api.gql(ROOM_STATE, { id }, await walk.as(who))).data.caseRoom.threads.map((t: { unreadCount: number }) => t.unreadCount);
    const onCasePage = async (who: string) => (await api.gql('query($id: ID!) { case(id: $id) { roomUnreadCount } }', { id }, await walk.as(who))).data.case.roomUnreadCount;

    await say(id, 'mediator', '双方好。');
    const second = await say(id, 'mediator', '今天先听听各自的想法。');
    const secret = await say(id, 'mediator', '私下问一句，您最低能接受多少？', applicant);
    await say(id, 'room-applicant-8', '我先说两句。');
    expect(await unread('room-applicant-8')).toEqual([2, 1]);
    expect(await unread('room-respondent-8')).toEqual([3, 0]);
    expect(await onCasePage('room-applicant-8')).toBe(3);
    // The case page's count reuses the case the page loaded: the case is read once.
    api.db.statements.length = 0;
    expect(await onCasePage('room-respondent-8')).toBe(3);
    expect(api.db.statements.filter((q) => /from "mediation_case"/.test(q))).toHaveLength(1);
    // The private thread's message told only the applicant, once, and without its words.
    const toApplicant = await notices('room-applicant-8');
    expect(toApplicant).toEqual([{ summary: '调解员在调解室面对面对话中给您发来新消息', page: `pages/room/index?id=${id}` }]);
    expect(JSON.stringify(await notices('room-respondent-8'))).not.toContain('背对背');
    expect(await notices('room-respondent-8')).toHaveLength(1);
    expect(await notices('mediator')).toEqual([{ summary: '周海燕在调解室面对面对话中发来新消息', page: `pages/room/index?id=${id}` }]);

    // Read up to the second message of the joint thread: two fewer; a mark never moves back; the cursor must be of that thread.
    const MARK_READ = 'mutation($id: ID!, $p: ID, $c: String!) { markRoomRead(caseId: $id, partyId: $p, cursor: $c) { threads { unreadCount } } }';
    const marked = await api.gql(MARK_READ, { id, p: null, c: (second as unknown as { cursor: string }).cursor }, await walk.as('room-applicant-8'));
    expect(marked.data.markRoomRead.threads.map((t: { unreadCount: number }) => t.unreadCount)).toEqual([0, 1]);
    const first = (await read(id, 'room-applicant-8', null, { first: 100 })).data.roomMessages.nodes.at(-1);
    await api.gql(MARK_READ, { id, p: null, c: first.cursor }, await walk.as('room-applicant-8'));
    expect(await unread('room-applicant-8')).toEqual([0, 1]);
    expect((await api.gql(MARK_READ, { id, p: null, c: (secret as unknown as { cursor: string }).cursor }, await walk.as('room-applicant-8'))).errors?.[0]?.extensions?.field).toBe('cursor');
    expect((await api.gql(MARK_READ, { id, p: null, c: 'nope' }, await walk.as('room-applicant-8'))).errors?.[0]?.extensions?.field).toBe('cursor');
    expect((await api.gql(MARK_READ, { id, p: applicant, c: (secret as unknown as { cursor: string }).cursor }, await walk.as('room-respondent-8'))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await onCasePage('room-applicant-8')).toBe(1);
    // Read state for the writer: the mediator's words are read once everyone else in the thread has read past them.
    const othersRead = async (who: string, partyId: string | null = null) =>
      (await api.gql('query($id: ID!, $p: ID) { roomMessages(caseId: $id, partyId: $p) { othersReadUpTo } }', { id, p: partyId }, await walk.as(who))).data.roomMessages.othersReadUpTo;
    expect(await othersRead('mediator')).toBeNull(); // the respondent has read nothing yet
    const newestJoint = (await read(id, 'room-respondent-8')).data.roomMessages.nodes[0];
    await api.gql(MARK_READ, { id, p: null, c: newestJoint.cursor }, await walk.as('room-respondent-8'));
    expect(await othersRead('mediator')).toBe((second as unknown as { id: string }).id);
    expect(await othersRead('room-respondent-8')).toBeNull(); // the mediator has not opened the room since
    expect(await othersRead('mediator', applicant)).toBeNull();
    // Having read the room, the applicant is told of the next message again — one more, not one per message.
    await say(id, 'mediator', '我们约个时间再谈。', applicant);
    await say(id, 'mediator', '您看周五可以吗？', applicant);
    const told = await notices('room-applicant-8');
    expect(told).toHaveLength(2);
    expect(told[1]).toEqual({ summary: '调解员在调解室背对背对话中给您发来新消息', page: `pages/room/index?id=${id}&party=${applicant}` });
    expect(await notices('room-respondent-8')).toHaveLength(1);
    // A case without a room yet has no count.
    const waiting = await walk.choosingMediator('room-applicant-9', 'room-respondent-9');
    expect((await api.gql('query($id: ID!) { case(id: $id) { roomUnreadCount } }', { id: waiting }, await walk.as('room-applicant-9'))).data.case.roomUnreadCount).toBeNull();
  });

  it('a video session is scheduled with its meeting link, which the parties read on the case page, and recorded like any session', async () => {
    const id = await walk.inMediation('room-applicant-10', 'room-respondent-10');
    const SCHEDULE = 'mutation($id: ID!, $input: SessionInput!) { scheduleSession(caseId: $id, input: $input) { id mode place meetingUrl } }';
    const at = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const schedule = async (input: Record<string, unknown>) => api.gql(SCHEDULE, { id, input: { scheduledAt: at, place: '腾讯会议 123 456 789', mode: 'ONLINE', ...input } }, await walk.as('mediator'));
    for (const [input, reason] of [[{ meetingUrl: 'http://meeting.tencent.com/dm/abc' }, 'https://'], [{ meetingUrl: 'javascript:alert(1)' }, 'https://'], [{ meetingUrl: `https://meeting.tencent.com/${'a'.repeat(500)}` }, '500'],
      [{ mode: 'IN_PERSON', place: '黄羊镇调解室', meetingUrl: 'https://meeting.tencent.com/dm/abc' }, '线上视频调解']] as const) {
      const refused = await schedule(input);
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(refused.errors)).toContain('meetingUrl');
      expect(JSON.stringify(refused.errors)).toContain(reason);
    }
    expect((await api.sql<{ n: number }>('select count(*)::int as n from mediation_session where mediation_case_id = ?', [Number(id)]))[0].n).toBe(0);
    const session = (await schedule({ meetingUrl: 'https://meeting.tencent.com/dm/Ab12Cd34' })).data.scheduleSession;
    expect(session).toMatchObject({ mode: 'ONLINE', place: '腾讯会议 123 456 789', meetingUrl: 'https://meeting.tencent.com/dm/Ab12Cd34' });
    for (const party of ['room-applicant-10', 'room-respondent-10']) {
      const seen = (await api.gql('query($id: ID!) { case(id: $id) { sessions { mode meetingUrl } } }', { id }, await walk.as(party))).data.case.sessions;
      expect(seen).toEqual([{ mode: 'ONLINE', meetingUrl: 'https://meeting.tencent.com/dm/Ab12Cd34' }]);
    }
    const recorded = await api.gql('mutation($s: ID!) { recordSession(sessionId: $s, record: "线上视频调解，双方均已入会，就赔偿金额交换了意见。") { recordedAt meetingUrl } }', { s: session.id }, await walk.as('mediator'));
    expect(recorded.data.recordSession).toMatchObject({ recordedAt: expect.any(String), meetingUrl: 'https://meeting.tencent.com/dm/Ab12Cd34' });
  });

  it('prints the room for the case file as each reader reads it: a party the joint thread and their own, the committee every thread and the log', async () => {
    const id = await walk.inMediation('room-applicant-11', 'room-respondent-11');
    const [applicant, respondent] = (await partiesOf(id)).map((p) => String(p.id));
    await say(id, 'mediator', '双方好，<script>alert(1)</script>今天线上调解。');
    const admitted = await say(id, 'room-respondent-11', '我承认墙是我撞坏的。');
    await say(id, 'room-applicant-11', '我最低接受一千八。', applicant);
    await say(id, 'room-respondent-11', '我最多出一千五，别告诉对方。', respondent);
    expect((await api.gql('mutation($m: ID!) { markRoomMessage(messageId: $m, forFile: true) { id } }', { m: admitted.id }, await walk.as('mediator'))).errors).toBeUndefined();
    expect((await api.gql(PUT, { id, p: respondent, k: randomUUID() }, await walk.as('mediator'))).errors).toBeUndefined();
    const session = await api.gql('mutation($id: ID!, $input: SessionInput!) { scheduleSession(caseId: $id, input: $input) { id } }',
      { id, input: { mode: 'ONLINE', place: '腾讯会议 987 654 321', scheduledAt: new Date(Date.now() + 3_600_000).toISOString(), meetingUrl: 'https://meeting.tencent.com/dm/Zz99' } }, await walk.as('mediator'));
    await api.gql('mutation($s: ID!) { recordSession(sessionId: $s, record: "线上视频调解，双方就赔偿金额各自说明了意见。") { id } }', { s: session.data.scheduleSession.id }, await walk.as('mediator'));
    expect((await moderate(id, 'mediator', { action: 'MUTE', partyId: applicant, minutes: 10, reason: '情绪激动' })).errors).toBeUndefined();
    const printed = async (who: string) => {
      const res = await fetch(api.server.url.replace('/graphql', `/cases/${id}/room-record`), { headers: { authorization: `Bearer ${await walk.as(who)}` } });
      return { status: res.status, type: res.headers.get('content-type'), html: await res.text() };
    };

    const forApplicant = await printed('room-applicant-11');
    expect(forApplicant).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    for (const text of ['线上调解记录', '面对面（双方当事人和调解员）', '背对背：周海燕（申请人）', '我最低接受一千八。', '我承认墙是我撞坏的。', '【存入卷宗】', '第 1 次调解', '线上视频调解，双方就赔偿金额各自说明了意见。', '&lt;script&gt;']) {
      expect(forApplicant.html).toContain(text);
    }
    // Nothing of the respondent's private thread, nor the room's log, nor any raw markup from a message.
    for (const text of ['一千五', '背对背：吴德明', '被申请人赔偿申请人修墙费用', '调解室管理记录', '<script>']) expect(forApplicant.html).not.toContain(text);
    expect((await printed('room-respondent-11')).html).not.toContain('一千八');

    const forCommittee = await printed('huangyang-admin');
    expect(forCommittee.status).toBe(200);
    for (const text of ['一千八', '一千五', '背对背：吴德明（被申请人）', '被申请人赔偿申请人修墙费用人民币贰仟元', '（尚无答复）', '调解室管理记录', '暂停发言：周海燕', '存入卷宗：面对面（双方当事人和调解员）的消息']) {
      expect(forCommittee.html).toContain(text);
    }
    // Anyone who may not see the case learns nothing; a case without a room yet has none to print.
    expect((await printed('room-stranger')).status).toBe(404);
    expect((await fetch(api.server.url.replace('/graphql', `/cases/${id}/room-record`))).status).toBe(401);
    const waiting = await walk.choosingMediator('room-applicant-12', 'room-respondent-12');
    const early = await fetch(api.server.url.replace('/graphql', `/cases/${waiting}/room-record`), { headers: { authorization: `Bearer ${await walk.as('room-applicant-12')}` } });
    expect(early.status).toBe(409);
  });

  it('a photo in a thread follows the evidence rules and reaches only those who read that thread', async () => {
    const id = await walk.inMediation('room-applicant-13', 'room-respondent-13');
    const [applicant] = (await partiesOf(id)).map((p) => String(p.id));
    const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const send = async (who: string, query: string, bytes: Buffer = PNG, type = 'image/png') => {
      const form = new FormData();
      form.append('file', new Blob([bytes], { type }), '院墙.png');
      const res = await fetch(api.server.url.replace('/graphql', `/cases/${id}/room/photos?${query}`), { method: 'POST', body: form, headers: { authorization: `Bearer ${await walk.as(who)}` } });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const photos = async () => (await api.sql<{ n: number }>('select count(*)::int as n from room_message where mediation_case_id = ? and media_type like \'image/%\'', [Number(id)]))[0].n;
    // Bad input, each named, nothing kept: a missing key, a file that is not a picture, a thread the sender does not read.
    expect(await send('room-applicant-13', `party=${applicant}`)).toMatchObject({ status: 400, body: { field: 'clientKey' } });
    expect(await send('room-applicant-13', `party=${applicant}&clientKey=${randomUUID()}`, Buffer.from('%PDF-1.4 not a photo'), 'application/pdf')).toMatchObject({ status: 400, body: { field: 'file' } });
    expect(await send('room-applicant-13', `party=${applicant}&clientKey=${randomUUID()}`, Buffer.from('<html><script>alert(1)</script></html>'))).toMatchObject({ status: 400, body: { field: 'file' } });
    const [respondent] = (await partiesOf(id)).slice(1).map((p) => String(p.id));
    expect((await send('room-applicant-13', `party=${respondent}&clientKey=${randomUUID()}`)).status).toBe(404);
    expect(await photos()).toBe(0);

    // Sent twice with one key (a retry): one message, with its caption, to the applicant's private thread.
    const key = randomUUID();
    const [first, again] = await Promise.all([send('room-applicant-13', `party=${applicant}&clientKey=${key}&text=${encodeURIComponent('墙倒的现场')}`), send('room-applicant-13', `party=${applicant}&clientKey=${key}&text=${encodeURIComponent('墙倒的现场')}`)]);
    expect(first).toMatchObject({ status: 201, body: { authorRole: 'APPLICANT', body: '墙倒的现场', isMine: true, photoUrl: expect.stringMatching(new RegExp(`^/cases/${id}/room/media/\\d+$`)), voiceUrl: null } });
    expect(again.body.id).toBe(first.body.id);
    expect(await photos()).toBe(1);
    const listed = (await read(id, 'mediator', applicant)).data.roomMessages.nodes[0];
    expect(listed).toMatchObject({ body: '墙倒的现场', authorRole: 'APPLICANT' });
    const photoUrl = first.body.photoUrl as string;
    const fetchPhoto = async (who: string | null) => fetch(api.server.url.replace('/graphql', photoUrl), { headers: who ? { authorization: `Bearer ${await walk.as(who)}` } : {} });
    for (const who of ['room-applicant-13', 'mediator', 'huangyang-admin']) {
      const res = await fetchPhoto(who);
      expect({ who, status: res.status, type: res.headers.get('content-type') }).toEqual({ who, status: 200, type: 'image/png' });
      expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
    }
    // The other party never gets it, nor does anyone outside the case.
    expect((await fetchPhoto('room-respondent-13')).status).toBe(404);
    expect((await fetchPhoto('room-stranger')).status).toBe(404);
    expect((await fetchPhoto(null)).status).toBe(401);
    // A body that ends inside the file part: 400 naming the file, nothing kept, the service still answers.
    const cut = await fetch(api.server.url.replace('/graphql', `/cases/${id}/room/photos?party=${applicant}&clientKey=${randomUUID()}`), {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=B', authorization: `Bearer ${await walk.as('room-applicant-13')}` },
      body: Buffer.concat([Buffer.from('--B\r\ncontent-disposition: form-data; name="file"; filename="墙.png"\r\ncontent-type: image/png\r\n\r\n'), PNG]),
    });
    expect({ status: cut.status, body: await cut.json() }).toMatchObject({ status: 400, body: { field: 'file' } });
    expect(await photos()).toBe(1);
    expect((await api.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    // A paused party sends no photo to the joint thread either.
    expect((await moderate(id, 'mediator', { action: 'MUTE', partyId: applicant, minutes: 10, reason: '请先冷静一下' })).errors).toBeUndefined();
    expect(await send('room-applicant-13', `clientKey=${randomUUID()}`)).toMatchObject({ status: 409, body: { field: 'partyId' } });
    expect(await photos()).toBe(1);
  });

  it('a voice note recorded in WeChat is sent with its length, under the evidence rules, and played by those who read the thread', async () => {
    const id = await walk.inMediation('room-applicant-14', 'room-respondent-14');
    const MP3 = Buffer.concat([Buffer.from('ID3'), Buffer.from([0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]), Buffer.alloc(400, 0x55)]);
    const send = async (who: string, query: string, bytes: Buffer = MP3, type = 'audio/mpeg') => {
      const form = new FormData();
      form.append('file', new Blob([bytes], { type }), '语音.mp3');
      const res = await fetch(api.server.url.replace('/graphql', `/cases/${id}/room/voice?${query}`), { method: 'POST', body: form, headers: { authorization: `Bearer ${await walk.as(who)}` } });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    for (const seconds of ['', '0', '61', '2.5']) {
      expect(await send('room-respondent-14', `clientKey=${randomUUID()}&seconds=${seconds}`)).toMatchObject({ status: 400, body: { field: 'seconds' } });
    }
    const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    expect(await send('room-respondent-14', `clientKey=${randomUUID()}&seconds=5`, PNG, 'image/png')).toMatchObject({ status: 400, body: { field: 'file' } });
    expect(await send('room-respondent-14', `clientKey=${randomUUID()}&seconds=5`, Buffer.alloc(2_000_100, 0x55))).toMatchObject({ status: 400, body: { field: 'file' } });
    expect((await api.sql<{ n: number }>('select count(*)::int as n from room_message where mediation_case_id = ?', [Number(id)]))[0].n).toBe(0);

    const sent = await send('room-respondent-14', `clientKey=${randomUUID()}&seconds=12`);
    expect(sent).toMatchObject({ status: 201, body: { authorRole: 'RESPONDENT', body: '', photoUrl: null, voiceSeconds: 12, voiceUrl: expect.stringMatching(new RegExp(`^/cases/${id}/room/media/\\d+$`)) } });
    const listed = (await api.gql('query($id: ID!) { roomMessages(caseId: $id) { nodes { voiceUrl voiceSeconds photoUrl } } }', { id }, await walk.as('room-applicant-14'))).data.roomMessages.nodes;
    expect(listed).toEqual([{ voiceUrl: sent.body.voiceUrl, voiceSeconds: 12, photoUrl: null }]);
    for (const who of ['room-applicant-14', 'mediator']) {
      const res = await fetch(api.server.url.replace('/graphql', sent.body.voiceUrl as string), { headers: { authorization: `Bearer ${await walk.as(who)}` } });
      expect({ who, status: res.status, type: res.headers.get('content-type') }).toEqual({ who, status: 200, type: 'audio/mpeg' });
      expect(Buffer.from(await res.arrayBuffer()).equals(MP3)).toBe(true);
    }
    const printed = await (await fetch(api.server.url.replace('/graphql', `/cases/${id}/room-record`), { headers: { authorization: `Bearer ${await walk.as('huangyang-admin')}` } })).text();
    expect(printed).toContain('［语音 12 秒，录音见线上调解室］');
  });
});
