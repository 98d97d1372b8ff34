import { GraphQLError } from 'graphql';
import { ErrorCode, UserInputError } from '../../shared/errors';

/**
 * WeChat's server APIs as the mini-program login needs them:
 * code2Session (`/sns/jscode2session`) and the code-based phone number
 * (`/wxa/business/getuserphonenumber`) with a cached access token (`/cgi-bin/stable_token`, the
 * one every instance shares).
 * `session_key` never leaves this class.
 */
export interface WeChatSession {
  openid: string;
  unionid?: string;
}

interface WeChatReply {
  errcode?: number;
  errmsg?: string;
}

const TIMEOUT_MS = 5000;
/** Access tokens are refreshed this long before WeChat says they expire. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;
/** How long URL links are not asked for after WeChat refused one. */
export const URL_LINK_PAUSE_MS = 60 * 1000;

export class WeChatClient {
  private accessToken?: { value: string; expiresAt: number };
  private urlLinksPausedUntil = 0;
  private refreshing?: Promise<string>;

  constructor(private readonly options: { appId: string; appSecret: string; apiBase: string; log?: (entry: Record<string, unknown>) => void }) {}

  async code2Session(code: string): Promise<WeChatSession> {
    const url = new URL(`${this.options.apiBase}/sns/jscode2session`);
    url.search = new URLSearchParams({ appid: this.options.appId, secret: this.options.appSecret, js_code: code, grant_type: 'authorization_code' }).toString();
    const reply = await this.call<WeChatReply & { openid?: string; unionid?: string; session_key?: string }>(url, { method: 'GET' }, 'code');
    if (!reply.openid) throw upstream('微信登录服务返回异常');
    return { openid: reply.openid, ...(reply.unionid ? { unionid: reply.unionid } : {}) };
  }

  /** The user's phone from a `getPhoneNumber` button code. */
  async phoneNumber(code: string): Promise<string> {
    const reply = await this.post<WeChatReply & { phone_info?: { purePhoneNumber?: string; phoneNumber?: string } }>('/wxa/business/getuserphonenumber', { code }, 'code');
    const phone = reply.phone_info?.purePhoneNumber ?? reply.phone_info?.phoneNumber;
    if (!phone) throw upstream('微信手机号服务返回异常');
    return phone;
  }

  /**
   * A URL link (`https://wxaurl.cn/…`, `/wxa/generate_urllink`) that opens `page?query` in the
   * mini-program from outside WeChat — a text message, a browser — valid for `days` (at most 30).
   */
  async urlLink(options: { page: string; query: string; days: number }): Promise<string> {
    // After a refusal WeChat is left alone for a while: pages that show the link ask on every load.
    if (Date.now() < this.urlLinksPausedUntil) throw upstream('微信链接服务暂时不可用，请稍后再试');
    try {
      const reply = await this.post<WeChatReply & { url_link?: string }>('/wxa/generate_urllink', {
        path: options.page, query: options.query, is_expire: true, expire_type: 1, expire_interval: options.days,
      }, 'query');
      if (!reply.url_link) throw upstream('微信链接服务返回异常');
      this.urlLinksPausedUntil = 0;
      return reply.url_link;
    } catch (error) {
      this.urlLinksPausedUntil = Date.now() + URL_LINK_PAUSE_MS;
      this.options.log?.({ event: 'wechat.urllink.failed', message: (error as Error).message, pausedSeconds: URL_LINK_PAUSE_MS / 1000 });
      throw error;
    }
  }

  /** A JSON call with our access token. */
  private post<T extends WeChatReply>(path: string, body: unknown, codeField: string): Promise<T> {
    return this.withToken((token) =>
      this.call<T>(this.url(path, token), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, codeField));
  }

  /** Runs a call with our access token, once more with a fresh token if WeChat rejects ours. */
  private async withToken<T>(attempt: (token: string) => Promise<T>): Promise<T> {
    for (let tries = 0; ; tries++) {
      try {
        return await attempt(await this.token(tries > 0));
      } catch (error) {
        if (tries === 0 && error instanceof TokenRejected) continue;
        if (error instanceof TokenRejected) throw upstream('微信接口凭证无效');
        throw error;
      }
    }
  }

  private url(path: string, token: string) {
    const url = new URL(`${this.options.apiBase}${path}`);
    url.searchParams.set('access_token', token);
    return url;
  }

