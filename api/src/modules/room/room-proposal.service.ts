import type { Context } from '../../context';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { sql } from '../../shared/sql';
import { IDEMPOTENCY_KEY_MESSAGE, IDEMPOTENCY_KEY_PATTERN } from '../idempotency/idempotency';
import { CaseStatus } from '../case/case-enums';
import type { CaseParty } from '../case/case-party.entity';
import { AgreementKind } from '../case/outcome-enums';
import type { AgreementTermInput } from '../case/outcome.inputs';
import { OutcomeService } from '../case/outcome.service';
import { RoomProposal, RoomProposalAnswer } from './room-proposal.entity';
import { type RoomAccess, RoomService } from './room.service';
import { ProposalState, type RoomProposalView } from './room.views';

const MAX_NOTE = 1000;

/**
 * Proposals (调解方案) in the room: the mediator puts one to both parties (面对面) or to one
 * (背对背); the parties it is put to accept or reject it; a joint proposal every party accepted
 * becomes the draft agreement in one step — which the parties then confirm as any draft, by its content hash.
 */
export class RoomProposalService {
  private readonly room: RoomService;

  constructor(private readonly ctx: Context) {
    this.room = new RoomService(ctx);
  }

  async list(caseId: string, partyId: string | null | undefined): Promise<RoomProposalView[]> {
    const access = await this.room.access(caseId);
    const party = this.room.thread(access, partyId);
    const proposals = await this.ctx.em.find(RoomProposal, { mediationCase: access.mediationCase.id, privateParty: party?.id ?? null }, { populate: ['answers'], orderBy: { id: 'desc' }, limit: 100 });
    return proposals.map((p) => this.view(access, p));
  }

  async put(caseId: string, partyId: string | null | undefined, terms: AgreementTermInput[], note: string | null | undefined, clientKey: string) {
    const problems = [];
    if (terms.length < 1) problems.push({ field: 'terms', reason: '请至少写一项方案条款' });
    if (note && note.trim().length > MAX_NOTE) problems.push({ field: 'note', reason: `说明不超过 ${MAX_NOTE} 字` });
    if (!IDEMPOTENCY_KEY_PATTERN.test(clientKey)) problems.push({ field: 'clientKey', reason: IDEMPOTENCY_KEY_MESSAGE });
    if (problems.length) throw new UserInputError(problems);
    const access = await this.room.access(caseId);
    const party = this.room.thread(access, partyId);
    if (!access.mediator) throw new ForbiddenError('只有本案调解员可以提出调解方案');
    if (access.mediationCase.status !== CaseStatus.IN_MEDIATION) throw new ConflictError('案件已不在调解中', 'caseId');
    const stored = terms.map((t) => ({ content: t.content.trim(), method: t.method.trim(), performBy: t.performBy }));
    // Once per key, however often it is tapped.
    await this.ctx.db.rows(sql`insert into room_proposal (mediation_case_id, private_party_id, author_id, terms, note, client_key)
      values (${access.mediationCase.id}, ${party?.id ?? null}, ${access.viewerId}, ${JSON.stringify(stored)}::jsonb, ${note?.trim() || null}, ${clientKey})
      on conflict (author_id, client_key) do nothing`);
    const proposal = await this.ctx.em.findOneOrFail(RoomProposal, { author: access.viewerId, clientKey }, { populate: ['answers'] });
    if (proposal.mediationCase.id !== access.mediationCase.id || (proposal.privateParty?.id ?? null) !== (party?.id ?? null)) throw new ConflictError('这个 clientKey 已用于另一个方案', 'clientKey');
    return this.view(access, proposal);
  }

  async answer(proposalId: string, accepted: boolean, note: string | null | undefined) {
    const text = note?.trim() || null;
    if (!accepted && !text) throw new UserInputError({ field: 'note', reason: '请说明不接受的原因或您的意见' });
    if (text && text.length > MAX_NOTE) throw new UserInputError({ field: 'note', reason: `意见不超过 ${MAX_NOTE} 字` });
    const { access, proposal } = await this.find(proposalId);
    if (access.mediationCase.status !== CaseStatus.IN_MEDIATION) throw new ConflictError('案件已不在调解中', 'proposalId');
    const party = this.answering(access, proposal);
    if (!party) throw new ForbiddenError('只有方案所针对的当事人可以答复');
    await this.ctx.db.rows(sql`insert into room_proposal_answer (proposal_id, party_id, accepted, note) values (${proposal.id}, ${party.id}, ${accepted}, ${text})
      on conflict (proposal_id, party_id) do update set accepted = excluded.accepted, note = excluded.note, answered_at = now()
      where room_proposal_answer.accepted is distinct from excluded.accepted or room_proposal_answer.note is distinct from excluded.note`);
    // Read back as it now stands (this request's identity map holds the answers as they were).
    return this.view(access, await this.ctx.em.fork().findOneOrFail(RoomProposal, proposal.id, { populate: ['answers'] }));
  }

