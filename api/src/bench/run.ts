/**
 * `npm run bench [-- --mediators N --committees M --duration S --connections C --rounds R --cases N --only pages|writes|mixed --scenarios a,f]`
 *
 * Seeds a scale dataset into its own database, then measures: the statistics over `--cases` cases,
 * concurrent writes, a busy hour on one and two instances, and the pages people open against
 * PostGraphile and two ceilings (pages.ts) — and writes BENCHMARKS.md. Servers run as child
 * processes; the load generator is this process.
 */
import { existsSync } from 'node:fs';
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { Client } from 'pg';
import { loadConfig, PROJECT_ROOT } from '../config';
import { createOrm, migrateToLatest } from '../database/orm';
import { provideDatabase, withDatabaseName } from '../database/provide-database';
import { insertDataset } from '../seed/insert-dataset';
import { buildNetwork } from '../seed/network';
import { Random } from '../seed/random';
import { scalePlan } from '../seed/scale';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { createContext } from '../context';
import { WeChatClient } from '../modules/identity/wechat.client';
import type { StatisticsSource } from '../modules/statistics/statistics.queries';
import { StatisticsService } from '../modules/statistics/statistics.service';
import { MAIN_PACKAGE_LIMIT, SUBPACKAGE_LIMIT, weappPackageSizes } from './weapp-size';
import { resolveSecrets } from '../secrets';
import { insertScaleCases } from '../seed/scale-cases';
import { benchConcurrentWrites, concurrentWritesSection } from './concurrent-writes';
import { benchMixedLoad, mixedLoadSection } from './mixed-load';
import { benchPages, pagesSection } from './pages';

const DATABASE = 'tiaojie_bench';

