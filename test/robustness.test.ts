import { SignJWT } from 'jose';
import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { startTestApi, type TestApi } from './support/api';
import { CaseWalker, concurrently, confirmAgreement } from './support/cases';

/**
 * What a careless client, a weak network or an attacker sends: each finding of issue 10, tried
 * against the real server and database, with what must be true afterwards.
 */
let api: TestApi;
let walk: CaseWalker;
const logs: Record<string, unknown>[] = [];
const sql = <T = any>(text: string, params: unknown[] = []) => api.sql<T>(text, params);
const count = async (text: string, params: unknown[] = []) => (await sql<{ n: number }>(`select count(*)::int as n from ${text}`, params))[0].n;
const base = () => api.server.url.replace('/graphql', '');
const healthy = async () => (await fetch(`${base()}/healthz`)).status === 200;
const leftovers = () => readdirSync(api.config.evidenceDir).filter((f) => f.startsWith('.upload-'));

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  api = await startTestApi({ demo: true, log: (entry) => logs.push(entry) });
  walk = new CaseWalker(api);
});
afterAll(() => api.close());

/** A raw multipart POST, written by hand so it can be cut short. */
function rawUpload(caseId: string, token: string, body: Buffer, options: { abortAfter?: number } = {}) {
  return new Promise<{ status: number; body: string } | 'aborted'>((resolve, reject) => {
    const req = http.request(`${base()}/cases/${caseId}/evidence`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=B', authorization: `Bearer ${token}`, ...(options.abortAfter ? { 'content-length': String(body.length + 1000) } : { 'content-length': String(body.length) }) },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', (error) => (options.abortAfter ? resolve('aborted') : reject(error)));
    if (options.abortAfter) {
      req.write(body.subarray(0, options.abortAfter));
      setTimeout(() => {
        req.destroy();
        resolve('aborted');
      }, 200);
    } else {
      req.end(body);
    }
  });
}
const filePart = (content: Buffer, type = 'image/png') =>
  Buffer.concat([Buffer.from(`--B\r\ncontent-disposition: form-data; name="file"; filename="现场.png"\r\ncontent-type: ${type}\r\n\r\n`), content]);

describe('uploads that go wrong', () => {
  let caseId: string;
  let applicant: string;
  beforeAll(async () => {
    caseId = await walk.filed('robust-upload');
    applicant = await walk.as('robust-upload');
  });

  it('answers a body that ends inside the file part with 400, stays up and keeps nothing', async () => {
    const before = await count('case_evidence');
    const res = await rawUpload(caseId, applicant, filePart(Buffer.concat([PNG, randomBytes(2000)])));
    expect(res).toMatchObject({ status: 400 });
    expect(JSON.parse((res as { body: string }).body)).toMatchObject({ field: 'file' });
    expect(await healthy()).toBe(true);
    expect(await count('case_evidence')).toBe(before);
    await new Promise((r) => setTimeout(r, 100));
    expect(leftovers()).toEqual([]);
  });

  it('leaves no temporary file when the connection drops mid-upload, and sweeps old leftovers at start', async () => {
    const res = await rawUpload(caseId, applicant, filePart(Buffer.concat([PNG, randomBytes(200_000)])), { abortAfter: 100_000 });
    expect(res).toBe('aborted');
    await new Promise((r) => setTimeout(r, 300));
    expect(leftovers()).toEqual([]);
    expect(await healthy()).toBe(true);

    // A crash's leftover, last written ten minutes ago, is removed when a server starts on the folder.
    const stale = path.join(api.config.evidenceDir, '.upload-from-a-crash');
    writeFileSync(stale, 'partial');
    utimesSync(stale, new Date(Date.now() - 600_000), new Date(Date.now() - 600_000));
    const again = await startTestApi({ demo: false, env: { EVIDENCE_DIR: api.config.evidenceDir } });
    try {
      expect(leftovers()).toEqual([]);
    } finally {
      await again.server.stop();
      await again.db.drop();
    }
  });

  it('stores the same photo sent twenty times at once once, and every upload gets that one', async () => {
    const form = () => {
      const data = new FormData();
      data.append('file', new Blob([PNG], { type: 'image/png' }), '同一张照片.png');
      return data;
    };
    const answers = await concurrently(20, 20, async () => {
      const res = await fetch(`${base()}/cases/${caseId}/evidence`, { method: 'POST', body: form(), headers: { authorization: `Bearer ${applicant}` } });
      return { status: res.status, body: (await res.json()) as { id: string } };
    });
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(await count("case_event where mediation_case_id = ? and action = 'EVIDENCE_ADDED' and note = '同一张照片.png'", [Number(caseId)])).toBe(1);
  });

  it('checks the bytes, not the declared type: HTML or a program declared as a photo is refused', async () => {
    const before = await count('case_evidence');
    for (const [bytes, type] of [[Buffer.from('<html><script>alert(1)</script></html>'), 'image/png'], [Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff'), 'image/jpeg'], [PNG, 'application/pdf']] as const) {
      const data = new FormData();
      data.append('file', new Blob([bytes], { type }), 'photo.png');
      const res = await fetch(`${base()}/cases/${caseId}/evidence`, { method: 'POST', body: data, headers: { authorization: `Bearer ${applicant}` } });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: '文件内容与类型不符：只能上传图片、PDF、音频或视频文件', field: 'file' });
    }
    expect(await count('case_evidence')).toBe(before);
    expect(leftovers()).toEqual([]);
  });
});