  /**
   * A subscription message (订阅消息). Resolves 'sent', or 'not-subscribed' when the user has not
   * accepted this template (43101) — then there is nothing to retry; anything else throws.
   */
  async sendSubscribeMessage(message: { openid: string; templateId: string; page: string; data: Record<string, { value: string }> }): Promise<'sent' | 'not-subscribed'> {
    try {
      await this.post('/cgi-bin/message/subscribe/send', {
        touser: message.openid, template_id: message.templateId, page: message.page, data: message.data, miniprogram_state: 'formal', lang: 'zh_CN',
      }, 'openid');
      return 'sent';
    } catch (error) {
      if ((error as { extensions?: { wechatCode?: number } }).extensions?.wechatCode === 43101) return 'not-subscribed';
      throw error;
    }
  }

  /**
   * A mini-program code (小程序码) that opens `page` with `scene` (at most 32 characters), from
   * `/wxa/getwxacodeunlimit`: WeChat answers with the image itself, or JSON when it refuses.
   */
  async unlimitedCode(options: { scene: string; page: string; width?: number }): Promise<Buffer> {
    return this.withToken(async (token) => {
      let body: Buffer;
      let contentType: string;
      try {
        const response = await fetch(this.url('/wxa/getwxacodeunlimit', token), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ scene: options.scene, page: options.page, check_path: false, width: options.width ?? 430 }),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        // The body too: a connection dropped while the image arrives is WeChat being unreachable.
        body = Buffer.from(await response.arrayBuffer());
        contentType = response.headers.get('content-type') ?? '';
      } catch {
        throw upstream('微信服务暂时无法访问，请稍后重试');
      }
      if (contentType.startsWith('image/')) return body;
      this.reply(body.toString('utf8'), 'scene');
      throw upstream('微信小程序码服务返回异常');
    });
  }

  private token(forceRefresh: boolean): Promise<string> {
    if (!forceRefresh && this.accessToken && this.accessToken.expiresAt > Date.now()) return Promise.resolve(this.accessToken.value);
    // One refresh at a time: concurrent callers share it (WeChat limits token requests).
    this.refreshing ??= (async () => {
      try {
        // stable_token: every instance is handed the same token until it expires, so one instance
        // fetching a token never invalidates another's (/cgi-bin/token would). A token WeChat
        // rejected is replaced with force_refresh.
        const url = new URL(`${this.options.apiBase}/cgi-bin/stable_token`);
        const reply = await this.call<WeChatReply & { access_token?: string; expires_in?: number }>(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ grant_type: 'client_credential', appid: this.options.appId, secret: this.options.appSecret, force_refresh: forceRefresh }),
        }, 'token');
        if (!reply.access_token) throw upstream('微信接口凭证获取失败');
        this.accessToken = { value: reply.access_token, expiresAt: Date.now() + (reply.expires_in ?? 7200) * 1000 - EXPIRY_MARGIN_MS };
        return reply.access_token;
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  private async call<T extends WeChatReply>(url: URL, init: RequestInit, codeField: string): Promise<T> {
    let text: string;
    try {
      const res = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
      text = await res.text();
    } catch {
      throw upstream('微信服务暂时无法访问，请稍后重试');
    }
    return this.reply<T>(text, codeField);
  }

  /** WeChat's JSON answer, or the error its errcode stands for. */
  private reply<T extends WeChatReply>(text: string, codeField: string): T {
    let reply: T;
    try {
      reply = JSON.parse(text) as T;
    } catch {
      throw upstream('微信服务暂时无法访问，请稍后重试');
    }
    const code = reply.errcode ?? 0;
    if (code === 0) return reply;
    switch (code) {
      case 40029: // invalid code
      case 40163: // code already used
      case 40125:
        throw new UserInputError({ field: codeField, reason: '微信授权码无效或已使用，请重新授权' });
      case 40001: // access token invalid
      case 42001: // access token expired
      case 40014:
        throw new TokenRejected();
      case 45011: // API minute-quota reached
        throw new GraphQLError('操作太频繁，请稍后再试', { extensions: { code: ErrorCode.RATE_LIMITED, upstream: 'wechat' } });
      case 40226: // high-risk user
        throw new GraphQLError('该微信账号存在安全风险，暂时无法登录', { extensions: { code: ErrorCode.FORBIDDEN, reason: 'WECHAT_RISKY_USER' } });
      default: {
        const error = upstream(`微信服务返回错误（${code}）`);
        (error.extensions as Record<string, unknown>).wechatCode = code;
        throw error;
      }
    }
  }
}

class TokenRejected extends Error {}

function upstream(message: string) {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UPSTREAM_UNAVAILABLE } });
}
