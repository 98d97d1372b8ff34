import type { Context } from '../../context';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { checkPageSize, decodeCursor, encodeCursor, toPage } from '../../shared/pagination';
import { sql } from '../../shared/sql';
import { IDEMPOTENCY_KEY_MESSAGE, IDEMPOTENCY_KEY_PATTERN } from '../idempotency/idempotency';
import { CaseStatus, PartyRole } from '../case/case-enums';
import type { CaseParty } from '../case/case-party.entity';
import { CaseActor } from '../case/case-workflow';
import type { MediationCase } from '../case/case.entity';
import type { Viewer } from '../staff/viewer';
import { chinaDateTime } from '../../shared/china-time';
import { PAGE } from '../../shared/page-paths';
import { RoomModerationAction } from './room-moderation.entity';
import { ROOM_AUTHOR_LABEL, ROOM_MODERATION_LABEL, RoomAuthorRole, type RoomMessageView, type RoomModerationEntryView, type RoomPauseView, type RoomThreadView } from './room.views';

/** The room opens when the mediator takes the case, and is kept, read-only, once the case is closed. */
const READABLE: readonly CaseStatus[] = [CaseStatus.IN_MEDIATION, CaseStatus.SUCCEEDED, CaseStatus.FAILED, CaseStatus.WITHDRAWN];
const MAX_TEXT = 2000;

/** What holds in a room now, read from the latest entries of its moderation log. */
export interface RoomState {
  /** Closed threads (0: the joint one, else the private thread's party id) and why. */
  closed: Map<number, string>;
  /** Parties paused in the joint thread, until when and why. */
  paused: Map<number, { until: Date; reason: string }>;
}

/** Where a photo's or voice note's file is fetched (the file routes, with the bearer token). */
export const roomMediaPath = (caseId: number, messageId: number) => `/cases/${caseId}/room/media/${messageId}`;

/** A thread's key in the read marks and the moderation state: its party's id, 0 for the joint thread. */
export const threadKey = (party: CaseParty | null) => party?.id ?? 0;

/** A message as stored (MESSAGE_COLUMNS of `room_message m`). */
export interface StoredMessage {
  id: number;
  partyId: number | null;
  authorId: number;
  authorRole: RoomAuthorRole;
  body: string;
  createdAt: string | Date;
  markedForFileAt: string | Date | null;
  caseId: number;
  mediaType: string | null;
  mediaSeconds: number | null;
}
export const MESSAGE_COLUMNS = sql`m.id, m.private_party_id as "partyId", m.author_id as "authorId", m.author_role as "authorRole", m.body, m.created_at as "createdAt",
  m.marked_for_file_at as "markedForFileAt", m.mediation_case_id as "caseId", m.media_type as "mediaType", m.media_seconds as "mediaSeconds"`;

/** A photo or voice note for a message, already in the evidence store under its content address. */
export interface RoomMedia {
  sha256: string;
  type: string;
  size: number;
  /** A voice note's length. */
  seconds?: number;
}

export interface RoomAccess {
  mediationCase: MediationCase;
  viewerId: number;
  /** The case's mediator: every thread, and writes in each. */
  mediator: boolean;
  /** The viewer's own parties in the case: the joint thread and their own private threads. */
  own: CaseParty[];
  /** The handling committee (and the justice office over it): reads every thread, for the case file; writes none. */
  committee: boolean;
}

/**
 * The mediation room of a case (线上调解室), in one place: who enters, which threads each person
 * reads — the joint one (面对面) and, for a party, only their own private one (背对背) — and who writes.
 * Nothing in a party's private thread ever reaches the other party: every read goes through here.
 */
export class RoomService {
  constructor(private readonly ctx: Context) {}

  /** Enters the room: who the viewer is in it, or why not. */
  async access(caseId: string): Promise<RoomAccess> {
    return this.accessTo(await this.ctx.caseAccess.loadVisible(caseId));
  }