  /** The agreement drafted from a joint proposal every party accepted: its terms, the mediator's account of the facts. */
  async draftAgreement(proposalId: string, factsAndResponsibilities: string) {
    const facts = factsAndResponsibilities.trim();
    if (facts.length < 10 || facts.length > 10000) throw new UserInputError({ field: 'factsAndResponsibilities', reason: '须为 10 到 10000 字' });
    const { access, proposal } = await this.find(proposalId);
    if (!access.mediator) throw new ForbiddenError('只有本案调解员可以起草调解协议');
    if (proposal.privateParty) throw new ConflictError('背对背征询的方案不能直接作为协议，请在面对面对话中向双方提出', 'proposalId');
    if (this.state(access, proposal) !== ProposalState.ACCEPTED) throw new ConflictError('各方当事人都接受方案后，才能按此方案起草协议', 'proposalId');
    return new OutcomeService(this.ctx).draftAgreement(String(access.mediationCase.id), {
      kind: AgreementKind.WRITTEN,
      factsAndResponsibilities: facts,
      terms: proposal.terms.map((t) => ({ content: t.content, method: t.method, performBy: t.performBy })),
    });
  }

  /** The proposal, if the viewer reads its thread; NOT_FOUND otherwise, saying nothing of a thread they do not read. */
  private async find(proposalId: string) {
    const id = parseId(proposalId, 'proposalId');
    const proposal = await this.ctx.em.findOne(RoomProposal, id, { populate: ['answers'] });
    if (!proposal) throw new NotFoundError('调解方案', id);
    let access: RoomAccess;
    try {
      access = await this.room.access(String(proposal.mediationCase.id));
      this.room.thread(access, proposal.privateParty ? String(proposal.privateParty.id) : null);
    } catch (error) {
      if ((error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND') throw new NotFoundError('调解方案', id);
      throw error;
    }
    return { access, proposal };
  }

  /** The parties a proposal is put to: the one it was put to privately, or every party of the case. */
  private audience(access: RoomAccess, proposal: RoomProposal): CaseParty[] {
    const parties = access.mediationCase.parties.getItems();
    return proposal.privateParty ? parties.filter((p) => p.id === proposal.privateParty?.id) : parties;
  }

  /** The viewer's own party among those the proposal is put to, if any. */
  private answering(access: RoomAccess, proposal: RoomProposal) {
    return this.audience(access, proposal).find((p) => access.own.some((o) => o.id === p.id));
  }

  private state(access: RoomAccess, proposal: RoomProposal) {
    const answers = proposal.answers.getItems();
    if (answers.some((a) => !a.accepted)) return ProposalState.REJECTED;
    const accepted = new Set(answers.filter((a) => a.accepted).map((a) => a.party.id));
    return this.audience(access, proposal).every((p) => accepted.has(p.id)) ? ProposalState.ACCEPTED : ProposalState.OPEN;
  }

  private view(access: RoomAccess, proposal: RoomProposal): RoomProposalView {
    const parties = access.mediationCase.parties.getItems();
    return {
      id: String(proposal.id),
      partyId: proposal.privateParty ? String(proposal.privateParty.id) : null,
      terms: proposal.terms.map((t) => ({ content: t.content, method: t.method, performBy: t.performBy })),
      note: proposal.note ?? null,
      createdAt: proposal.createdAt,
      state: this.state(access, proposal),
      answers: proposal.answers.getItems().map((a: RoomProposalAnswer) => ({
        partyId: String(a.party.id), partyName: parties.find((p) => p.id === a.party.id)?.name ?? '', accepted: a.accepted, note: a.note ?? null, answeredAt: a.answeredAt,
      })),
      canAnswer: access.mediationCase.status === CaseStatus.IN_MEDIATION && !!this.answering(access, proposal),
      myAnswer: proposal.answers.getItems().find((a) => a.party.id === this.answering(access, proposal)?.id)?.accepted ?? null,
    };
  }
}
