import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth-checker';
import type { Context } from '../../context';
import { PartyRole } from '../case/case-enums';
import { isStaffOnCase } from '../case/case-event.audience';
import type { MediationCase } from '../case/case.entity';
import { CaseView } from '../case/case.views';
import { CaseRating } from './case-rating.entity';
import { RatingInput } from './feedback.inputs';
import { FeedbackService } from './feedback.service';

@ObjectType('CaseRating', { description: '当事人评价', simpleResolvers: true })
export class CaseRatingView {
  @Field(() => ID)
  id!: number;

  @Field(() => PartyRole, { description: '评价人身份' })
  partyRole!: PartyRole;

  @Field(() => Int)
  outcomeScore!: number;

  @Field(() => Int)
  mediatorScore!: number;

  @Field(() => [String])
  tags!: string[];

  @Field(() => String, { nullable: true })
  comment?: string | null;

  @Field()
  createdAt!: Date;
}

const view = (r: CaseRating): CaseRatingView => ({
  id: r.id,
  partyRole: r.party.getEntity().role,
  outcomeScore: r.outcomeScore,
  mediatorScore: r.mediatorScore,
  tags: r.tags,
  comment: r.comment ?? null,
  createdAt: r.createdAt,
});

@Resolver(() => CaseView)
export class FeedbackResolver {
  @FieldResolver(() => [CaseRatingView], { description: '评价：工作人员看到全部，当事人只看到自己的' })
  async ratings(@Root() c: MediationCase, @Ctx() ctx: Context) {
    const viewer = await ctx.requireViewer();
    const actors = await ctx.caseAccess.actorsFor(viewer, c);
    const staff = isStaffOnCase(actors);
    const ratings = await ctx.em.find(CaseRating, { mediationCase: c.id, ...(staff ? {} : { party: { user: viewer.userId } }) }, { populate: ['party'], orderBy: { id: 'asc' } });
    return ratings.map(view);
  }

  @Authorized(Role.USER)
  @Mutation(() => CaseRatingView, { description: '当事人评价调解结果和调解员（办结后，每人一次）' })
  async rateCase(@Arg('caseId', () => ID) caseId: string, @Arg('input') input: RatingInput, @Ctx() ctx: Context) {
    const rating = await new FeedbackService(ctx).rate(caseId, input);
    await ctx.em.populate(rating, ['party']);
    return view(rating);
  }
}