  /** The same, for a case already loaded with its parties and the viewer's part in it (the case page's own). */
  accessTo({ mediationCase, actors, viewer }: { mediationCase: MediationCase; actors: Set<CaseActor>; viewer: Viewer }): RoomAccess {
    const own = mediationCase.parties.getItems().filter((p) => p.user?.id === viewer.userId);
    const mediator = actors.has(CaseActor.ASSIGNED_MEDIATOR);
    const committee = actors.has(CaseActor.COMMITTEE);
    if (!mediator && own.length === 0 && !committee) throw new ForbiddenError('只有本案当事人、调解员和承办调委会可以进入调解室');
    if (!mediationCase.mediator || !READABLE.includes(mediationCase.status)) throw new ConflictError('调解员接受案件后才开放线上调解室', 'caseId');
    return { mediationCase, viewerId: viewer.userId, mediator, own, committee };
  }

  /** The threads this viewer reads: the mediator and the committee every party's, a party their own. */
  private threadParties(access: RoomAccess) {
    const parties = access.mediationCase.parties.getItems();
    return access.mediator || access.committee ? parties : access.own;
  }

  /** The thread asked for (null: the joint one), if this viewer reads it — otherwise NOT_FOUND, which says nothing of the other's. */
  thread(access: RoomAccess, partyId: string | null | undefined): CaseParty | null {
    if (partyId == null) return null;
    const id = parseId(partyId, 'partyId');
    const party = this.threadParties(access).find((p) => p.id === id);
    if (!party) throw new NotFoundError('对话', id);
    return party;
  }

  async room(caseId: string) {
    return this.roomOf(await this.access(caseId));
  }

  /** The room as this viewer sees it: their threads with counts and unread messages, what is closed or paused, and (for staff) the log. */
  async roomOf(access: RoomAccess) {
    const caseId = access.mediationCase.id;
    const [counts, state] = await Promise.all([
      this.ctx.db.rows<{ partyId: number | null; messages: number; last: string | Date | null; unread: number }>(sql`
        select m.private_party_id as "partyId", count(*)::int as messages, max(m.created_at) as last,
          (count(*) filter (where m.author_id <> ${access.viewerId} and m.id > coalesce(r.last_read_id, 0)))::int as unread
        from room_message m
        left join room_read r on r.user_id = ${access.viewerId} and r.mediation_case_id = m.mediation_case_id and r.thread = coalesce(m.private_party_id, 0)
        where m.mediation_case_id = ${caseId} group by m.private_party_id, r.last_read_id`),
      this.state(caseId),
    ]);
    const thread = (party: CaseParty | null): RoomThreadView => {
      const row = counts.find((c) => c.partyId === (party?.id ?? null));
      const closedReason = state.closed.get(threadKey(party)) ?? null;
      return {
        partyId: party ? String(party.id) : null,
        title: this.threadTitle(party),
        partyName: party?.name ?? null,
        messageCount: row?.messages ?? 0,
        // Rows come as the driver gives them: a time may be text.
        lastMessageAt: row?.last ? new Date(row.last) : null,
        unreadCount: row?.unread ?? 0,
        closed: closedReason !== null,
        closedReason,
        canWrite: this.writeProblem(access, party, state) === null,
      };
    };
    const staff = access.mediator || access.committee;
    const parties = access.mediationCase.parties.getItems();
    const pauses: RoomPauseView[] = [...state.paused]
      .filter(([partyId]) => staff || access.own.some((p) => p.id === partyId))
      .map(([partyId, pause]) => ({ partyId: String(partyId), partyName: parties.find((p) => p.id === partyId)?.name ?? '', until: pause.until, reason: pause.reason }));
    return {
      caseId: String(caseId),
      myPause: pauses.find((p) => access.own.some((o) => String(o.id) === p.partyId)) ?? null,
      canWrite: this.canWrite(access),
      canPropose: access.mediator && access.mediationCase.status === CaseStatus.IN_MEDIATION,
      canModerate: access.mediator && access.mediationCase.status === CaseStatus.IN_MEDIATION,
      threads: [thread(null), ...this.threadParties(access).map(thread)],
      pauses,
      moderationLog: staff ? await this.moderationLog(access) : [],
    };
  }

