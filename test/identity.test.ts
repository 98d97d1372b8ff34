import { SignJWT } from 'jose';
import { startTestApi, type TestApi } from './support/api';
import { type FakeWeChat, startFakeWeChat } from './support/fake-wechat';

let api: TestApi;
let wechat: FakeWeChat;
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);

const LOGIN = `mutation($code: String!) { loginWithWeChat(code: $code) {
  accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
  me { id phone idNumber needsPrivacyConsent currentPrivacyPolicyVersion staffRoles { role } } } }`;
const ME = '{ me { id realName phone idNumber acceptedPrivacyPolicyVersion needsPrivacyConsent staffRoles { role regionCode } } }';

beforeAll(async () => {
  wechat = await startFakeWeChat();
  api = await startTestApi({ demo: true, env: { WECHAT_API_BASE: wechat.base } });
});
afterAll(async () => {
  await api.close();
  await wechat.close();
});

describe('WeChat login', () => {
  it('exchanges the wx.login code for our own tokens; the session_key never leaves the server', async () => {
    const res = await api.gql(LOGIN, { code: 'ok:openid-resident-1' });
    expect(res.errors).toBeUndefined();
    const session = res.data.loginWithWeChat;
    expect(session.accessToken.split('.')).toHaveLength(3);
    expect(new Date(session.accessTokenExpiresAt).getTime() - Date.now()).toBeGreaterThan(1.9 * 3600 * 1000);
    expect(session.me).toMatchObject({ phone: null, idNumber: null, needsPrivacyConsent: true, staffRoles: [] });
    expect(JSON.stringify(res)).not.toContain('SESSION-KEY');
    const call = wechat.calls.find((c) => c.path === '/sns/jscode2session');
    expect(call?.query).toMatchObject({ appid: 'wx-test-app', secret: 'wx-test-secret', js_code: 'ok:openid-resident-1', grant_type: 'authorization_code' });
    const [user] = await sql('select openid, unionid from user_account where openid = ?', ['openid-resident-1']);
    expect(user).toEqual({ openid: 'openid-resident-1', unionid: 'u-openid-resident-1' });
    const again = await api.gql(LOGIN, { code: 'ok:openid-resident-1' });
    expect(again.data.loginWithWeChat.me.id).toBe(session.me.id);
    const me = await api.gql(ME, {}, session.accessToken);
    expect(me.data.me.id).toBe(session.me.id);
  });

  it.each([
    ['bad', 'BAD_USER_INPUT', { field: 'code' }],
    ['used', 'BAD_USER_INPUT', { field: 'code' }],
    ['busy', 'RATE_LIMITED', {}],
    ['risky', 'FORBIDDEN', { reason: 'WECHAT_RISKY_USER' }],
    ['down', 'UPSTREAM_UNAVAILABLE', {}],
  ])('WeChat answering "%s" becomes %s, and nobody is created', async (code, expected, extensions) => {
    const [{ n: before }] = await sql('select count(*)::int as n from user_account');
    const res = await api.gql(LOGIN, { code });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: expected, ...extensions });
    const [{ n: after }] = await sql('select count(*)::int as n from user_account');
    expect(after).toBe(before);
  });

  it('reports WeChat being unreachable as UPSTREAM_UNAVAILABLE', async () => {
    const offline = await startTestApi({ demo: false });
    try {
      const res = await offline.gql(LOGIN, { code: 'ok:x' });
      expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    } finally {
      await offline.close();
    }
  });
});