describe('text no person typed', () => {
  it('refuses U+0000 and lone surrogates in any string, variables or literals, anonymous or signed in, naming the field', async () => {
    const search = await api.gql('query($s: String) { mediators(filter: { search: $s }) { nodes { id } } }', { s: 'a\u0000b' });
    expect(search.status).toBe(400);
    expect(search.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    const literal = await api.gql('{ region(code: "620602\\u0000") { name } }');
    expect(literal.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const surrogate = await api.gql('query($c: String!) { region(code: $c) { name } }', { c: '620602\ud800' });
    expect(surrogate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });

    const token = await walk.as('robust-nul');
    const cases = await count('mediation_case');
    const filed = await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id } }', {
      input: { idempotencyKey: randomUUID(), disputeType: 'DAMAGES', regionCode: '620602101', facts: '事实\u0000经过写在这里，足够长了', claims: '赔偿\udc00', respondents: [{ name: '吴某\u0000' }] },
    }, token);
    expect(filed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(filed.errors?.[0]?.extensions?.problems.map((p: { field: string }) => p.field).sort()).toEqual(['input.claims', 'input.facts', 'input.respondents[0].name']);
    expect(await count('mediation_case')).toBe(cases);

    const report = await fetch(`${base()}/reports/monthly.csv?regionCode=620602%00&month=2026-11`, { headers: { authorization: `Bearer ${await walk.as('sifaju')}` } });
    expect(report.status).toBe(400);
    expect(await report.json()).toMatchObject({ field: 'regionCode' });
    expect(logs.some((l) => l.level === 'error')).toBe(false);
  });

  it('refuses a string longer than any field takes before anything runs', async () => {
    const res = await api.gql('query($s: String) { mediators(filter: { search: $s }) { nodes { id } } }', { s: '调'.repeat(100_001) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });
});

