import type { Context } from '../../context';
import { ErrorCode, UnauthenticatedError, UserInputError } from '../../shared/errors';
import { GraphQLError } from 'graphql';
import { parseId } from '../../shared/ids';
import { AuditLog } from '../audit/audit-log.entity';
import { signOutEverywhere, staffOfUser, type StaffScope } from '../staff/viewer';
import { PersonalDataField, type AuthSessionView, type MeView } from './identity.views';
import { decrypt, encrypt, isValidIdNumber, isValidMobile, lookupHash, maskIdNumber, maskPhone } from './personal-data';
import { PrivacyConsent } from './privacy-consent.entity';
import { RefreshToken } from './refresh-token.entity';
import { issueAccessToken, newOpaqueToken, REFRESH_TOKEN_DAYS, sha256 } from './tokens';
import { UserAccount } from './user-account.entity';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { inTransaction } from '../../shared/transaction';

/** A refresh token used again within this long after its first use is a retry, not a replay. */
const REFRESH_RETRY_GRACE_MS = 30_000;

export class IdentityService {
  constructor(private readonly ctx: Context) {}

  /** WeChat login: the code from `wx.login` goes to code2Session; the session_key stays on WeChat's side. */
  async loginWithWeChat(code: string): Promise<AuthSessionView> {
    if (!code.trim() || code.length > 128) throw new UserInputError({ field: 'code', reason: '微信登录凭证无效' });
    const session = await this.ctx.wechat.code2Session(code);
    return this.signIn(session.openid, session.unionid);
  }

  /** Development only (demo data, the H5 build); the switch cannot be on in production. */
  async devLogin(name: string): Promise<AuthSessionView> {
    if (!this.ctx.config.devLogin) throw new GraphQLError('开发登录未开启', { extensions: { code: ErrorCode.FORBIDDEN } });
    if (!/^[\w\-\u4e00-\u9fa5]{1,40}$/.test(name)) throw new UserInputError({ field: 'name', reason: '用户名为 1–40 位字母、数字或汉字' });
    return this.signIn(`dev:${name}`);
  }

  /** Exchanges a refresh token for a new pair; a reused token signs the user out everywhere (it was stolen or replayed). */
  async refresh(refreshToken: string): Promise<AuthSessionView> {
    const em = this.ctx.em;
    const stored = await em.findOne(RefreshToken, { tokenHash: sha256(refreshToken) });
    if (!stored || stored.expiresAt < new Date()) throw new UnauthenticatedError('TOKEN_INVALID');
    if (stored.usedAt) {
      // The same refresh sent again at once (a retry on a weak network) is refused but is no theft:
      // signing out everywhere would also end the session the first request just opened.
      if (Date.now() - stored.usedAt.getTime() > REFRESH_RETRY_GRACE_MS) {
        await em.nativeUpdate(RefreshToken, { user: stored.user.id, usedAt: null }, { usedAt: new Date() });
        await this.ctx.db.rows(signOutEverywhere([stored.user.id]));
      }
      throw new UnauthenticatedError('TOKEN_INVALID');
    }
    // Claim it atomically: two concurrent refreshes with one token cannot both succeed.
    const claimed = await em.nativeUpdate(RefreshToken, { id: stored.id, usedAt: null }, { usedAt: new Date() });
    if (claimed !== 1) throw new UnauthenticatedError('TOKEN_INVALID');
    return this.session(stored.user.id);
  }

  async acceptPrivacyPolicy(userId: number, version: string): Promise<MeView> {
    if (version !== this.ctx.config.privacyPolicyVersion) {
      throw new UserInputError({ field: 'version', reason: `请阅读并同意最新版本（${this.ctx.config.privacyPolicyVersion}）的隐私保护指引` });
    }
    const em = this.ctx.em;
    await inTransaction(em, async () => {
      // The account row is the lock: the same consent tapped twice is recorded once.
      await em.findOneOrFail(UserAccount, userId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const latest = await em.findOne(PrivacyConsent, { user: userId }, { orderBy: { id: 'desc' } });
      if (latest?.version !== version) em.create(PrivacyConsent, { user: userId, version });
      await em.flush();
    });
    return this.me(userId);
  }

  /** The phone number from a `getPhoneNumber` code; WeChat requires the privacy guide to be accepted first. */
  async bindPhoneNumber(userId: number, code: string): Promise<MeView> {
    await this.requireConsent(userId);
    const phone = await this.ctx.wechat.phoneNumber(code);
    if (!isValidMobile(phone)) throw new GraphQLError('暂不支持该手机号', { extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'code' } });
    const user = await this.ctx.em.findOneOrFail(UserAccount, userId);
    user.phoneEncrypted = encrypt(this.ctx.secrets, phone);
    user.phoneHash = lookupHash(this.ctx.secrets, 'phone', phone);
    await this.ctx.em.flush();
    return this.me(userId);
  }