async function main() {
  const { values } = parseArgs({
    options: {
      mediators: { type: 'string', default: '20000' },
      committees: { type: 'string', default: '2000' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '8' },
      rounds: { type: 'string', default: '2' },
      cases: { type: 'string', default: '1000000' },
      writers: { type: 'string', default: '1,8,32,64' },
      'write-seconds': { type: 'string', default: '5' },
      'write-rounds': { type: 'string', default: '2' },
      // `--only writes` / `--only mixed`: seed the cases and run that benchmark alone; its section of BENCHMARKS.md is replaced.
      only: { type: 'string' },
      // `--scenarios a,f`: only these pages (for trying a change; the pages section then holds only them).
      scenarios: { type: 'string' },
      'mixed-seconds': { type: 'string', default: '10' },
      'mixed-rounds': { type: 'string', default: '2' },
      'mixed-users': { type: 'string', default: '32' },
    },
  });
  const [mediators, committees, duration, connections, rounds] = [values.mediators, values.committees, values.duration, values.connections, values.rounds].map(Number) as [number, number, number, number, number];
  const config = loadConfig({ ...process.env, LOG_REQUESTS: 'false' });
  const server = await provideDatabase(config);
  const admin = new Client({ connectionString: withDatabaseName(server.url, 'postgres') });
  await admin.connect();
  await admin.query(`drop database if exists ${DATABASE} with (force)`);
  await admin.query(`create database ${DATABASE}`);
  await admin.end();
  const url = withDatabaseName(server.url, DATABASE);

  const orm = await createOrm(url);
  await migrateToLatest(orm);
  const data = buildNetwork(scalePlan({ mediators, committees }), new Random(1));
  const seeded = Date.now();
  await insertDataset(orm.em.fork(), data);
  await orm.em.fork().getConnection().execute('analyze');
  console.log(`seeded ${committees} committees, ${mediators} mediators, ${data.membership.length} memberships in ${((Date.now() - seeded) / 1000).toFixed(1)} s`);
  const writeOptions = {
    writerCounts: values.writers.split(',').map(Number),
    seconds: Number(values['write-seconds']),
    rounds: Number(values['write-rounds']),
    log: (line: string) => console.log(line),
  };
  const region = String(data.region.find((r) => r.level === 'COUNTY')?.code);
  const pagesOptions = { region, seconds: duration, rounds, connections, only: values.scenarios?.split(','), log: (line: string) => console.log(line) };
  const dataLine = `${committees} committees, ${mediators} mediators, ${data.membership.length} memberships (seed 1)`;
  const mixedOptions = {
    instanceCounts: [1, 2],
    seconds: Number(values['mixed-seconds']),
    rounds: Number(values['mixed-rounds']),
    users: Number(values['mixed-users']),
    log: (line: string) => console.log(line),
  };
  // One benchmark alone, over `--cases` cases: its section of BENCHMARKS.md is replaced.
  const alone: Record<string, () => Promise<string[]>> = {
    writes: async () => concurrentWritesSection(await benchConcurrentWrites(url, writeOptions), Number(values.cases)),
    mixed: async () => mixedLoadSection(await benchMixedLoad(url, mixedOptions), Number(values.cases)),
    pages: async () => pagesSection(await benchPages(url, pagesOptions), pagesOptions, dataLine),
  };
  if (values.only !== undefined) {
    if (!alone[values.only]) throw new Error(`--only ${values.only}: expected one of ${Object.keys(alone).join(', ')}`);
    if (Number(values.cases) > 0) await seedCases(orm, Number(values.cases));
    await orm.close();
    await replaceSection(await alone[values.only]());
    await server.stop();
    return;
  }
  const statistics = await benchStatistics(orm, config, Number(values.cases), String(data.region.find((r) => r.level === 'COUNTY')?.code));
  await orm.close();
  const writes = statistics ? await benchConcurrentWrites(url, writeOptions) : null;
  const mixed = statistics ? await benchMixedLoad(url, mixedOptions) : null;

  const pages = await benchPages(url, pagesOptions);
  await server.stop();

  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench`; numbers from the last run. `npm run bench -- --only pages|writes|mixed` reruns one',
    'section alone and replaces it here.',
    '',
    ...pagesSection(pages, pagesOptions, dataLine),
  ];
  if (statistics) {
    lines.push(
      '',
      '## Statistics at scale',
      '',
      `\`statistics(regionCode, from, to)\` through StatisticsService as a system admin, over ${statistics.cases.toLocaleString('en')} generated cases`,
      `(seeded with their rollup of ${statistics.rollupRows.toLocaleString('en')} rows in ${statistics.seedSeconds.toFixed(0)} s), ${statistics.runs} runs each after 3 warm-ups, one at a time.`,
      'Target: p95 ≤ 50 ms. How: `statistics_rollup` holds sums per committee and per region prefix × month × breakdown (total, type,',
      'channel, mediator), kept by triggers in the same transaction as every change to a case, its agreements, terms and follow-ups.',
      'Whole months are read from it; partial months at a period\'s ends from `statistics_rollup_daily` (province and prefecture',
      'subjects, no mediator breakdown) or else the per-case rows in `case_statistics` (indexed by committee or region, then',
      'acceptance time). The ceiling column is the recount from the source tables, i.e. the same figures computed on the fly',
      '(3 runs, p50); before each timing both answers are checked to be identical.',
      '',
      '| scope | period | accepted | p50 ms | p95 ms | target | top 20 mediators p95 ms | recount p50 ms | speed-up |',
      '|---|---|---:|---:|---:|---|---:|---:|---:|',
      ...statistics.results.map(
        (r) =>
          `| ${r.scope} | ${r.period} | ${r.accepted.toLocaleString('en')} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p95 <= 50 ? '✓' : '✗'} | ` +
          `${r.mediatorsP95.toFixed(1)} | ${r.recountP50.toFixed(0)} | ${(r.recountP50 / r.p50).toFixed(0)}× |`,
      ),
      '',
      'The per-mediator table (`byMediator(first)`) is its own statement, run only when a query selects it: over a province it',
      'sums a row per mediator and month. Generated cases carry one of their committee\'s mediators (all but the withdrawn).',
      '',
      `What exactness costs a write: changing one case's status in its own transaction takes ${statistics.write.withTrigger.toFixed(2)} ms with the`,
      `statistics trigger and ${statistics.write.withoutTrigger.toFixed(2)} ms without (mean of ${statistics.write.updates} updates, each committed).`,
    );
  }
  if (writes && statistics) lines.push('', ...concurrentWritesSection(writes, statistics.cases));
  if (mixed && statistics) lines.push('', ...mixedLoadSection(mixed, statistics.cases));
  lines.push('', ...(await weappSection()));
  await writeFile(path.join(PROJECT_ROOT, 'BENCHMARKS.md'), `${lines.join('\n')}\n`);
  console.log(lines.join('\n'));
}