  threadTitle(party: CaseParty | null) {
    return party
      ? `背对背：${party.name}（${ROOM_AUTHOR_LABEL[party.role === PartyRole.APPLICANT ? RoomAuthorRole.APPLICANT : RoomAuthorRole.RESPONDENT]}）`
      : '面对面（双方当事人和调解员）';
  }

  /** Closed threads and paused parties now: the latest entry of each kind per thread and per party. */
  async state(caseId: number): Promise<RoomState> {
    const rows = await this.ctx.db.rows<{ action: RoomModerationAction; partyId: number | null; reason: string | null; until: string | Date | null; current: boolean }>(sql`
      select distinct on (m.action in ('CLOSE_THREAD', 'REOPEN_THREAD'), coalesce(m.party_id, 0))
        m.action, m.party_id as "partyId", m.reason, m.until, coalesce(m.until > now(), false) as current
      from room_moderation m
      where m.mediation_case_id = ${caseId} and m.action in ('CLOSE_THREAD', 'REOPEN_THREAD', 'MUTE', 'UNMUTE')
      order by m.action in ('CLOSE_THREAD', 'REOPEN_THREAD'), coalesce(m.party_id, 0), m.id desc`);
    const state: RoomState = { closed: new Map(), paused: new Map() };
    for (const row of rows) {
      if (row.action === RoomModerationAction.CLOSE_THREAD) state.closed.set(row.partyId ?? 0, row.reason ?? '');
      if (row.action === RoomModerationAction.MUTE && row.current && row.until && row.partyId !== null) state.paused.set(row.partyId, { until: new Date(row.until), reason: row.reason ?? '' });
    }
    return state;
  }

  /** The room's moderation log for the mediator and the committee: every entry, oldest first. */
  private async moderationLog(access: RoomAccess): Promise<RoomModerationEntryView[]> {
    const rows = await this.ctx.db.rows<{ action: RoomModerationAction; partyId: number | null; messageId: number | null; reason: string | null; until: string | Date | null; at: string | Date }>(sql`
      select action, party_id as "partyId", message_id as "messageId", reason, until, created_at as at
      from room_moderation where mediation_case_id = ${access.mediationCase.id} order by id`);
    const parties = access.mediationCase.parties.getItems();
    const party = (id: number | null) => (id === null ? null : parties.find((p) => p.id === id) ?? null);
    return rows.map((row) => {
      const marking = row.action === RoomModerationAction.MARK_FOR_FILE || row.action === RoomModerationAction.UNMARK_FOR_FILE;
      const pausing = row.action === RoomModerationAction.MUTE || row.action === RoomModerationAction.UNMUTE;
      const subject = marking ? `${this.threadTitle(party(row.partyId))}的消息` : pausing ? party(row.partyId)?.name ?? '' : this.threadTitle(party(row.partyId));
      return { action: row.action, label: ROOM_MODERATION_LABEL[row.action], subject, reason: row.reason, until: row.until ? new Date(row.until) : null, at: new Date(row.at) };
    });
  }

  private canWrite(access: RoomAccess) {
    return access.mediationCase.status === CaseStatus.IN_MEDIATION && (access.mediator || access.own.length > 0);
  }

  /**
   * Why this viewer cannot write in this thread now, or null: who writes (the mediator, the parties
   * of the thread), the case in mediation, the thread open, and a party paused in the joint thread
   * until their pause ends (their private thread with the mediator stays open).
   */
  writeProblem(access: RoomAccess, party: CaseParty | null, state: RoomState): ConflictError | ForbiddenError | null {
    if (!access.mediator && access.own.length === 0) return new ForbiddenError('调委会工作人员可以查阅调解室，不能在其中发言');
    if (access.mediationCase.status !== CaseStatus.IN_MEDIATION) return new ConflictError('案件已不在调解中，调解室只能查阅', 'caseId');
    const closed = state.closed.get(threadKey(party));
    if (closed !== undefined) return new ConflictError(`调解员已关闭这个对话（${closed}），重新打开后才能发言`, 'partyId');
    if (!party && !access.mediator) {
      const pause = access.own.map((p) => state.paused.get(p.id)).find((p) => p !== undefined);
      if (pause) return new ConflictError(`调解员请您暂停在面对面对话中发言至 ${chinaDateTime(pause.until)}（${pause.reason}）；您仍可以在背对背对话中和调解员沟通`, 'partyId');
    }
    return null;
  }

