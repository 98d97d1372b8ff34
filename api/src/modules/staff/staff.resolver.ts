import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../../auth-checker';
import type { Context } from '../../context';
import { IdentityService } from '../identity/identity.service';
import { MeView } from '../identity/identity.views';
import { StaffInvitationInput, StaffInvitationView } from './staff.inputs';
import { StaffService } from './staff.service';

@Resolver()
export class StaffResolver {
  @Authorized(Role.SYSTEM_ADMIN, Role.JUSTICE_OFFICE, Role.COMMITTEE_ADMIN)
  @Mutation(() => StaffInvitationView, { description: '创建工作人员邀请码（只能邀请到自己管辖范围内）' })
  createStaffInvitation(@Arg('input') input: StaffInvitationInput, @Ctx() ctx: Context) {
    return new StaffService(ctx).invite(input);
  }

  @Authorized(Role.USER)
  @Mutation(() => MeView, { description: '用邀请码把工作人员角色绑定到当前微信账号' })
  async redeemStaffInvitation(@Arg('code') code: string, @Ctx() ctx: Context) {
    const viewer = await ctx.requireViewer();
    await new StaffService(ctx).redeem(viewer.userId, code);
    return new IdentityService(ctx).me(viewer.userId);
  }
}
