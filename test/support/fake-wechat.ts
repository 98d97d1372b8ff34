import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for WeChat's server APIs over real HTTP on 127.0.0.1, with WeChat's reply shapes
 * and error codes. Login codes: `ok:<openid>` signs in, `bad` → 40029, `used` → 40163,
 * `busy` → 45011 (rate limit), `risky` → 40226, `down` → -1. Phone codes: `phone:<number>`.
 */
export interface FakeWeChat {
  base: string;
  /** Requests received, by path. */
  calls: { path: string; query: Record<string, string>; body?: unknown }[];
  /** Access tokens handed out so far. */
  tokensIssued: number;
  /** Make WeChat reject the next phone call's token as expired (42001). */
  expireAccessToken(): void;
  /** Subscription messages accepted, in order. */
  messages: { touser: string; template_id: string; page: string; data: Record<string, { value: string }> }[];
  /** Called with each subscription message accepted, before WeChat answers. */
  onMessage?: (message: FakeWeChat['messages'][number]) => void;
  /** Answer the next `n` subscription sends with -1 (system busy). */
  failNextSends(n: number): void;
  /** The next `n` URL-link requests are refused (quota). */
  failNextUrlLinks(n: number): void;
  close(): Promise<void>;
}

export async function startFakeWeChat(app = { appId: 'wx-test-app', secret: 'wx-test-secret' }): Promise<FakeWeChat> {
  let tokensIssued = 0;
  let failSends = 0;
  let failUrlLinks = 0;
  let urlLinks = 0;
  const messages: FakeWeChat['messages'] = [];
  // WeChat keeps the previous access token valid for a while after issuing a new one.
  let validTokens: string[] = [];
  const calls: FakeWeChat['calls'] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const query = Object.fromEntries(url.searchParams);
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const body = raw ? JSON.parse(raw) : undefined;
      calls.push({ path: url.pathname, query, body });
      const reply = (payload: object) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(payload));
      };
      if (url.pathname === '/sns/jscode2session') {
        if (query.appid !== app.appId || query.secret !== app.secret) return reply({ errcode: 40013, errmsg: 'invalid appid' });
        if (query.grant_type !== 'authorization_code') return reply({ errcode: 40002, errmsg: 'invalid grant_type' });
        const code = query.js_code ?? '';
        if (code.startsWith('ok:')) return reply({ openid: code.slice(3), session_key: 'SESSION-KEY-NEVER-LEAVES', unionid: `u-${code.slice(3)}` });
        const errors: Record<string, [number, string]> = {
          bad: [40029, 'invalid code'], used: [40163, 'code been used'], busy: [45011, 'api minute-quota reach limit'],
          risky: [40226, 'high risk user'], down: [-1, 'system error'],
        };
        const [errcode, errmsg] = errors[code] ?? [40029, 'invalid code'];
        return reply({ errcode, errmsg });
      }
      if (url.pathname === '/cgi-bin/stable_token') {
        const asked = body as { grant_type?: string; appid?: string; secret?: string; force_refresh?: boolean };
        if (asked?.appid !== app.appId || asked?.secret !== app.secret) return reply({ errcode: 40013, errmsg: 'invalid appid' });
        // The same token to everyone until it expires or a refresh is forced.
        const current = validTokens.at(-1);
        if (current && !asked.force_refresh) return reply({ access_token: current, expires_in: 7000 });
        tokensIssued++;
        const token = `ACCESS-${tokensIssued}`;
        validTokens = [current ?? '', token];
        return reply({ access_token: token, expires_in: 7200 });
      }
      if (url.pathname === '/cgi-bin/token') {
        if (query.appid !== app.appId || query.secret !== app.secret) return reply({ errcode: 40013, errmsg: 'invalid appid' });
        tokensIssued++;
        const token = `ACCESS-${tokensIssued}`;
        validTokens = [validTokens.at(-1) ?? '', token];
        return reply({ access_token: token, expires_in: 7200 });
      }
      if (url.pathname === '/wxa/business/getuserphonenumber') {
        if (!validTokens.includes(query.access_token ?? '-')) return reply({ errcode: 42001, errmsg: 'access_token expired' });
        const code = String((body as { code?: string })?.code ?? '');
        if (!code.startsWith('phone:')) return reply({ errcode: 40029, errmsg: 'invalid code' });
        const phone = code.slice(6);
        return reply({ errcode: 0, errmsg: 'ok', phone_info: { phoneNumber: phone, purePhoneNumber: phone, countryCode: '86' } });
      }
      if (url.pathname === '/cgi-bin/message/subscribe/send') {
        if (!validTokens.includes(query.access_token ?? '-')) return reply({ errcode: 42001, errmsg: 'access_token expired' });
        if (failSends > 0) {
          failSends--;
          return reply({ errcode: -1, errmsg: 'system error' });
        }
        const message = body as FakeWeChat['messages'][number];
        if (message.touser.startsWith('unsubscribed')) return reply({ errcode: 43101, errmsg: 'user refuse to accept the msg' });
        messages.push(message);
        fake.onMessage?.(message);
        return reply({ errcode: 0, errmsg: 'ok' });
      }
      if (url.pathname === '/wxa/generate_urllink') {
        if (!validTokens.includes(query.access_token ?? '-')) return reply({ errcode: 42001, errmsg: 'access_token expired' });
        if (failUrlLinks > 0) {
          failUrlLinks--;
          return reply({ errcode: 85401, errmsg: 'quota limit' });
        }
        const { path, query: pageQuery } = body as { path: string; query: string };
        return reply({ errcode: 0, errmsg: 'ok', url_link: `https://wxaurl.cn/fake${++urlLinks}?${new URLSearchParams({ path, query: pageQuery }).toString()}` });
      }
      if (url.pathname === '/wxa/getwxacodeunlimit') {
        if (!validTokens.includes(query.access_token ?? '-')) return reply({ errcode: 42001, errmsg: 'access_token expired' });
        const { scene, page } = body as { scene: string; page: string };
        if (!scene || scene.length > 32) return reply({ errcode: 40169, errmsg: 'invalid length for scene' });
        // A PNG signature, then what was asked: the test reads it back.
        res.setHeader('content-type', 'image/png');
        return res.end(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(`wxacode ${page} ${scene}`)]));
      }
      res.statusCode = 404;
      reply({ errcode: 404, errmsg: 'not found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const fake: FakeWeChat = {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    get tokensIssued() {
      return tokensIssued;
    },
    expireAccessToken() {
      validTokens = [];
    },
    messages,
    failNextSends(n: number) {
      failSends = n;
    },
    failNextUrlLinks(n: number) {
      failUrlLinks = n;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return fake;
}
