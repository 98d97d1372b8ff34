import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { issueAccessToken } from '../modules/identity/tokens';
import { resolveSecrets } from '../secrets';
import type { Config } from '../config';

/**
 * A province's busiest hour (issue 14), against one and against two API instances over the same
 * database, each instance also running the background jobs: residents browsing the menu, their
 * cases and a case page, filing; committee staff on their inbox accepting what was filed; justice
 * offices opening the dashboard. Virtual users pick operations by weight, spread over the
 * instances in turn. Rounds alternate between one and two instances.
 */
interface Operation {
  name: string;
  weight: number;
  /** The request, or null when there is nothing to do yet (e.g. nothing filed to accept). */
  make(user: number): { query: string; variables: Record<string, unknown>; token: string | null; after?: (data: never) => void } | null;
}

export interface MixedRound {
  instances: number;
  round: number;
  seconds: number;
  perOperation: Record<string, { count: number; errors: number; p50: number; p95: number; p99: number }>;
  total: number;
  errors: number;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平';
/** 400 distinct names, then again: 王伟, 王芳 … 罗平. */
const respondentName = (n: number) => `${SURNAMES[Math.floor(n / GIVEN.length) % SURNAMES.length]}${GIVEN[n % GIVEN.length]}${GIVEN[(n * 7) % GIVEN.length]}`;

const MENU = `query($r: String!) { mediators(first: 20, filter: { regionCode: $r }) { totalCount nodes { id name grade photoUrl specialties { label } memberships { role committee { id name } } } } }`;
const MY_CASES = `{ myCases(first: 20) { totalCount nodes { id number status deadlineState dueAt committee { name } disputeType { label } } } }`;
const CASE_PAGE = `query($id: ID!) { case(id: $id) { id number status version facts claims allowedActions nextSteps { title detail } parties { id name kind isMe }
  timeline { action at toStatus note } sessions { id scheduledAt place mode } committee { name } disputeType { label } } }`;
const FILE = `mutation($input: CaseInput!) { fileCase(input: $input) { id version } }`;
const INBOX = `query($c: ID!) { committeeCases(committeeId: $c, first: 20) { totalCount nodes { id number status version acceptanceDueAt disputeType { label } } } }`;
const ACCEPT = `mutation($id: ID!, $v: Int!) { performCaseAction(caseId: $id, action: ACCEPT, expectedVersion: $v) { case { id status version } } }`;
const DASHBOARD = `query($r: String!) { statistics(regionCode: $r, from: "2026-01-01", to: "2026-11-01") { accepted successful successRate averageDaysToClose
  byDisputeType { code label count } byChannel { code label count } byMonth { month accepted successful } } }`;

export async function benchMixedLoad(databaseUrl: string, options: { instanceCounts: number[]; rounds: number; seconds: number; users: number; log?: (line: string) => void }) {
  const log = options.log ?? (() => undefined);
  const secret = randomBytes(48).toString('base64url');
  const secrets = await resolveSecrets({ authTokenSecret: secret, dataEncryptionKey: Buffer.alloc(32, 7).toString('base64') } as Config);
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  // The people of the hour: residents, one committee's admin per busy committee, the province's justice office.
  const committees = (await db.query<{ id: number; region_code: string }>(`select c.id, c.region_code from committee c order by (select count(*) from membership m where m.committee_id = c.id and m.active) desc, c.id limit 20`)).rows;
  const province = committees[0].region_code.slice(0, 2);
  const person = async (openid: string) => (await db.query<{ id: number }>(`insert into user_account (openid) values ($1) returning id`, [openid])).rows[0].id;
  const run = randomUUID().slice(0, 8);
  const residents: { token: string; committee: (typeof committees)[number]; cases: string[] }[] = [];
  for (let i = 0; i < 200; i++) {
    const id = await person(`bench:${run}:resident:${i}`);
    await db.query(`insert into privacy_consent (user_id, version) values ($1, '2026-11-01')`, [id]);
    residents.push({ token: (await issueAccessToken(secrets, id, 0)).token, committee: committees[i % committees.length], cases: [] });
  }
  const admins: { token: string; committee: (typeof committees)[number]; filed: { id: string; version: number }[] }[] = [];
  for (const committee of committees) {
    const id = await person(`bench:${run}:admin:${committee.id}`);
    await db.query(`insert into staff_assignment (role, display_name, user_id, committee_id, bound_at) values ('COMMITTEE_ADMIN', '调委会管理员', $1, $2, now())`, [id, committee.id]);
    admins.push({ token: (await issueAccessToken(secrets, id, 0)).token, committee, filed: [] });
  }
  const justiceId = await person(`bench:${run}:justice`);
  await db.query(`insert into staff_assignment (role, display_name, user_id, region_code, bound_at) values ('JUSTICE_OFFICE', '司法厅', $1, $2, now())`, [justiceId, province]);
  const justice = (await issueAccessToken(secrets, justiceId, 0)).token;
  await db.end();

  let filings = 0;
  const operations: Operation[] = [
    { name: 'menu (resident)', weight: 30, make: (u) => ({ query: MENU, variables: { r: residents[u % residents.length].committee.region_code.slice(0, 6) }, token: null }) },
    { name: 'my cases (resident)', weight: 15, make: (u) => ({ query: MY_CASES, variables: {}, token: residents[u % residents.length].token }) },
    {
      name: 'case page (resident)', weight: 15, make: (u) => {
        const resident = residents[u % residents.length];
        const id = resident.cases[resident.cases.length - 1];
        return id ? { query: CASE_PAGE, variables: { id }, token: resident.token } : null;
      },
    },
    {
      name: 'file a case (resident)', weight: 5, make: (u) => {
        const resident = residents[u % residents.length];
        const committee = resident.committee;
        return {
          query: FILE, token: resident.token,
          variables: { input: { idempotencyKey: randomUUID(), disputeType: 'NEIGHBOURHOOD', regionCode: committee.region_code, committeeId: String(committee.id),
            // A different respondent each time: one respondent filed against again and again is a warning cluster, not an ordinary hour.
            facts: '邻居装修噪音影响休息，多次沟通未果。', claims: '请求调解，约定施工时间', applicants: [{ name: '申请人' }], respondents: [{ name: respondentName(filings++) }] } },
          after: (data: { fileCase: { id: string; version: number } }) => {
            resident.cases.push(data.fileCase.id);
            admins.find((a) => a.committee.id === committee.id)?.filed.push({ id: data.fileCase.id, version: data.fileCase.version });
          },
        };
      },
    },
    { name: 'inbox (committee)', weight: 15, make: (u) => ({ query: INBOX, variables: { c: String(admins[u % admins.length].committee.id) }, token: admins[u % admins.length].token }) },
    {
      name: 'accept a case (committee)', weight: 5, make: (u) => {
        const admin = admins[u % admins.length];
        const next = admin.filed.shift();
        return next ? { query: ACCEPT, variables: { id: next.id, v: next.version }, token: admin.token } : null;
      },
    },
    { name: 'dashboard (justice office)', weight: 15, make: () => ({ query: DASHBOARD, variables: { r: province }, token: justice }) },
  ];
  const totalWeight = operations.reduce((s, o) => s + o.weight, 0);
  const pick = (r: number) => {
    let at = r * totalWeight;
    for (const op of operations) if ((at -= op.weight) < 0) return op;
    return operations[0];
  };

  const rounds: MixedRound[] = [];
  const most = Math.max(...options.instanceCounts);
  const targets = await Promise.all(Array.from({ length: most }, () => startInstance(databaseUrl, secret)));
  const send = async (port: number, request: NonNullable<ReturnType<Operation['make']>>) => {
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(request.token ? { authorization: `Bearer ${request.token}` } : {}) },
      body: JSON.stringify({ query: request.query, variables: request.variables }),
    });
    return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: unknown[] } };
  };
  try {
    // Every resident starts the hour with one case of their own (their cases and case page have something to show).
    const filing = operations.find((o) => o.name.startsWith('file'))!;
    for (let i = 0; i < residents.length; i += 8) {
      await Promise.all(residents.slice(i, i + 8).map(async (_, j) => {
        const request = filing.make(i + j)!;
        const { status, body } = await send(targets[0].port, request);
        if (status !== 200 || body.errors) throw new Error(`mixed load: filing a resident's first case: ${status} ${JSON.stringify(body.errors)}`);
        request.after?.(body.data as never);
      }));
    }
    for (let round = 0; round < options.rounds; round++) {
      for (const count of round % 2 === 0 ? options.instanceCounts : [...options.instanceCounts].reverse()) {
        const ports = targets.slice(0, count).map((t) => t.port);
        const samples = new Map<string, { ms: number[]; errors: number }>(operations.map((o) => [o.name, { ms: [], errors: 0 }]));
        const deadline = Date.now() + options.seconds * 1000;
        let next = 0;
        const started = process.hrtime.bigint();
        await Promise.all(Array.from({ length: options.users }, async (_, user) => {
          while (Date.now() < deadline) {
            const op = pick(Math.random());
            const request = op.make(user + next);
            if (!request) continue;
            const port = ports[next++ % ports.length];
            const t0 = process.hrtime.bigint();
            const sample = samples.get(op.name)!;
            try {
              const { status, body } = await send(port, request);
              sample.ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
              if (status !== 200 || body.errors) {
                sample.errors++;
                if (sample.errors <= 3) log(`  ${op.name}: ${status} ${JSON.stringify(body.errors).slice(0, 300)}`);
              } else request.after?.(body.data as never);
            } catch (error) {
              sample.errors++;
              if (sample.errors <= 3) log(`  ${op.name}: ${String(error)}`);
            }
          }
        }));
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const perOperation: MixedRound['perOperation'] = {};
        for (const [name, { ms, errors }] of samples) {
          ms.sort((a, b) => a - b);
          const at = (q: number) => ms[Math.min(ms.length - 1, Math.max(0, Math.ceil(q * ms.length) - 1))] ?? 0;
          perOperation[name] = { count: ms.length, errors, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
        }
        const total = Object.values(perOperation).reduce((s, o) => s + o.count, 0);
        const errors = Object.values(perOperation).reduce((s, o) => s + o.errors, 0);
        rounds.push({ instances: count, round, seconds, perOperation, total, errors });
        log(`  ${count} instance(s), round ${round + 1}: ${(total / seconds).toFixed(0)} req/s, ${errors} errors`);
      }
    }
  } finally {
    await Promise.all(targets.map((t) => t.stop()));
  }
  return { rounds, users: options.users, seconds: options.seconds, operations: operations.map((o) => ({ name: o.name, weight: o.weight })) };
}

