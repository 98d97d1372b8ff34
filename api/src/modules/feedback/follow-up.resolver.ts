import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth-checker';
import type { Context } from '../../context';
import type { MediationCase } from '../case/case.entity';
import { CaseView } from '../case/case.views';
import { isStaffOnCase } from '../case/case-event.audience';
import { TermPerformance } from '../case/outcome-enums';
import { FollowUpChannel, FollowUpKind, FollowUpStatus, FollowUpTaskStatus } from './follow-up-enums';
import { FollowUp, FollowUpTask } from './follow-up.entity';
import { FollowUpAnswerInput } from './follow-up.inputs';
import { FollowUpService } from './follow-up.service';

@ObjectType('FollowUp', { description: '回访', simpleResolvers: true })
export class FollowUpView {
  @Field(() => ID)
  id!: number;

  @Field(() => FollowUpKind)
  kind!: FollowUpKind;

  @Field(() => Int, { nullable: true, description: '对应的协议条款序号' })
  termSeq?: number | null;

  @Field()
  dueAt!: Date;

  @Field(() => FollowUpStatus)
  status!: FollowUpStatus;

  @Field(() => FollowUpChannel, { nullable: true })
  channel?: FollowUpChannel | null;

  @Field(() => TermPerformance, { nullable: true })
  performed?: TermPerformance | null;

  @Field(() => Boolean, { nullable: true })
  flaredUp?: boolean | null;

  @Field(() => Int, { nullable: true })
  satisfaction?: number | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType('FollowUpTask', { description: '回访后需要调委会跟进的事项', simpleResolvers: true })
export class FollowUpTaskView {
  @Field(() => ID)
  id!: number;

  @Field()
  reason!: string;

  @Field(() => FollowUpTaskStatus)
  status!: FollowUpTaskStatus;

  @Field(() => String, { nullable: true })
  resolution?: string | null;

  @Field()
  createdAt!: Date;
}

const followUpView = (f: FollowUp): FollowUpView => ({
  id: f.id,
  kind: f.kind,
  termSeq: f.term?.isInitialized() ? f.term.getEntity().seq : null,
  dueAt: f.dueAt,
  status: f.status,
  channel: f.channel ?? null,
  performed: f.performed ?? null,
  flaredUp: f.flaredUp ?? null,
  satisfaction: f.satisfaction ?? null,
  note: f.note ?? null,
});

@Resolver(() => CaseView)
export class FollowUpResolver {
  @FieldResolver(() => [FollowUpView], { description: '回访安排与结果；当事人只看到自己填写的答复内容' })
  async followUps(@Root() c: MediationCase, @Ctx() ctx: Context) {
    const viewer = await ctx.requireViewer();
    const staff = isStaffOnCase(await ctx.caseAccess.actorsFor(viewer, c));
    const rows = await ctx.em.find(FollowUp, { mediationCase: c.id }, { populate: ['term'], orderBy: { dueAt: 'asc', id: 'asc' } });
    return rows.map((f) => (staff || f.answeredBy === viewer.userId ? followUpView(f) : { ...followUpView(f), channel: null, performed: null, flaredUp: null, satisfaction: null, note: null }));
  }

  @FieldResolver(() => [FollowUpTaskView], { description: '回访后需要跟进的事项（仅工作人员可见）' })
  async followUpTasks(@Root() c: MediationCase, @Ctx() ctx: Context) {
    const staff = isStaffOnCase(await ctx.caseAccess.actorsFor(await ctx.requireViewer(), c));
    return staff ? ctx.em.find(FollowUpTask, { mediationCase: c.id }, { orderBy: { id: 'asc' } }) : [];
  }

  @Authorized(Role.USER)
  @Mutation(() => FollowUpView, { description: '回访答复：当事人在小程序填写，或工作人员记录电话、上门回访' })
  async answerFollowUp(@Arg('followUpId', () => ID) followUpId: string, @Arg('input') input: FollowUpAnswerInput, @Ctx() ctx: Context) {
    const followUp = await new FollowUpService(ctx).answer(followUpId, input);
    await ctx.em.populate(followUp, ['term']);
    return followUpView(followUp);
  }

  @Authorized(Role.USER)
  @Mutation(() => FollowUpTaskView, { description: '记录回访任务的处理情况（调委会）' })
  resolveFollowUpTask(@Arg('taskId', () => ID) taskId: string, @Arg('resolution') resolution: string, @Ctx() ctx: Context) {
    return new FollowUpService(ctx).resolveTask(taskId, resolution);
  }
}