/**
 * The statistics query over a million cases: for one county and for the whole dataset, over a
 * month-aligned report period (rollup only) and a period with partial months at both ends (rollup
 * plus per-case rows). In process, through the service as a system admin, so the figure is the query
 * path itself. The ceiling to compare with is the recount from the source tables — what every
 * request cost before the rollup — whose answer must be identical. Then what the triggers cost a write.
 */
/** Puts `section` (a `## ` heading and its lines) in BENCHMARKS.md in place of the one with the same heading, or at the end. */
async function replaceSection(section: string[]) {
  const file = path.join(PROJECT_ROOT, 'BENCHMARKS.md');
  const lines = (await readFile(file, 'utf8')).trimEnd().split('\n');
  const start = lines.indexOf(section[0]);
  const end = start < 0 ? -1 : lines.findIndex((line, i) => i > start && line.startsWith('## '));
  const next = start < 0 ? [...lines, '', ...section] : [...lines.slice(0, start), ...section, ...(end < 0 ? [] : ['', ...lines.slice(end)])];
  await writeFile(file, `${next.join('\n')}\n`);
  console.log(section.join('\n'));
}

/** A system admin and `cases` generated cases with their rollup. */
async function seedCases(orm: MikroORM, cases: number) {
  const em = orm.em.fork();
  const connection = em.getConnection();
  const [admin] = await connection.execute<[{ id: number }]>("insert into user_account (openid) values ('bench:admin') returning id");
  await connection.execute("insert into staff_assignment (role, display_name, user_id, bound_at) values ('SYSTEM_ADMIN', 'bench', ?, now())", [admin.id]);
  const started = Date.now();
  await insertScaleCases(em, cases, admin.id);
  await connection.execute('analyze');
  return { adminId: admin.id, seedSeconds: (Date.now() - started) / 1000 };
}

