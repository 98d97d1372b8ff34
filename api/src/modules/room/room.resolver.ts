import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { AgreementTermInput } from '../case/outcome.inputs';
import { AgreementView } from '../case/outcome.views';
import { CaseStatus } from '../case/case-enums';
import type { MediationCase } from '../case/case.entity';
import { CaseView } from '../case/case.views';
import { RoomModerationService } from './room-moderation.service';
import { RoomProposalService } from './room-proposal.service';
import { RoomService } from './room.service';
import { CaseRoomView, RoomMessageConnection, RoomMessageView, RoomModerationInput, RoomProposalView } from './room.views';

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

  @Authorized()
  @Mutation(() => CaseRoomView, { description: '标记已读到某条消息（手机上已显示的最新一条），未读数随之减少；已读位置只前进不后退' })
  markRoomRead(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('partyId', () => ID, { nullable: true, description: '背对背对话的当事人；不填为面对面对话' }) partyId: string | null,
    @Arg('cursor', { description: '已读到的那条消息的 cursor' }) cursor: string,
    @Ctx() ctx: Context,
  ) {
    return new RoomService(ctx).markRead(caseId, partyId, cursor);
  }

  @Authorized()
  @Mutation(() => CaseRoomView, { description: '调解员管理调解室：关闭或重新打开对话，请一方当事人暂停在面对面对话中发言或恢复发言；记入调解室管理记录' })
  moderateRoom(@Arg('caseId', () => ID) caseId: string, @Arg('input') input: RoomModerationInput, @Ctx() ctx: Context) {
    return new RoomModerationService(ctx).moderate(caseId, input);
  }

  @Authorized()
  @Mutation(() => RoomMessageView, { description: '调解员将一条消息存入卷宗，或取消；重复操作不改变什么' })
  markRoomMessage(@Arg('messageId', () => ID) messageId: string, @Arg('forFile') forFile: boolean, @Ctx() ctx: Context) {
    return new RoomModerationService(ctx).mark(messageId, forFile);
  }
}

/** The room's unread messages on the case page: the button to the room says how many wait. */
@Resolver(() => CaseView)
export class CaseRoomFieldResolver {
  @FieldResolver(() => Int, { nullable: true, description: '线上调解室中当前用户的未读消息数；没有调解室或不能进入时为空' })
  async roomUnreadCount(@Root() c: MediationCase, @Ctx() ctx: Context) {
    if (!c.mediator || c.status === CaseStatus.PENDING_ACCEPTANCE) return null;
    try {
      // The case page's case, already loaded with its parties: not loaded again.
      const viewer = await ctx.requireViewer();
      const rooms = new RoomService(ctx);
      const room = await rooms.roomOf(rooms.accessTo({ mediationCase: c, viewer, actors: await ctx.caseAccess.actorsFor(viewer, c) }));
      return room.threads.reduce((sum, t) => sum + t.unreadCount, 0);
    } catch (error) {
      // No room for this viewer (not open yet, closed without one, not theirs): no count. Anything else is a real failure.
      if (['FORBIDDEN', 'CONFLICT', 'NOT_FOUND'].includes(String((error as { extensions?: { code?: string } }).extensions?.code))) return null;
      throw error;
    }
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
