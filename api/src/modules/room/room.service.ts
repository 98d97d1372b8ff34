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
import { ROOM_AUTHOR_LABEL, RoomAuthorRole, type RoomMessageView, type RoomThreadView } from './room.views';

/** The room opens when the mediator takes the case, and is kept, read-only, once the case is closed. */
const READABLE: readonly CaseStatus[] = [CaseStatus.IN_MEDIATION, CaseStatus.SUCCEEDED, CaseStatus.FAILED, CaseStatus.WITHDRAWN];
const MAX_TEXT = 2000;

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
    const { mediationCase, actors, viewer } = await this.ctx.caseAccess.loadVisible(caseId);
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
    const access = await this.access(caseId);
    const counts = await this.ctx.db.rows<{ partyId: number | null; messages: number; last: string | Date | null }>(
      sql`select private_party_id as "partyId", count(*)::int as messages, max(created_at) as last from room_message where mediation_case_id = ${access.mediationCase.id} group by private_party_id`,
    );
    const found = (partyId: number | null) => counts.find((c) => c.partyId === partyId);
    // Rows come as the driver gives them: a time may be text.
    const of = (partyId: number | null) => {
      const row = found(partyId);
      return row && { messages: row.messages, last: row.last === null ? null : new Date(row.last) };
    };
    const threads: RoomThreadView[] = [
      { partyId: null, title: '面对面（双方当事人和调解员）', messageCount: of(null)?.messages ?? 0, lastMessageAt: of(null)?.last ?? null },
      ...this.threadParties(access).map((p) => ({
        partyId: String(p.id),
        title: `背对背：${p.name}（${ROOM_AUTHOR_LABEL[p.role === PartyRole.APPLICANT ? RoomAuthorRole.APPLICANT : RoomAuthorRole.RESPONDENT]}）`,
        messageCount: of(p.id)?.messages ?? 0,
        lastMessageAt: of(p.id)?.last ?? null,
      })),
    ];
    return { caseId: String(access.mediationCase.id), canWrite: this.canWrite(access), canPropose: access.mediator && access.mediationCase.status === CaseStatus.IN_MEDIATION, threads };
  }

  private canWrite(access: RoomAccess) {
    return access.mediationCase.status === CaseStatus.IN_MEDIATION && (access.mediator || access.own.length > 0);
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
    const rows = await this.ctx.db.rows<{ id: number; partyId: number | null; authorId: number; authorRole: RoomAuthorRole; body: string; createdAt: string | Date }>(sql`
      select m.id, m.private_party_id as "partyId", m.author_id as "authorId", m.author_role as "authorRole", m.body, m.created_at as "createdAt"
      from room_message m where m.mediation_case_id = ${access.mediationCase.id} and ${thread}
        ${older ? sql`and m.id < ${older}` : sql``} ${newer ? sql`and m.id > ${newer}` : sql``}
      order by m.id desc limit ${size + 1}`);
    const mediatorName = await this.mediatorName(access.mediationCase);
    const page = toPage(rows, size, (m) => [m.id], async () =>
      (await this.ctx.db.rows<{ n: number }>(sql`select count(*)::int as n from room_message m where m.mediation_case_id = ${access.mediationCase.id} and ${thread}`))[0].n);
    return { ...page, nodes: page.nodes.map((m) => this.view(access, m, mediatorName)) };
  }

  /** A message to a thread the viewer writes in; the same clientKey again (a second tap, a retry) is the same message. */
  async post(caseId: string, partyId: string | null | undefined, text: string, clientKey: string) {
    const body = text.trim();
    const problems = [];
    if (body.length < 1 || body.length > MAX_TEXT) problems.push({ field: 'text', reason: `请填写 1 到 ${MAX_TEXT} 字的消息` });
    if (!IDEMPOTENCY_KEY_PATTERN.test(clientKey)) problems.push({ field: 'clientKey', reason: IDEMPOTENCY_KEY_MESSAGE });
    if (problems.length) throw new UserInputError(problems);
    const access = await this.access(caseId);
    const party = this.thread(access, partyId);
    if (!access.mediator && access.own.length === 0) throw new ForbiddenError('调委会工作人员可以查阅调解室，不能在其中发言');
    if (access.mediationCase.status !== CaseStatus.IN_MEDIATION) throw new ConflictError('案件已不在调解中，调解室只能查阅', 'caseId');
    const role = access.mediator ? RoomAuthorRole.MEDIATOR : (party ?? access.own[0]).role === PartyRole.APPLICANT ? RoomAuthorRole.APPLICANT : RoomAuthorRole.RESPONDENT;
    // Inserted once per author and key, whoever taps twice or retries at the same moment.
    await this.ctx.db.rows(sql`insert into room_message (mediation_case_id, private_party_id, author_id, author_role, body, client_key)
      values (${access.mediationCase.id}, ${party?.id ?? null}, ${access.viewerId}, ${role}, ${body}, ${clientKey}) on conflict (author_id, client_key) do nothing`);
    const [saved] = await this.ctx.db.rows<{ id: number; partyId: number | null; authorId: number; authorRole: RoomAuthorRole; body: string; createdAt: string | Date; caseId: number }>(sql`
      select id, private_party_id as "partyId", author_id as "authorId", author_role as "authorRole", body, created_at as "createdAt", mediation_case_id as "caseId"
      from room_message where author_id = ${access.viewerId} and client_key = ${clientKey}`);
    if (saved.caseId !== access.mediationCase.id || saved.partyId !== (party?.id ?? null)) throw new ConflictError('这个 clientKey 已用于另一条消息', 'clientKey');
    return this.view(access, saved, await this.mediatorName(access.mediationCase));
  }

  private async mediatorName(mediationCase: MediationCase) {
    return mediationCase.mediator ? ((await this.ctx.loaders.mediatorById.load(mediationCase.mediator.id))?.name ?? '调解员') : '调解员';
  }

  private view(access: RoomAccess, m: { id: number; partyId: number | null; authorId: number; authorRole: RoomAuthorRole; body: string; createdAt: string | Date }, mediatorName: string): RoomMessageView {
    const parties = access.mediationCase.parties.getItems();
    // A party is named by the party they wrote as: the thread's, or in the joint thread the first party of their role that is theirs.
    const role = m.authorRole === RoomAuthorRole.APPLICANT ? PartyRole.APPLICANT : PartyRole.RESPONDENT;
    const author = m.authorRole === RoomAuthorRole.MEDIATOR
      ? mediatorName
      : (parties.find((p) => p.id === m.partyId) ?? parties.find((p) => p.user?.id === m.authorId && p.role === role))?.name ?? ROOM_AUTHOR_LABEL[m.authorRole];
    return { id: String(m.id), cursor: encodeCursor([m.id]), partyId: m.partyId === null ? null : String(m.partyId), authorRole: m.authorRole, authorName: author, isMine: m.authorId === access.viewerId, body: m.body, createdAt: new Date(m.createdAt) };
  }
}