describe('tokens', () => {
  it('rotates refresh tokens: each works once, and reusing one later signs the user out everywhere', async () => {
    const first = (await api.gql(LOGIN, { code: 'ok:openid-rotate' })).data.loginWithWeChat;
    const REFRESH = 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken me { id } } }';
    const second = (await api.gql(REFRESH, { t: first.refreshToken })).data.refreshSession;
    expect(second.me.id).toBe(first.me.id);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    // Sent again at once (a retry on a weak network): refused, but the session just opened stays.
    const retry = await api.gql(REFRESH, { t: first.refreshToken });
    expect(retry.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
    expect((await sql('select count(*)::int as n from refresh_token where used_at is null and user_id = ?', [Number(first.me.id)]))[0].n).toBe(1);
    // Replayed a minute later: stolen or copied. It signs the user out everywhere.
    await sql("update refresh_token set used_at = now() - interval '1 minute' where used_at is not null and user_id = ?", [Number(first.me.id)]);
    const replay = await api.gql(REFRESH, { t: first.refreshToken });
    expect(replay.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
    // The replay signed the user out everywhere: the access token issued after it stops at once too.
    expect((await api.gql(ME, {}, second.accessToken)).errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
    // The replay revoked the token issued after it too.
    const afterReplay = await api.gql(REFRESH, { t: second.refreshToken });
    expect(afterReplay.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const stored = await sql('select token_hash from refresh_token');
    expect(stored.some((r) => r.token_hash === first.refreshToken)).toBe(false);
  });

  it('signs a mediator out everywhere when they are removed (清退): their access token stops at once', async () => {
    const mediatorToken = await api.login('mediator');
    expect((await api.gql(ME, {}, mediatorToken)).errors).toBeUndefined();
    const [bound] = await sql("select s.mediator_id from staff_assignment s join user_account u on u.id = s.user_id where u.openid = 'dev:mediator'");
    const removed = await api.gql('mutation($id: ID!) { setMediatorActive(id: $id, active: false) { id } }', { id: String(bound.mediator_id) }, await api.login('huangyang-sifasuo'));
    expect(removed.errors).toBeUndefined();
    expect((await api.gql(ME, {}, mediatorToken)).errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    // Signing in again works (the account is not deleted); restore the mediator for the other tests.
    expect((await api.gql(ME, {}, await api.login('mediator'))).errors).toBeUndefined();
    await api.gql('mutation($id: ID!) { setMediatorActive(id: $id, active: true) { id } }', { id: String(bound.mediator_id) }, await api.login('huangyang-sifasuo'));
  });

  it('treats expired, forged and garbage tokens as signed out, saying why', async () => {
    const key = new TextEncoder().encode(api.config.authTokenSecret);
    const expired = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('1').setIssuer('tiaojie').setAudience('tiaojie-api')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(key);
    const forged = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('1').setIssuer('tiaojie').setAudience('tiaojie-api')
      .setExpirationTime('1h').sign(new TextEncoder().encode('x'.repeat(48)));
    expect((await api.gql(ME, {}, expired)).errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
    expect((await api.gql(ME, {}, forged)).errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
    expect((await api.gql(ME, {}, 'garbage')).errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
    expect((await api.gql(ME)).errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    // Public reads still work with a bad token.
    expect((await api.gql('{ disputeTypes { code } }', {}, 'garbage')).errors).toBeUndefined();
  });

  it('has no development login in production', async () => {
    const production = await startTestApi({ demo: true, env: { NODE_ENV: 'production' } });
    try {
      const res = await production.gql('mutation { devLogin(name: "admin") { accessToken } }');
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data).toBeNull();
    } finally {
      await production.close();
    }
  });
});

describe('privacy consent and personal data', () => {
  let token: string;
  let userId: string;
  beforeAll(async () => {
    const session = (await api.gql(LOGIN, { code: 'ok:openid-phone' })).data.loginWithWeChat;
    token = session.accessToken;
    userId = session.me.id;
  });

  it('asks for the current privacy guide before collecting a phone number', async () => {
    const early = await api.gql('mutation { bindPhoneNumber(code: "phone:13812345678") { phone } }', {}, token);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONSENT_REQUIRED', version: '2026-11-01' });
    expect(wechat.calls.some((c) => c.path === '/wxa/business/getuserphonenumber')).toBe(false);
    const old = await api.gql('mutation { acceptPrivacyPolicy(version: "2020-01-01") { needsPrivacyConsent } }', {}, token);
    expect(old.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'version' });
    const ok = await api.gql('mutation { acceptPrivacyPolicy(version: "2026-11-01") { needsPrivacyConsent acceptedPrivacyPolicyVersion } }', {}, token);
    expect(ok.data.acceptPrivacyPolicy).toEqual({ needsPrivacyConsent: false, acceptedPrivacyPolicyVersion: '2026-11-01' });
    const [consent] = await sql('select version, accepted_at from privacy_consent where user_id = ?', [Number(userId)]);
    expect(consent.version).toBe('2026-11-01');
    expect(new Date(consent.accepted_at).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('binds the phone from a getPhoneNumber code, caching the access token and renewing it when WeChat expires it', async () => {
    const tokensBefore = wechat.tokensIssued;
    const res = await api.gql('mutation { bindPhoneNumber(code: "phone:13812345678") { phone } }', {}, token);
    expect(res.data.bindPhoneNumber.phone).toBe('138****5678');
    const again = await api.gql('mutation { bindPhoneNumber(code: "phone:13812345678") { phone } }', {}, token);
    expect(again.errors).toBeUndefined();
    expect(wechat.tokensIssued).toBe(tokensBefore + 1);
    wechat.expireAccessToken();
    const renewed = await api.gql('mutation { bindPhoneNumber(code: "phone:13812345678") { phone } }', {}, token);
    expect(renewed.errors).toBeUndefined();
    expect(wechat.tokensIssued).toBe(tokensBefore + 2);
    const bad = await api.gql('mutation { bindPhoneNumber(code: "nonsense") { phone } }', {}, token);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('checks and masks the real-name identity', async () => {
    const bad = await api.gql('mutation { setRealNameIdentity(realName: "X", idNumber: "620102199001011235") { idNumber } }', {}, token);
    expect(bad.errors?.[0]?.extensions?.problems.map((p: any) => p.field).sort()).toEqual(['idNumber', 'realName']);
    const ok = await api.gql('mutation { setRealNameIdentity(realName: "张秀英", idNumber: "62010219900101109x") { realName idNumber phone } }', {}, token);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.setRealNameIdentity).toEqual({ realName: '张秀英', idNumber: '6201**********109X', phone: '138****5678' });
  });

  it('stores no plaintext phone or ID number anywhere in the database', async () => {
    const tables = await sql("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'");
    let dump = '';
    for (const { table_name } of tables) {
      const rows = await sql(`select * from "${table_name}"`);
      dump += JSON.stringify(rows);
    }
    expect(dump.length).toBeGreaterThan(10_000);
    // The values are there, encrypted: the search below is not vacuous.
    expect(dump).toMatch(/"phone_encrypted":"v1\.[\w-]+\.[\w-]+\.[\w-]+"/);
    expect(dump).toMatch(/"id_number_encrypted":"v1\./);
    for (const secret of ['13812345678', '62010219900101109X', '62010219900101109x', '1990010110']) expect(dump).not.toContain(secret);
  });

  it('reveals unmasked data only to a system admin, recording who, what, when and why', async () => {
    const REVEAL = 'mutation($u: ID!, $f: PersonalDataField!, $r: String!) { revealPersonalData(userId: $u, field: $f, reason: $r) }';
    const self = await api.gql(REVEAL, { u: userId, f: 'PHONE', r: '我想看看' }, token);
    expect(self.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const office = await api.gql(REVEAL, { u: userId, f: 'PHONE', r: '联系当事人' }, await api.login('sifaju'));
    expect(office.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await api.login('admin');
    const noReason = await api.gql(REVEAL, { u: userId, f: 'PHONE', r: ' ' }, admin);
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const before = await sql("select count(*)::int as n from audit_log where action = 'REVEAL_PERSONAL_DATA'");
    expect(before[0].n).toBe(0);
    const phone = await api.gql(REVEAL, { u: userId, f: 'PHONE', r: '核实当事人联系方式' }, admin);
    expect(phone.data.revealPersonalData).toBe('13812345678');
    const id = await api.gql(REVEAL, { u: userId, f: 'ID_NUMBER', r: '司法确认材料核对' }, admin);
    expect(id.data.revealPersonalData).toBe('62010219900101109X');
    const log = await sql("select actor_user_id, subject_id, field, reason, request_id from audit_log where action = 'REVEAL_PERSONAL_DATA' order by id");
    const [adminUser] = await sql("select id from user_account where openid = 'dev:admin'");
    expect(log.map((l) => [l.actor_user_id, l.subject_id, l.field, l.reason])).toEqual([
      [adminUser.id, userId, 'PHONE', '核实当事人联系方式'],
      [adminUser.id, userId, 'ID_NUMBER', '司法确认材料核对'],
    ]);
    expect(log[0].request_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps the audit log append-only, even for the database user the API connects as', async () => {
    await sql("insert into audit_log (actor_user_id, action, subject_type, subject_id, reason) values (1, 'TEST', 'user', '1', 'insert works')");
    await expect(sql("update audit_log set reason = 'changed'")).rejects.toThrow(/append-only \(UPDATE refused\)/);
    await expect(sql('delete from audit_log')).rejects.toThrow(/append-only \(DELETE refused\)/);
    await expect(sql('truncate audit_log')).rejects.toThrow(/append-only \(TRUNCATE refused\)/);
    const [{ n }] = await sql("select count(*)::int as n from audit_log where reason = 'insert works'");
    expect(n).toBe(1);
  });
});

describe('rate limits', () => {
  it('refuses the sign-in after the per-minute limit with 429 RATE_LIMITED', async () => {
    const limited = await startTestApi({ demo: false, env: { RATE_LIMIT_LOGIN_PER_MINUTE: '3', WECHAT_API_BASE: wechat.base } });
    try {
      for (let i = 0; i < 3; i++) expect((await limited.gql(LOGIN, { code: `ok:rl-${i}` })).errors).toBeUndefined();
      const fourth = await limited.gql(LOGIN, { code: 'ok:rl-4' });
      expect(fourth.status).toBe(429);
      expect(fourth.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
      expect(fourth.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
      const [{ n }] = (await limited.db.orm.em.fork().getConnection().execute("select count(*)::int as n from user_account where openid = 'rl-4'")) as any;
      expect(n).toBe(0);
    } finally {
      await limited.close();
    }
  });

  it('limits every mutation per user', async () => {
    const limited = await startTestApi({ demo: true, env: { RATE_LIMIT_MUTATIONS_PER_MINUTE: '2' } });
    try {
      const token = await limited.login('admin'); // the login itself counts per IP, not per user
      const M = 'mutation { acceptPrivacyPolicy(version: "2026-11-01") { needsPrivacyConsent } }';
      expect((await limited.gql(M, {}, token)).errors).toBeUndefined();
      expect((await limited.gql(M, {}, token)).errors).toBeUndefined();
      const third = await limited.gql(M, {}, token);
      expect(third.status).toBe(429);
      const other = await limited.login('sifaju');
      expect((await limited.gql(M, {}, other)).errors).toBeUndefined();
      expect((await limited.gql('{ disputeTypes { code } }', {}, token)).errors).toBeUndefined(); // reads are not limited
    } finally {
      await limited.close();
    }
  });
});