  /**
   * A thread's messages, newest first: `before` pages back through older ones, `after` asks only for
   * those newer than the newest the phone has (polling). Both bound the same page.
   */
  async messages(caseId: string, partyId: string | null | undefined, first: number | null | undefined, before: string | null | undefined, after: string | null | undefined) {
    const size = checkPageSize(first);
    const older = decodeCursor(before, ['number'], 'before')?.[0] as number | undefined;
    const newer = decodeCursor(after, ['number'], 'after')?.[0] as number | undefined;
    const access = await this.access(caseId);
    const party = this.thread(access, partyId);
    const thread = party ? sql`m.private_party_id = ${party.id}` : sql`m.private_party_id is null`;
    const [rows, [read]] = await Promise.all([
      this.ctx.db.rows<StoredMessage>(sql`
        select ${MESSAGE_COLUMNS} from room_message m where m.mediation_case_id = ${access.mediationCase.id} and ${thread}
          ${older ? sql`and m.id < ${older}` : sql``} ${newer ? sql`and m.id > ${newer}` : sql``}
        order by m.id desc limit ${size + 1}`),
      this.othersReadUpTo(access, party),
    ]);
    // The mediator's name only when the page has their words (a poll usually brings nothing, or a party's).
    const mediatorName = rows.some((m) => m.authorRole === RoomAuthorRole.MEDIATOR) ? await this.mediatorName(access.mediationCase) : '调解员';
    const page = toPage(rows, size, (m) => [m.id], async () =>
      (await this.ctx.db.rows<{ n: number }>(sql`select count(*)::int as n from room_message m where m.mediation_case_id = ${access.mediationCase.id} and ${thread}`))[0].n);
    return { ...page, nodes: page.nodes.map((m) => this.view(access, m, mediatorName)), othersReadUpTo: read?.upTo ? String(read.upTo) : null };
  }

  /**
   * How far everyone else in the thread has read (read state, 已读): the lowest read mark among its
   * other people — the thread's parties with an account and the mediator's — asked on every poll, so
   * the writer sees their words reach the others.
   */
  private othersReadUpTo(access: RoomAccess, party: CaseParty | null) {
    const caseId = access.mediationCase.id;
    const key = threadKey(party);
    return this.ctx.db.rows<{ upTo: number | null }>(sql`
      select min(coalesce(r.last_read_id, 0))::int as "upTo" from (${this.threadPeople(access, party)}) people
      left join room_read r on r.user_id = people.id and r.mediation_case_id = ${caseId} and r.thread = ${key}
      where people.id <> ${access.viewerId}`);
  }

  /**
   * Who is in a thread, as accounts: the parties of it (both in the joint thread, the one in a
   * private thread) who have signed in, and the accounts of the case's mediator. Rows `id`, `mediator`.
   */
  private threadPeople(access: RoomAccess, party: CaseParty | null) {
    const key = threadKey(party);
    return sql`select p.user_id as id, false as mediator from case_party p
        where p.mediation_case_id = ${access.mediationCase.id} and p.user_id is not null and (${key} = 0 or p.id = ${key})
      union select s.user_id, true from staff_assignment s
        where s.role = 'MEDIATOR' and s.active and s.user_id is not null and s.mediator_id = ${access.mediationCase.mediator?.id ?? 0}`;
  }

