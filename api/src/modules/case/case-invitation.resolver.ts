import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../../auth-checker';
import type { Context } from '../../context';
import { InvitationState } from './case-enums';
import { CaseInvitationService } from './case-invitation.service';
import type { MediationCase } from './case.entity';
import { CaseInvitationLinkView, CaseView } from './case.views';

/** The respondent's invitation as the committee keeps it: shown, copied and sent again until answered, or withdrawn. */
@Resolver(() => CaseView)
export class CaseInvitationFieldsResolver {
  @FieldResolver(() => CaseInvitationLinkView, {
    nullable: true,
    description: '被申请人的调解邀请（等待被申请人答复期间，仅承办调委会、主管司法所和系统管理员）：随时查看、复制、再次发送，每次查看记入审计日志；其他情况为空',
  })
  invitation(@Root() c: MediationCase, @Ctx() ctx: Context) {
    return new CaseInvitationService(ctx).currentLink(c);
  }

  @FieldResolver(() => InvitationState, {
    nullable: true,
    description: '被申请人调解邀请的状态（等待被申请人答复期间，仅对可以发送、撤回、重新生成邀请的承办调委会、主管司法所和系统管理员）；其他情况为空',
  })
  invitationState(@Root() c: MediationCase, @Ctx() ctx: Context) {
    return new CaseInvitationService(ctx).invitationState(c);
  }

  @Authorized(Role.COMMITTEE_ADMIN, Role.JUSTICE_OFFICE, Role.SYSTEM_ADMIN)
  @Mutation(() => CaseView, { description: '撤回被申请人的调解邀请（承办调委会，等待答复期间），如发错了人：邀请链接随即失效，需要时再重新发送' })
  revokeInvitation(@Arg('caseId', () => ID) caseId: string, @Ctx() ctx: Context) {
    return new CaseInvitationService(ctx).revokeInvitation(caseId);
  }
}

@Resolver(() => CaseInvitationLinkView)
export class CaseInvitationLinkResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: '微信链接（wxaurl.cn）：在短信、浏览器中打开即进入小程序的邀请页，有效 30 天；微信暂时无法生成时为空（分享卡片和网页版链接仍可用）',
  })
  weChatUrlLink(@Root() link: CaseInvitationLinkView, @Ctx() ctx: Context) {
    return new CaseInvitationService(ctx).weChatLink(link.caseId, link.code);
  }
}
