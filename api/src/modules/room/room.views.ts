import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { describedBy } from '../../shared/labels';
import { Connection } from '../../shared/pagination';
import { RoomModerationAction } from './room-moderation.entity';

/** Who wrote a message in the room. */
export enum RoomAuthorRole {
  MEDIATOR = 'MEDIATOR',
  APPLICANT = 'APPLICANT',
  RESPONDENT = 'RESPONDENT',
}
export const ROOM_AUTHOR_LABEL: Record<RoomAuthorRole, string> = { MEDIATOR: '调解员', APPLICANT: '申请人', RESPONDENT: '被申请人' };
registerEnumType(RoomAuthorRole, { name: 'RoomAuthorRole', description: '调解室发言人身份', valuesConfig: describedBy(ROOM_AUTHOR_LABEL) });

@ObjectType('RoomThread', { description: '调解室的一个对话：面对面（双方当事人和调解员）或背对背（调解员和一方当事人）', simpleResolvers: true })
export class RoomThreadView {
  @Field(() => ID, { nullable: true, description: '背对背对话的当事人；面对面对话为空' })
  partyId!: string | null;

  @Field({ description: '对话名称，如“面对面（双方和调解员）”“背对背：周海燕（申请人）”' })
  title!: string;

  @Field(() => String, { nullable: true, description: '背对背对话的当事人姓名；面对面对话为空' })
  partyName!: string | null;

  @Field(() => Int)
  messageCount!: number;

  @Field(() => Date, { nullable: true })
  lastMessageAt!: Date | null;

  @Field(() => Int, { description: '当前用户在这个对话中的未读消息数（不含自己发的）' })
  unreadCount!: number;

  @Field({ description: '调解员是否已关闭这个对话（关闭后只能查阅，重新打开后可以继续发言）' })
  closed!: boolean;

  @Field(() => String, { nullable: true, description: '关闭的原因' })
  closedReason!: string | null;

  @Field({ description: '当前用户此刻能否在这个对话中发言' })
  canWrite!: boolean;
}

@ObjectType('RoomPause', { description: '调解员请一方当事人暂停在面对面对话中发言（冷静一下）；背对背对话不受影响', simpleResolvers: true })
export class RoomPauseView {
  @Field(() => ID)
  partyId!: string;

  @Field()
  partyName!: string;

  @Field({ description: '暂停到这个时间' })
  until!: Date;

  @Field()
  reason!: string;
}

export const ROOM_MODERATION_LABEL: Record<RoomModerationAction, string> = {
  CLOSE_THREAD: '关闭对话',
  REOPEN_THREAD: '重新打开对话',
  MUTE: '暂停发言',
  UNMUTE: '恢复发言',
  MARK_FOR_FILE: '存入卷宗',
  UNMARK_FOR_FILE: '取消存入卷宗',
};
registerEnumType(RoomModerationAction, { name: 'RoomModerationAction', description: '调解室管理操作', valuesConfig: describedBy(ROOM_MODERATION_LABEL) });

@ObjectType('RoomModerationEntry', { description: '调解室管理记录的一条：谁在什么时候做了什么、为什么', simpleResolvers: true })
export class RoomModerationEntryView {
  @Field(() => RoomModerationAction)
  action!: RoomModerationAction;

  @Field({ description: '操作的中文名称' })
  label!: string;

  @Field({ description: '对象：哪个对话、哪位当事人或哪条消息' })
  subject!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => Date, { nullable: true, description: '暂停发言到这个时间' })
  until!: Date | null;

  @Field()
  at!: Date;
}

@InputType({ description: '调解员管理调解室：关闭或重新打开一个对话，请一方暂停发言或恢复发言' })
export class RoomModerationInput {
  @Field(() => RoomModerationAction, { description: 'CLOSE_THREAD、REOPEN_THREAD、MUTE 或 UNMUTE（存入卷宗用 markRoomMessage）' })
  action!: RoomModerationAction;

  @Field(() => ID, { nullable: true, description: '关闭或打开对话时：背对背对话的当事人，不填为面对面对话；暂停或恢复发言时：哪一方当事人（必填）' })
  partyId?: string | null;

  @Field(() => Int, { nullable: true, description: '暂停发言多少分钟（5 到 1440）' })
  minutes?: number | null;

  @Field(() => String, { nullable: true, description: '原因（关闭对话和暂停发言时必填，2 到 200 字），记入调解室管理记录' })
  reason?: string | null;
}