  /**
   * A message to a thread the viewer writes in; the same clientKey again (a second tap, a retry) is
   * the same message. The other people of the thread are owed a subscription message, queued in the
   * same statement: one per case until they have read the room since, and without the text (a phone's
   * lock screen shows it).
   */
  async post(caseId: string, partyId: string | null | undefined, text: string, clientKey: string, media: RoomMedia | null = null) {
    const body = text.trim();
    RoomService.checkMessage(body, clientKey, media !== null);
    const { access, party } = await this.writable(caseId, partyId);
    const role = access.mediator ? RoomAuthorRole.MEDIATOR : (party ?? access.own[0]).role === PartyRole.APPLICANT ? RoomAuthorRole.APPLICANT : RoomAuthorRole.RESPONDENT;
    const told = await this.recipients(access, party);
    const caseIdNumber = access.mediationCase.id;
    // Inserted once per author and key, whoever taps twice or retries at the same moment; the notices only with a new message.
    await this.ctx.db.rows(sql`with inserted as (
        insert into room_message (mediation_case_id, private_party_id, author_id, author_role, body, client_key, media_sha256, media_type, media_size, media_seconds)
        values (${caseIdNumber}, ${party?.id ?? null}, ${access.viewerId}, ${role}, ${body}, ${clientKey}, ${media?.sha256 ?? null}, ${media?.type ?? null}, ${media?.size ?? null}, ${media?.seconds ?? null})
        on conflict (author_id, client_key) do nothing returning id)
      insert into notification (user_id, mediation_case_id, kind, summary, page)
      select t.user_id, ${caseIdNumber}, 'ROOM_MESSAGE', t.summary, t.page from inserted,
        jsonb_to_recordset(${JSON.stringify(told)}::jsonb) as t(user_id int, summary text, page text)
      where not exists (select 1 from notification n where n.user_id = t.user_id and n.mediation_case_id = ${caseIdNumber} and n.kind = 'ROOM_MESSAGE'
        and n.created_at > coalesce((select max(r.read_at) from room_read r where r.user_id = t.user_id and r.mediation_case_id = ${caseIdNumber}), '-infinity'))`);
    const [saved] = await this.ctx.db.rows<StoredMessage>(sql`
      select ${MESSAGE_COLUMNS} from room_message m where m.author_id = ${access.viewerId} and m.client_key = ${clientKey}`);
    if (saved.caseId !== access.mediationCase.id || saved.partyId !== (party?.id ?? null)) throw new ConflictError('这个 clientKey 已用于另一条消息', 'clientKey');
    return this.view(access, saved, await this.mediatorName(access.mediationCase));
  }

  /** A message's text and key as the rules take them; a photo or voice note may go without words. Throws every problem at once. */
  static checkMessage(body: string, clientKey: string, withMedia: boolean) {
    const problems = [];
    if ((!withMedia && body.length < 1) || body.length > MAX_TEXT) problems.push({ field: 'text', reason: withMedia ? `说明不超过 ${MAX_TEXT} 字` : `请填写 1 到 ${MAX_TEXT} 字的消息` });
    if (!IDEMPOTENCY_KEY_PATTERN.test(clientKey)) problems.push({ field: 'clientKey', reason: IDEMPOTENCY_KEY_MESSAGE });
    if (problems.length) throw new UserInputError(problems);
  }

  /** The thread, if the viewer may write in it now; otherwise why not. */
  async writable(caseId: string, partyId: string | null | undefined) {
    const access = await this.access(caseId);
    const party = this.thread(access, partyId);
    const problem = this.writeProblem(access, party, await this.state(access.mediationCase.id));
    if (problem) throw problem;
    return { access, party };
  }

  /** A photo's or voice note's file, for someone who reads its thread (anyone else: NOT_FOUND, saying nothing of the thread). */
  async mediaOf(caseId: string, messageId: string) {
    const id = parseId(messageId, 'messageId');
    const access = await this.access(caseId);
    const [message] = await this.ctx.db.rows<{ partyId: number | null; sha256: string; type: string; size: number }>(sql`
      select private_party_id as "partyId", media_sha256 as sha256, media_type as type, media_size as size from room_message
      where id = ${id} and mediation_case_id = ${access.mediationCase.id} and media_sha256 is not null`);
    if (!message) throw new NotFoundError('文件', id);
    try {
      this.thread(access, message.partyId === null ? null : String(message.partyId));
    } catch {
      throw new NotFoundError('文件', id);
    }
    return message;
  }