  /** Real-name identity (实名), needed before filing a case. */
  async setRealNameIdentity(userId: number, realName: string, idNumber: string): Promise<MeView> {
    await this.requireConsent(userId);
    const normalised = idNumber.trim().toUpperCase();
    const problems = [];
    if (!/^[\u4e00-\u9fa5·]{2,20}$/.test(realName.trim())) problems.push({ field: 'realName', reason: '请填写身份证上的姓名' });
    if (!isValidIdNumber(normalised)) problems.push({ field: 'idNumber', reason: '身份证号码不正确' });
    if (problems.length) throw new UserInputError(problems);
    const user = await this.ctx.em.findOneOrFail(UserAccount, userId);
    user.realName = realName.trim();
    user.idNumberEncrypted = encrypt(this.ctx.secrets, normalised);
    user.idNumberHash = lookupHash(this.ctx.secrets, 'id-number', normalised);
    await this.ctx.em.flush();
    return this.me(userId);
  }

  /**
   * Shows one person's unmasked phone or ID number to a role that needs it, and records who,
   * what, when and why in the append-only audit log in the same transaction.
   */
  async reveal(actorUserId: number, subjectId: string, field: PersonalDataField, reason: string): Promise<string | null> {
    const userId = parseId(subjectId, 'userId');
    if (reason.trim().length < 4 || reason.length > 500) throw new UserInputError({ field: 'reason', reason: '请写明查看原因（4–500 字）' });
    return this.ctx.em.transactional(async (em) => {
      const user = await em.findOne(UserAccount, userId);
      if (!user) throw new UserInputError({ field: 'userId', reason: `用户 ${userId} 不存在` });
      const stored = field === PersonalDataField.PHONE ? user.phoneEncrypted : user.idNumberEncrypted;
      em.create(AuditLog, {
        actorUserId,
        action: 'REVEAL_PERSONAL_DATA',
        subjectType: 'user',
        subjectId: String(userId),
        field,
        reason: reason.trim(),
        requestId: this.ctx.requestId,
      });
      return stored ? decrypt(this.ctx.secrets, stored) : null;
    });
  }

  async me(userId: number): Promise<MeView> {
    const user = await this.ctx.em.findOne(UserAccount, userId, { refresh: true });
    if (!user) throw new UnauthenticatedError('TOKEN_INVALID');
    const consent = await this.ctx.em.findOne(PrivacyConsent, { user: userId }, { orderBy: { id: 'desc' } });
    const current = this.ctx.config.privacyPolicyVersion;
    const staff = await this.ctx.db.rows<StaffScope>(staffOfUser(userId));
    return {
      id: user.id,
      realName: user.realName ?? null,
      phone: user.phoneEncrypted ? maskPhone(decrypt(this.ctx.secrets, user.phoneEncrypted)) : null,
      idNumber: user.idNumberEncrypted ? maskIdNumber(decrypt(this.ctx.secrets, user.idNumberEncrypted)) : null,
      acceptedPrivacyPolicyVersion: consent?.version ?? null,
      currentPrivacyPolicyVersion: current,
      needsPrivacyConsent: consent?.version !== current,
      staffRoles: staff,
    };
  }

  private async requireConsent(userId: number) {
    const consent = await this.ctx.em.findOne(PrivacyConsent, { user: userId }, { orderBy: { id: 'desc' } });
    if (consent?.version !== this.ctx.config.privacyPolicyVersion) {
      throw new GraphQLError('请先阅读并同意隐私保护指引', {
        extensions: { code: ErrorCode.CONSENT_REQUIRED, version: this.ctx.config.privacyPolicyVersion },
      });
    }
  }

  private async signIn(openid: string, unionid?: string): Promise<AuthSessionView> {
    const em = this.ctx.em;
    let user = await em.findOne(UserAccount, { openid });
    if (!user) {
      user = em.create(UserAccount, { openid, unionid });
      try {
        await em.flush();
      } catch (error) {
        // The same person's first login on two devices at once: the other request created the row.
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
        em.clear();
        user = await em.findOneOrFail(UserAccount, { openid });
      }
    }
    user.lastLoginAt = new Date();
    if (unionid && !user.unionid) user.unionid = unionid;
    await em.flush();
    return this.session(user.id);
  }

  private async session(userId: number): Promise<AuthSessionView> {
    const { sessionVersion } = await this.ctx.em.findOneOrFail(UserAccount, userId, { refresh: true });
    const access = await issueAccessToken(this.ctx.secrets, userId, sessionVersion);
    const refreshToken = newOpaqueToken();
    const refreshTokenExpiresAt = new Date(Date.now() + REFRESH_TOKEN_DAYS * 24 * 3600 * 1000);
    this.ctx.em.create(RefreshToken, { user: userId, tokenHash: sha256(refreshToken), expiresAt: refreshTokenExpiresAt });
    await this.ctx.em.flush();
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken, refreshTokenExpiresAt, me: await this.me(userId) };
  }
}