describe('dates and numbers a person would not write', () => {
  it('refuses impossible dates and a period that ends before it starts, in GraphQL and in the export URLs', async () => {
    const office = await walk.as('sifaju');
    const stats = (from: string, to: string) => api.gql('query($f: String!, $t: String!) { statistics(regionCode: "620602", from: $f, to: $t) { accepted } }', { f: from, t: to }, office);
    for (const [from, to, field] of [['2026-02-30', '2026-03-31', 'from'], ['0000-01-01', '2026-01-01', 'from'], ['2026-01-01', '2026-13-01', 'to'], ['2026-06-01', '2026-01-01', 'to']]) {
      const res = await stats(from, to);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const half = await api.gql('{ mediatorAssessment(half: "0000H1", regionCode: "620602") { cases } }', {}, office);
    expect(half.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'half' });
    const subsidies = await api.gql('{ subsidies(regionCode: "620602", from: "2026-02-30", to: "2026-03-01") { total } }', {}, office);
    expect(subsidies.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    for (const query of ['from=2026-02-30&to=2026-03-31', 'from=2026-06-01&to=2026-01-01']) {
      const res = await fetch(`${base()}/reports/subsidies.csv?regionCode=620602&${query}`, { headers: { authorization: `Bearer ${office}` } });
      expect(res.status).toBe(400);
    }
    expect(logs.some((l) => l.level === 'error')).toBe(false);
  });

  it('validates what is stored, after trimming: blank facts, bad amounts, places off the globe', async () => {
    const token = await walk.as('robust-garbage');
    const cases = await count('mediation_case');
    const file = (patch: Record<string, unknown>) =>
      api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id } }', {
        input: { idempotencyKey: randomUUID(), disputeType: 'DAMAGES', regionCode: '620602101', facts: '被申请人倒车撞坏院墙约三米。', claims: '赔偿', respondents: [{ name: '吴德明' }], ...patch },
      }, token);
    const fieldsOf = (res: { errors?: { extensions?: Record<string, any> }[] }) => res.errors?.[0]?.extensions?.problems.map((p: { field: string }) => p.field);
    expect(fieldsOf(await file({ facts: ' '.repeat(20), claims: '  ', respondents: [{ name: '    ' }] }))).toEqual(['input.facts', 'input.claims', 'input.respondents.0.name']);
    for (const amount of ['-5', '10.555', '12345678901234', '1e5', ' ']) expect(fieldsOf(await file({ amountInvolved: amount }))).toEqual(['input.amountInvolved']);
    expect(fieldsOf(await file({ latitude: 91, longitude: 1000 }))).toEqual(['input.latitude', 'input.longitude']);
    expect(await count('mediation_case')).toBe(cases);
    const ok = await file({ facts: '  被申请人倒车撞坏院墙约三米。  ', amountInvolved: '999999999999.99', latitude: 37.9, longitude: 102.6 });
    expect(ok.errors).toBeUndefined();
    expect((await sql('select facts, amount_involved::text as amount from mediation_case where id = ?', [Number(ok.data.fileCase.id)]))[0]).toEqual({ facts: '被申请人倒车撞坏院墙约三米。', amount: '999999999999.99' });
  });

  it('refuses sessions in year 0001 and agreement terms due in 1900', async () => {
    const id = await walk.inMediation('robust-dates-a', 'robust-dates-b');
    const mediator = await walk.as('mediator');
    const session = await api.gql('mutation($id: ID!) { scheduleSession(caseId: $id, input: { scheduledAt: "0001-01-01T00:00:00Z", place: "调解室", mode: IN_PERSON }) { id } }', { id }, mediator);
    expect(session.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scheduledAt' });
    const term = await api.gql(`mutation($id: ID!) { draftAgreement(caseId: $id, input: { kind: WRITTEN, factsAndResponsibilities: "被申请人应承担全部修复费用。",
      terms: [{ content: "赔偿修墙费用", method: "转账", performBy: "1900-01-01" }] }) { id } }`, { id }, mediator);
    expect(term.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.terms.0.performBy' });
    expect(await count('mediation_session where mediation_case_id = ?', [Number(id)])).toBe(0);
    expect(await count('agreement where mediation_case_id = ?', [Number(id)])).toBe(0);
  });
});