  /** Who else is in the thread (threadPeople), and what their notice says. */
  private async recipients(access: RoomAccess, party: CaseParty | null) {
    const page = `${PAGE.room}?id=${access.mediationCase.id}${party ? `&party=${party.id}` : ''}`;
    const where = party ? '背对背对话' : '面对面对话';
    const from = access.mediator ? '调解员' : access.own.find((p) => !party || p.id === party.id)?.name ?? '当事人';
    const people = await this.ctx.db.rows<{ id: number; mediator: boolean }>(this.threadPeople(access, party));
    return people
      // One notice each, even for an account that is in the thread twice over.
      .filter((p, i) => p.id !== access.viewerId && people.findIndex((q) => q.id === p.id) === i)
      .map((p) => ({ user_id: p.id, summary: p.mediator ? `${from}在调解室${where}中发来新消息` : `${from}在调解室${where}中给您发来新消息`, page }));
  }

  /** Marks a thread read up to a message (the newest the phone has shown); a mark never moves back. */
  async markRead(caseId: string, partyId: string | null | undefined, cursor: string) {
    const upTo = decodeCursor(cursor, ['number'], 'cursor')?.[0] as number | undefined;
    if (!upTo) throw new UserInputError({ field: 'cursor', reason: '请传入已读到的那条消息的 cursor' });
    const access = await this.access(caseId);
    const party = this.thread(access, partyId);
    const [message] = await this.ctx.db.rows<{ id: number }>(sql`select id from room_message where id = ${upTo} and mediation_case_id = ${access.mediationCase.id}
      and private_party_id is not distinct from ${party?.id ?? null}`);
    if (!message) throw new UserInputError({ field: 'cursor', reason: '这条消息不在这个对话中' });
    await this.ctx.db.rows(sql`insert into room_read (user_id, mediation_case_id, thread, last_read_id, read_at)
      values (${access.viewerId}, ${access.mediationCase.id}, ${threadKey(party)}, ${upTo}, now())
      on conflict (user_id, mediation_case_id, thread) do update set last_read_id = greatest(room_read.last_read_id, excluded.last_read_id), read_at = now()`);
    return this.roomOf(access);
  }

  async mediatorName(mediationCase: MediationCase) {
    return mediationCase.mediator ? ((await this.ctx.loaders.mediatorById.load(mediationCase.mediator.id))?.name ?? '调解员') : '调解员';
  }

  view(access: RoomAccess, m: StoredMessage, mediatorName: string): RoomMessageView {
    const parties = access.mediationCase.parties.getItems();
    // A party is named by the party they wrote as: the thread's, or in the joint thread the first party of their role that is theirs.
    const role = m.authorRole === RoomAuthorRole.APPLICANT ? PartyRole.APPLICANT : PartyRole.RESPONDENT;
    const author = m.authorRole === RoomAuthorRole.MEDIATOR
      ? mediatorName
      : (parties.find((p) => p.id === m.partyId) ?? parties.find((p) => p.user?.id === m.authorId && p.role === role))?.name ?? ROOM_AUTHOR_LABEL[m.authorRole];
    return { id: String(m.id), cursor: encodeCursor([m.id]), partyId: m.partyId === null ? null : String(m.partyId), authorRole: m.authorRole, authorName: author, isMine: m.authorId === access.viewerId, body: m.body, createdAt: new Date(m.createdAt), markedForFile: m.markedForFileAt !== null,
      photoUrl: m.mediaType?.startsWith('image/') ? roomMediaPath(m.caseId, m.id) : null,
      voiceUrl: m.mediaType?.startsWith('audio/') ? roomMediaPath(m.caseId, m.id) : null,
      voiceSeconds: m.mediaType?.startsWith('audio/') ? m.mediaSeconds : null };
  }
}