async function benchStatistics(orm: MikroORM, config: Config, cases: number, countyCode: string) {
  if (cases <= 0) return null;
  const connection = orm.em.fork().getConnection();
  const { adminId, seedSeconds } = await seedCases(orm, cases);
  const admin = { id: adminId };
  const [{ rows: rollupRows }] = await connection.execute<[{ rows: number }]>('select count(*)::int as rows from statistics_rollup');
  console.log(`seeded ${cases} cases and their rollup (${rollupRows} rows) in ${seedSeconds.toFixed(0)} s`);
  const secrets = await resolveSecrets({ ...config, authTokenSecret: 'x'.repeat(48), dataEncryptionKey: Buffer.alloc(32, 1).toString('base64') });
  const deps = { orm, config, secrets, wechat: new WeChatClient(config.wechat) };
  const timed = async (runs: number, warmUps: number, call: () => Promise<unknown>) => {
    const times: number[] = [];
    for (let i = 0; i < runs + warmUps; i++) {
      const t0 = process.hrtime.bigint();
      await call();
      if (i >= warmUps) times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
    return { p50: at(0.5), p95: at(0.95) };
  };
  const runs = 30;
  const results = [];
  const periods = [
    { name: 'report period', from: '2025-01-01', to: '2026-11-01' },
    { name: 'partial months at both ends', from: '2025-01-15', to: '2026-10-20' },
  ];
  for (const [scope, regionCode] of [[`one county (${countyCode})`, countyCode], ['the whole dataset (province 99)', '99']] as const) {
    for (const period of periods) {
      const input = { regionCode, from: period.from, to: period.to };
      const service = (source: StatisticsSource) => new StatisticsService(createContext(deps, { auth: { userId: admin.id, sessionVersion: 0 } }), source);
      const compute = (source: StatisticsSource) => service(source).compute(input);
      const [kept, recounted] = [await compute('rollup'), await compute('recount')];
      const figuresOf = ({ query: _query, ...figures }: Awaited<ReturnType<typeof compute>>) => figures;
      if (!isDeepStrictEqual(figuresOf(kept), figuresOf(recounted))) throw new Error(`statistics for ${scope}, ${period.name}: the rollup and the recount disagree`);
      const topMediators = (view: typeof kept, source: StatisticsSource) => service(source).byMediator(view, 20);
      if (!isDeepStrictEqual(await topMediators(kept, 'rollup'), await topMediators(recounted, 'recount'))) {
        throw new Error(`per-mediator statistics for ${scope}, ${period.name}: the rollup and the recount disagree`);
      }
      const rollup = await timed(runs, 3, () => compute('rollup'));
      const mediators = await timed(runs, 3, () => topMediators(kept, 'rollup'));
      const recount = await timed(3, 0, () => compute('recount'));
      results.push({ scope, period: `${period.name} (${period.from} – ${period.to})`, accepted: kept.accepted, ...rollup, mediatorsP95: mediators.p95, recountP50: recount.p50 });
      console.log(
        `statistics, ${scope}, ${period.name}: p50 ${rollup.p50.toFixed(1)} ms, p95 ${rollup.p95.toFixed(1)} ms; top 20 mediators p95 ${mediators.p95.toFixed(1)} ms; recount ${recount.p50.toFixed(0)} ms`,
      );
    }
  }

  // The write side: one case's status changed in its own transaction, with the statistics trigger and without.
  const ids = (await connection.execute<{ id: number }[]>('select id from mediation_case order by id limit 400')).map((r) => r.id);
  const flip = `update mediation_case set status = case when status = 'FAILED' then 'SUCCEEDED' else 'FAILED' end::case_status where id = ?`;
  const writeRound = async () => {
    const t0 = process.hrtime.bigint();
    // Twice each, so a round leaves every case as it found it (and the rollup exact when the trigger is off).
    for (const id of [...ids, ...ids]) await connection.execute(flip, [id]);
    return Number(process.hrtime.bigint() - t0) / 1e6 / (ids.length * 2);
  };
  const withTrigger = await writeRound();
  await connection.execute('alter table mediation_case disable trigger statistics_case');
  const withoutTrigger = await writeRound();
  await connection.execute('alter table mediation_case enable trigger statistics_case');
  console.log(`a case update: ${withTrigger.toFixed(2)} ms with the statistics trigger, ${withoutTrigger.toFixed(2)} ms without`);
  return { cases, seedSeconds, rollupRows, runs, results, write: { withTrigger, withoutTrigger, updates: ids.length * 2 } };
}

/** The WeChat build's package sizes (npm run build:miniprogram makes it; npm test does too). */
async function weappSection(): Promise<string[]> {
  const dist = path.join(PROJECT_ROOT, 'miniprogram/dist/weapp');
  const head = ['## Mini-program package sizes', ''];
  if (!existsSync(path.join(dist, 'app.json'))) return [...head, 'Not measured: no weapp build (run `npm run build:miniprogram` first).'];
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  return [
    ...head,
    'Bytes of the production weapp build per package, every file counted as WeChat uploads it (project.config.json excluded).',
    'Limits: the main package ≤ 700 KB (our budget; WeChat allows 2 MB), each subpackage ≤ 2 MB. `test/weapp-build.test.ts` enforces both.',
    '',
    '| package | files | size | limit | within |',
    '|---|---:|---:|---:|---|',
    ...(await weappPackageSizes(dist)).map((p) => {
      const limit = p.name === 'main' ? MAIN_PACKAGE_LIMIT : SUBPACKAGE_LIMIT;
      return `| ${p.name} | ${p.files} | ${kb(p.bytes)} | ${kb(limit)} | ${p.bytes <= limit ? '✓' : '✗'} |`;
    }),
  ];
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