describe('steps tapped many times at once apply once', () => {
  const fifty = <T>(call: (i: number) => Promise<T>) => concurrently(50, 20, call);
  const codes = (answers: { errors?: { extensions?: { code?: string } }[] }[]) => answers.map((a) => a.errors?.[0]?.extensions?.code ?? 'OK');

  it('applyForJudicialConfirmation: one success, one timeline event, CONFLICT for the rest', async () => {
    const id = await walk.succeeded('race-jc-a', 'race-jc-b');
    const token = await walk.as('race-jc-a');
    const [sealed] = await sql<{ d: string }>("select to_char(sealed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as d from agreement where mediation_case_id = ?", [Number(id)]);
    const answers = await fifty(() => api.gql('mutation($id: ID!, $d: String!) { applyForJudicialConfirmation(caseId: $id, input: { court: "武威市凉州区人民法院", appliedOn: $d }) { id } }', { id, d: sealed.d }, token));
    expect(codes(answers).filter((c) => c === 'OK')).toHaveLength(1);
    expect(new Set(codes(answers))).toEqual(new Set(['OK', 'CONFLICT']));
    expect(await count("case_event where mediation_case_id = ? and action = 'JUDICIAL_APPLIED'", [Number(id)])).toBe(1);
  });

  it('redeemStaffInvitation: one code, fifty people: exactly one holds the role and only they are told so', async () => {
    const [committee] = await sql<{ id: number }>("select id from committee where name = '黄羊镇人民调解委员会'");
    const invited = await api.gql('mutation($c: ID!) { createStaffInvitation(input: { role: COMMITTEE_ADMIN, displayName: "副主任", committeeId: $c }) { code assignment { id } } }', { c: String(committee.id) }, await walk.as('huangyang-sifasuo'));
    expect(invited.errors).toBeUndefined();
    const people = await Promise.all(Array.from({ length: 50 }, (_, i) => walk.as(`race-redeem-${i}`)));
    const answers = await fifty((i) => api.gql('mutation($c: String!) { redeemStaffInvitation(code: $c) { id } }', { c: invited.data.createStaffInvitation.code }, people[i]));
    const winners = answers.flatMap((a, i) => (a.errors ? [] : [i]));
    expect(winners).toHaveLength(1);
    expect(new Set(codes(answers))).toEqual(new Set(['OK', 'BAD_USER_INPUT']));
    const [holder] = await sql<{ user_id: number }>('select user_id from staff_assignment where id = ?', [Number(invited.data.createStaffInvitation.assignment.id)]);
    const [winner] = await sql<{ id: number }>("select id from user_account where openid = ?", [`dev:race-redeem-${winners[0]}`]);
    expect(holder.user_id).toBe(winner.id);
    // The winner tapping again is told the same; nobody else gains anything.
    const again = await api.gql('mutation($c: String!) { redeemStaffInvitation(code: $c) { id } }', { c: invited.data.createStaffInvitation.code }, people[winners[0]]);
    expect(again.errors).toBeUndefined();
    expect(await count("audit_log where action = 'STAFF_BOUND' and subject_id = ?", [String(invited.data.createStaffInvitation.assignment.id)])).toBe(1);
  });

  it('draftAgreement sent fifty times: one draft, one event, no internal error', async () => {
    const id = await walk.drafted('race-draft-a', 'race-draft-b');
    const mediator = await walk.as('mediator');
    const answers = await fifty(() => api.gql(CaseWalker.DRAFT, { id }, mediator));
    expect(codes(answers)).toEqual(Array(50).fill('OK'));
    expect(await count("case_event where mediation_case_id = ? and action = 'AGREEMENT_DRAFTED'", [Number(id)])).toBe(1);
    expect(await count('agreement where mediation_case_id = ?', [Number(id)])).toBe(1);
  });

  it('confirmAgreement by the same party fifty times: one confirmation, one event', async () => {
    const id = await walk.drafted('race-confirm-a', 'race-confirm-b');
    const token = await walk.as('race-confirm-a');
    const answers = await fifty(() => confirmAgreement(api, id, token));
    expect(codes(answers)).toEqual(Array(50).fill('OK'));
    expect(await count('agreement_confirmation c join agreement a on a.id = c.agreement_id where a.mediation_case_id = ?', [Number(id)])).toBe(1);
    expect(await count("case_event where mediation_case_id = ? and action = 'AGREEMENT_CONFIRMED'", [Number(id)])).toBe(1);
  });

  it('rankMediators by both parties at the same moment: both rankings count and the mutual choice is made once', async () => {
    const id = await walk.choosingMediator('race-rank-a', 'race-rank-b');
    const mediator = await walk.demoMediatorId();
    const rank = async (who: string) => api.gql('mutation($id: ID!, $m: [ID!]!) { rankMediators(caseId: $id, mediatorIds: $m) { id } }', { id, m: [mediator] }, await walk.as(who));
    const answers = await Promise.all([...Array(10).fill('race-rank-a'), ...Array(10).fill('race-rank-b')].map((who) => rank(who)));
    expect(codes(answers).filter((c) => c !== 'OK' && c !== 'CONFLICT')).toEqual([]);
    expect(codes(answers.slice(0, 10))).toContain('OK');
    expect(codes(answers.slice(10))).toContain('OK');
    expect((await sql('select status, mediator_id from mediation_case where id = ?', [Number(id)]))[0]).toEqual({ status: 'AWAITING_MEDIATOR', mediator_id: Number(mediator) });
    expect(await count("case_event where mediation_case_id = ? and action = 'MUTUAL_CHOICE'", [Number(id)])).toBe(1);
  });
});

