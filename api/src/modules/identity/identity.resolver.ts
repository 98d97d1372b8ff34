import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Role } from '../../auth-checker';
import type { Context } from '../../context';
import { IdentityService } from './identity.service';
import { AuthSessionView, MeView, PersonalDataField } from './identity.views';

@Resolver()
export class IdentityResolver {
  @Authorized(Role.USER)
  @Query(() => MeView, { description: '当前登录的用户' })
  async me(@Ctx() ctx: Context) {
    return new IdentityService(ctx).me((await ctx.requireViewer()).userId);
  }

  @Mutation(() => AuthSessionView, { description: '微信登录：传入 wx.login 取得的 code' })
  loginWithWeChat(@Arg('code') code: string, @Ctx() ctx: Context) {
    return new IdentityService(ctx).loginWithWeChat(code);
  }

  @Mutation(() => AuthSessionView, { description: '开发环境登录（演示数据、H5 调试用），生产环境不可用' })
  devLogin(@Arg('name') name: string, @Ctx() ctx: Context) {
    return new IdentityService(ctx).devLogin(name);
  }

  @Mutation(() => AuthSessionView, { description: '用刷新令牌换取新的登录凭证（刷新令牌只能用一次）' })
  refreshSession(@Arg('refreshToken') refreshToken: string, @Ctx() ctx: Context) {
    return new IdentityService(ctx).refresh(refreshToken);
  }

  @Authorized(Role.USER)
  @Mutation(() => MeView, { description: '同意隐私保护指引（须为当前版本）' })
  async acceptPrivacyPolicy(@Arg('version') version: string, @Ctx() ctx: Context) {
    return new IdentityService(ctx).acceptPrivacyPolicy((await ctx.requireViewer()).userId, version);
  }

  @Authorized(Role.USER)
  @Mutation(() => MeView, { description: '绑定手机号：传入 getPhoneNumber 按钮返回的 code；须先同意隐私保护指引' })
  async bindPhoneNumber(@Arg('code') code: string, @Ctx() ctx: Context) {
    return new IdentityService(ctx).bindPhoneNumber((await ctx.requireViewer()).userId, code);
  }

  @Authorized(Role.USER)
  @Mutation(() => MeView, { description: '实名信息（姓名、身份证号）；须先同意隐私保护指引' })
  async setRealNameIdentity(@Arg('realName') realName: string, @Arg('idNumber') idNumber: string, @Ctx() ctx: Context) {
    return new IdentityService(ctx).setRealNameIdentity((await ctx.requireViewer()).userId, realName, idNumber);
  }

  @Authorized(Role.SYSTEM_ADMIN)
  @Mutation(() => String, { nullable: true, description: '查看未脱敏的个人信息；记录查看人、内容、时间和原因' })
  async revealPersonalData(
    @Arg('userId', () => ID) userId: string,
    @Arg('field', () => PersonalDataField) field: PersonalDataField,
    @Arg('reason') reason: string,
    @Ctx() ctx: Context,
  ) {
    return new IdentityService(ctx).reveal((await ctx.requireViewer()).userId, userId, field, reason);
  }
}