/** One API instance as a child process (production configuration), with the job runner on. */
function startInstance(databaseUrl: string, secret: string): Promise<{ port: number; stop(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = fork(path.join(__dirname, 'api-target.js'), [], {
      env: { ...process.env, BENCH_DATABASE_URL: databaseUrl, BENCH_AUTH_TOKEN_SECRET: secret, BENCH_JOBS: 'true' },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      const port = /listening (\d+)/.exec(chunk.toString())?.[1];
      if (port) {
        resolve({
          port: Number(port),
          stop: () => new Promise((done) => {
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`API instance exited with ${code}`)));
  });
}

/** The BENCHMARKS.md section: per operation, one instance beside two, with the rounds' range. */
export function mixedLoadSection(result: Awaited<ReturnType<typeof benchMixedLoad>>, cases: number): string[] {
  const counts = [...new Set(result.rounds.map((r) => r.instances))].sort();
  const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / Math.max(1, list.length);
  const range = (list: number[]) => `${Math.min(...list).toFixed(0)}–${Math.max(...list).toFixed(0)}`;
  const lines = [
    '## A busy hour, one instance and two',
    '',
    `Over the scale network with ${cases.toLocaleString('en')} cases (\`--only mixed\` reruns this section alone).`,
    `${result.users} virtual users without pauses, each request an operation picked by weight (${result.operations.map((o) => `${o.name} ${o.weight}`).join(', ')}),`,
    `spread over the instances in turn; every instance also runs the background jobs (statistics fold, notifications, deadlines).`,
    `${new Set(result.rounds.map((r) => r.round)).size} rounds of ${result.seconds} s per configuration, alternating which goes first. The database, the instances and the load`,
    'generator share the same 2 cores: a second instance adds no processor, so this shows what a second process costs or saves here,',
    'not what a second machine would add. The bench instances lift the per-address and per-person rate limits (one load generator',
    'stands in for thousands of phones).',
    '',
    `| configuration | req/s (range) | errors |`,
    '|---|---:|---:|',
    ...counts.map((n) => {
      const rs = result.rounds.filter((r) => r.instances === n);
      const rates = rs.map((r) => r.total / r.seconds);
      return `| ${n} instance${n > 1 ? 's' : ''} | ${mean(rates).toFixed(0)} (${range(rates)}) | ${rs.reduce((s, r) => s + r.errors, 0)} |`;
    }),
    ...noiseNote(result.rounds, counts),
    '',
    `| operation | ${counts.map((n) => `${n} instance${n > 1 ? 's' : ''}: count · p50 / p95 / p99 ms`).join(' | ')} |`,
    `|---|${counts.map(() => '---:').join('|')}|`,
    ...result.operations.map(({ name }) => `| ${name} | ${counts.map((n) => {
      const rs = result.rounds.filter((r) => r.instances === n).map((r) => r.perOperation[name]);
      return `${rs.reduce((s, o) => s + o.count, 0)} · ${mean(rs.map((o) => o.p50)).toFixed(1)} / ${mean(rs.map((o) => o.p95)).toFixed(1)} / ${mean(rs.map((o) => o.p99)).toFixed(1)}`;
    }).join(' | ')} |`),
  ];
  return lines;
}

/** Whether the rounds' ranges of throughput overlap: then the difference is within the machine's noise. */
function noiseNote(rounds: MixedRound[], counts: number[]): string[] {
  const ranges = counts.map((n) => rounds.filter((r) => r.instances === n).map((r) => r.total / r.seconds)).map((rates) => [Math.min(...rates), Math.max(...rates)]);
  const overlap = ranges.every(([low, high]) => ranges.every(([otherLow, otherHigh]) => low <= otherHigh && otherLow <= high));
  return overlap ? ['', 'The ranges overlap: the difference between the configurations is within this machine\'s noise, not a finding.'] : [];
}