describe('what a refusal and a log line give away', () => {
  it('answers "not found" for another case\'s session or term exactly as for one that does not exist', async () => {
    const id = await walk.succeeded('oracle-a', 'oracle-b');
    const mediator = await walk.as('mediator');
    const session = await api.gql('mutation($id: ID!) { scheduleSession(caseId: $id, input: { scheduledAt: "2026-12-01T02:00:00Z", place: "调解室", mode: IN_PERSON }) { id } }', { id: await walk.inMediation('oracle-c', 'oracle-d') }, mediator);
    const sessionId = session.data.scheduleSession.id as string;
    const [term] = await sql<{ id: number }>('select t.id from agreement_term t join agreement a on a.id = t.agreement_id where a.mediation_case_id = ?', [Number(id)]);
    const stranger = await walk.as('oracle-stranger');
    const seen = await api.gql('mutation($s: ID!) { recordSession(sessionId: $s, record: "这是一段足够长的调解笔录内容。") { id } }', { s: sessionId }, stranger);
    const unknown = await api.gql('mutation { recordSession(sessionId: "999999", record: "这是一段足够长的调解笔录内容。") { id } }', {}, stranger);
    expect(seen.errors?.[0]?.message).toBe(`未找到调解会（${sessionId}）`);
    expect(unknown.errors?.[0]?.message).toBe('未找到调解会（999999）');
    const termSeen = await api.gql('mutation($t: ID!) { recordTermPerformance(termId: $t, performance: PERFORMED) { id } }', { t: String(term.id) }, stranger);
    expect(termSeen.errors?.[0]?.message).toBe(`未找到协议条款（${term.id}）`);
  });

  it('logs a database failure by its code and constraint, never the values written', async () => {
    const token = await walk.as('robust-log');
    logs.length = 0;
    await sql('alter table case_party add constraint robust_no_parties check (false) not valid');
    try {
      const res = await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id } }', {
        input: { idempotencyKey: randomUUID(), disputeType: 'DAMAGES', regionCode: '620602101', facts: '这是一段独一无二的事实经过甲乙丙丁', claims: '独一无二的请求', respondents: [{ name: '独一无二的名字' }] },
      }, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await sql('alter table case_party drop constraint robust_no_parties');
    }
    const line = logs.find((l) => l.msg === 'internal error');
    expect(line).toMatchObject({ code: '23514', constraint: 'robust_no_parties' });
    expect(JSON.stringify(logs)).not.toMatch(/独一无二/);
  });
});

describe('objects that do not exist', () => {
  it('answers NOT_FOUND, not an internal error, for a mediator to mark for removal that does not exist (found by the fuzzer, seed 1)', async () => {
    const res = await api.gql('mutation { markMediatorForRemoval(mediatorId: "999999", reason: "考核不合格") }', {}, await walk.as('admin'));
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('tokens', () => {
  const sign = (claims: { sub?: string; exp?: boolean }) => {
    // `sv: 0` is the session version of an account never signed out: the token is otherwise a valid one.
    const jwt = new SignJWT({ sv: 0 }).setProtectedHeader({ alg: 'HS256' }).setIssuer('tiaojie').setAudience('tiaojie-api').setIssuedAt();
    if (claims.sub) jwt.setSubject(claims.sub);
    if (claims.exp !== false) jwt.setExpirationTime('1h');
    return jwt.sign(new TextEncoder().encode(api.config.authTokenSecret));
  };
  const FILE = 'mutation($input: CaseInput!) { fileCase(input: $input) { id } }';
  const input = () => ({ idempotencyKey: randomUUID(), disputeType: 'DAMAGES', regionCode: '620602101', facts: '被申请人倒车撞坏院墙约三米。', claims: '赔偿', respondents: [{ name: '吴德明' }] });

  it('treats a validly signed token for an account that does not exist as signed out', async () => {
    const res = await api.gql(FILE, { input: input() }, await sign({ sub: '987654' }));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
  });

  it('refuses a token without an expiry', async () => {
    const [user] = await sql<{ id: number }>('select id from user_account order by id limit 1');
    const res = await api.gql(FILE, { input: input() }, await sign({ sub: String(user.id), exp: false }));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' });
  });
});

describe('rate limits on the file routes', () => {
  it('limits downloads and uploads like mutations, answering 429 with when to retry', async () => {
    const limited = await startTestApi({ demo: true, env: { RATE_LIMIT_FILE_READS_PER_MINUTE: '3', RATE_LIMIT_MUTATIONS_PER_MINUTE: '2' } });
    try {
      const token = await limited.login('rate-files');
      const root = limited.server.url.replace('/graphql', '');
      const statuses = [];
      for (let i = 0; i < 5; i += 1) statuses.push((await fetch(`${root}/cases/1/evidence/1`, { headers: { authorization: `Bearer ${token}` } })).status);
      expect(statuses.slice(0, 3)).not.toContain(429);
      expect(statuses.slice(3)).toEqual([429, 429]);
      const uploads = [];
      for (let i = 0; i < 4; i += 1) uploads.push(await fetch(`${root}/cases/1/evidence`, { method: 'POST', body: new FormData(), headers: { authorization: `Bearer ${token}` } }));
      expect(uploads.map((r) => r.status).slice(2)).toEqual([429, 429]);
      expect(uploads[3].headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await limited.close();
    }
  });
});
