import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { RoomService } from './room.service';
import { CaseRoomView, RoomMessageConnection, RoomMessageView } from './room.views';

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
