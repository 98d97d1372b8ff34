import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { AgreementTermInput } from '../case/outcome.inputs';
import { AgreementView } from '../case/outcome.views';
import { RoomProposalService } from './room-proposal.service';
import { RoomService } from './room.service';
import { CaseRoomView, RoomMessageConnection, RoomMessageView, RoomProposalView } from './room.views';

@ArgsType()
class RoomMessagesArgs {
  @Field(() => ID)
  caseId!: string;

  @Field(() => ID, { nullable: true, description: '背对背对话的当事人；不填为面对面对话' })
  partyId?: string | null;

  @Field(() => Int, { nullable: true, description: '每页条数，默认 20，最多 100' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '翻看更早的消息：上一页的 endCursor' })
  before?: string | null;

  @Field(() => String, { nullable: true, description: '只取比这条更新的消息（轮询新消息）：已有最新一条的游标' })
  after?: string | null;
}

/** The case's mediation room: threads, messages newest first, and a message to a thread. */
@Resolver()
export class RoomResolver {
  @Authorized()
  @Query(() => CaseRoomView, { description: '案件的线上调解室（调解员接受案件后开放，办结后可查阅）' })
  caseRoom(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context) {
    return new RoomService(ctx).room(caseId);
  }

  @Authorized()
  @Query(() => RoomMessageConnection, { description: '调解室一个对话的消息，新的在前；当事人只能看到面对面和自己的背对背对话' })
  roomMessages(@Args() { caseId, partyId, first, before, after }: RoomMessagesArgs, @Ctx() ctx: Context) {
    return new RoomService(ctx).messages(caseId, partyId, first, before, after);
  }

  @Authorized()
  @Mutation(() => RoomMessageView, { description: '在调解室发言（调解中的当事人和调解员）；同一 clientKey 重复提交只记一条' })
  postRoomMessage(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('partyId', () => ID, { nullable: true, description: '背对背对话的当事人；不填为面对面对话' }) partyId: string | null,
    @Arg('text') text: string,
    @Arg('clientKey', { description: '本条消息的唯一键（8 到 64 位），重试时原样传回' }) clientKey: string,
    @Ctx() ctx: Context,
  ) {
    return new RoomService(ctx).post(caseId, partyId, text, clientKey);
  }
}

/** Proposals (调解方案) in the room: put by the mediator, answered by the parties, drafted into the agreement. */
@Resolver()
export class RoomProposalResolver {
  @Authorized()
  @Query(() => [RoomProposalView], { description: '调解室一个对话中的调解方案，新的在前' })
  roomProposals(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('partyId', () => ID, { nullable: true, description: '背对背对话的当事人；不填为面对面对话' }) partyId: string | null,
    @Ctx() ctx: Context,
  ) {
    return new RoomProposalService(ctx).list(caseId, partyId);
  }

  @Authorized()
  @Mutation(() => RoomProposalView, { description: '调解员提出调解方案：面对面向双方提出，或背对背向一方征询；同一 clientKey 只记一次' })
  putProposal(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('partyId', () => ID, { nullable: true, description: '背对背征询的当事人；不填为面对面向双方提出' }) partyId: string | null,
    @Arg('terms', () => [AgreementTermInput]) terms: AgreementTermInput[],
    @Arg('note', () => String, { nullable: true, description: '方案说明' }) note: string | null,
    @Arg('clientKey', { description: '本方案的唯一键（8 到 64 位），重试时原样传回' }) clientKey: string,
    @Ctx() ctx: Context,
  ) {
    return new RoomProposalService(ctx).put(caseId, partyId, terms, note, clientKey);
  }

  @Authorized()
  @Mutation(() => RoomProposalView, { description: '当事人答复调解方案：接受，或不接受并说明原因、提出自己的意见；以最后一次答复为准' })
  answerProposal(
    @Arg('proposalId', () => ID) proposalId: string,
    @Arg('accept') accept: boolean,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return new RoomProposalService(ctx).answer(proposalId, accept, note);
  }

  @Authorized()
  @Mutation(() => AgreementView, { description: '按各方都接受的面对面方案起草书面调解协议（条款即方案条款），之后由各方按协议内容确认' })
  draftAgreementFromProposal(
    @Arg('proposalId', () => ID) proposalId: string,
    @Arg('factsAndResponsibilities', { description: '纠纷事实、争议事项及各方责任（10 到 10000 字）' }) factsAndResponsibilities: string,
    @Ctx() ctx: Context,
  ) {
    return new RoomProposalService(ctx).draftAgreement(proposalId, factsAndResponsibilities);
  }
}