@ObjectType('CaseRoom', { description: '线上调解室：调解员可与双方面对面、与每一方背对背沟通；背对背的内容另一方看不到', simpleResolvers: true })
export class CaseRoomView {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: '当前用户能否在调解室发言（调解中的当事人和调解员；调委会工作人员只能查阅）' })
  canWrite!: boolean;

  @Field({ description: '当前用户能否提出调解方案（本案调解员，调解中）' })
  canPropose!: boolean;

  @Field({ description: '当前用户能否管理调解室：关闭对话、暂停发言、存入卷宗（本案调解员，调解中）' })
  canModerate!: boolean;

  @Field(() => [RoomPauseView], { description: '正在暂停发言的当事人：调解员和调委会看全部，当事人只看到自己的' })
  pauses!: RoomPauseView[];

  @Field(() => RoomPauseView, { nullable: true, description: '当前用户（当事人）自己正在暂停发言的情况；没有则为空' })
  myPause!: RoomPauseView | null;

  @Field(() => [RoomModerationEntryView], { description: '调解室管理记录，先发生的在前；只有调解员和调委会工作人员能看到' })
  moderationLog!: RoomModerationEntryView[];

  @Field(() => [RoomThreadView], { description: '当前用户能看到的对话：当事人只看到面对面和自己的背对背' })
  threads!: RoomThreadView[];
}

@ObjectType('RoomMessage', { description: '调解室的一条消息', simpleResolvers: true })
export class RoomMessageView {
  @Field(() => ID)
  id!: string;

  @Field({ description: '这条消息的游标：作为 after 只取更新的消息（轮询），作为 before 翻看更早的' })
  cursor!: string;

  @Field(() => ID, { nullable: true, description: '背对背对话的当事人；面对面为空' })
  partyId!: string | null;

  @Field(() => RoomAuthorRole)
  authorRole!: RoomAuthorRole;

  @Field({ description: '发言人：调解员或当事人的姓名' })
  authorName!: string;

  @Field({ description: '是否当前用户所发' })
  isMine!: boolean;

  @Field()
  body!: string;

  @Field()
  createdAt!: Date;

  @Field({ description: '调解员是否已将这条消息存入卷宗' })
  markedForFile!: boolean;

  @Field(() => String, { nullable: true, description: '照片消息的下载地址（需带登录凭证）；其他消息为空' })
  photoUrl!: string | null;

  @Field(() => String, { nullable: true, description: '语音消息的下载地址（需带登录凭证）；其他消息为空' })
  voiceUrl!: string | null;

  @Field(() => Int, { nullable: true, description: '语音消息的长度（秒）' })
  voiceSeconds!: number | null;
}

@ObjectType({ simpleResolvers: true })
export class RoomMessageConnection extends Connection(RoomMessageView) {
  @Field(() => ID, { nullable: true, description: '这个对话中其他人都已读到的消息（其 id 及以前的消息对方都已读）；没有其他人或都未读时为空' })
  othersReadUpTo!: string | null;
}

/** Where a proposal stands with the parties it was put to. */
export enum ProposalState {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(ProposalState, { name: 'ProposalState', description: '调解方案的状态', valuesConfig: describedBy({ OPEN: '等待答复', ACCEPTED: '各方已接受', REJECTED: '有当事人不接受' }) });

@ObjectType('ProposalTerm', { simpleResolvers: true })
export class ProposalTermView {
  @Field()
  content!: string;

  @Field()
  method!: string;

  @Field({ description: '履行期限，YYYY-MM-DD' })
  performBy!: string;
}

@ObjectType('ProposalAnswer', { description: '一方当事人对方案的答复', simpleResolvers: true })
export class ProposalAnswerView {
  @Field(() => ID)
  partyId!: string;

  @Field()
  partyName!: string;

  @Field()
  accepted!: boolean;

  @Field(() => String, { nullable: true, description: '不接受的原因或自己的意见' })
  note!: string | null;

  @Field()
  answeredAt!: Date;
}

@ObjectType('RoomProposal', { description: '调解员在调解室提出的调解方案：面对面向双方提出，或背对背向一方征询', simpleResolvers: true })
export class RoomProposalView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: '背对背征询的当事人；面对面为空' })
  partyId!: string | null;

  @Field(() => [ProposalTermView])
  terms!: ProposalTermView[];

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => ProposalState)
  state!: ProposalState;

  @Field(() => [ProposalAnswerView], { description: '已答复的当事人' })
  answers!: ProposalAnswerView[];

  @Field({ description: '当前用户是否可以答复（方案所针对的当事人，调解中）；答复后仍可改变' })
  canAnswer!: boolean;

  @Field(() => Boolean, { nullable: true, description: '当前用户自己的答复：接受、不接受；未答复或不是方案所针对的当事人为空' })
  myAnswer!: boolean | null;
}
