import { Client } from 'pg';

/**
 * Many staff changing different cases of one province at once (issue 14). Every change of a case
 * counts in the same province and prefecture rows of `statistics_rollup` (and the daily rollup) for
 * its month. When the trigger upserted those rows inside the change's transaction, concurrent
 * writers queued on their row locks until each committed; now it appends to the delta tables and
 * `statistics_fold()` sums them in (here every second, as the job runner does). Measured with the
 * statistics trigger on and off, interleaved, on the worst case: every case accepted in the same
 * month, so every writer counts in the same hot rows.
 *
 * Each writer has its own connection and its own cases, and flips a case's outcome
 * (成功 ⇄ 不成) twice in a row, each flip its own committed transaction, so every round leaves the
 * figures as it found them — with the trigger off too. The rollup's checksum before and after
 * proves it stayed exact; deadlocks are counted (PostgreSQL error 40P01) and must be zero.
 */
export interface WriteRun {
  writers: number;
  trigger: boolean;
  round: number;
  commits: number;
  seconds: number;
  p50: number;
  p99: number;
  deadlocks: number;
  errors: number;
  folds: number;
}

const FLIP = `update mediation_case set status = case when status = 'FAILED' then 'SUCCEEDED' else 'FAILED' end::case_status where id = $1`;
const CASES_PER_WRITER = 16;

export async function benchConcurrentWrites(url: string, options: { writerCounts: number[]; seconds: number; rounds: number; log?: (line: string) => void }) {
  const log = options.log ?? (() => undefined);
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    const most = Math.max(...options.writerCounts);
    // The month with the most closed cases, and enough of them for every writer to have its own.
    const { rows: hot } = await admin.query<{ id: number; month: string }>(
      `with m as (select date_trunc('month', accepted_at) as month from mediation_case where status in ('SUCCEEDED', 'FAILED')
                  group by 1 order by count(*) desc limit 1)
       select c.id, to_char(m.month, 'YYYY-MM') as month from mediation_case c, m
       where c.status in ('SUCCEEDED', 'FAILED') and date_trunc('month', c.accepted_at) = m.month order by c.id limit $1`,
      [most * CASES_PER_WRITER],
    );
    if (hot.length < most * CASES_PER_WRITER) throw new Error(`concurrent writes: ${hot.length} closed cases in one month, ${most * CASES_PER_WRITER} needed`);
    const [{ regions }] = (await admin.query<{ regions: string }>(`select count(distinct region_code)::text as regions from mediation_case where id = any($1)`, [hot.map((h) => h.id)])).rows;
    // Folded first: the rollup itself, with every appended contribution in it.
    const checksum = async () =>
      (await admin.query('select statistics_fold()')) &&
      (await admin.query<{ sum: string }>(`select md5(string_agg(r::text, ',' order by subject, dimension, month, value)) as sum from statistics_rollup r where subject like 'r:%'`)).rows[0].sum;
    const before = await checksum();
    const runs: WriteRun[] = [];
    for (let round = 0; round < options.rounds; round++) {
      for (const writers of options.writerCounts) {
        // Interleaved: with and without the trigger back to back at every size, in alternating order.
        for (const trigger of round % 2 === 0 ? [true, false] : [false, true]) {
          await admin.query(`alter table mediation_case ${trigger ? 'enable' : 'disable'} trigger statistics_case`);
          const run = await writeLoad(url, writers, options.seconds, hot.map((h) => h.id), trigger);
          runs.push({ ...run, writers, trigger, round });
          log(`  ${writers} writers, trigger ${trigger ? 'on ' : 'off'}: ${(run.commits / run.seconds).toFixed(0)} commits/s, p50 ${run.p50.toFixed(1)} ms, p99 ${run.p99.toFixed(1)} ms, deadlocks ${run.deadlocks}`);
        }
      }
    }
    await admin.query('alter table mediation_case enable trigger statistics_case');
    const after = await checksum();
    if (before !== after) throw new Error('concurrent writes: the statistics rollup changed although every case was put back');
    return { runs, month: hot[0].month, regions: Number(regions), casesPerWriter: CASES_PER_WRITER, rollupUnchanged: true };
  } finally {
    await admin.query('alter table mediation_case enable trigger statistics_case').catch(() => undefined);
    await admin.end();
  }
}

async function writeLoad(url: string, writers: number, seconds: number, ids: number[], fold: boolean) {
  const clients = await Promise.all(Array.from({ length: writers }, async () => {
    const client = new Client({ connectionString: url });
    await client.connect();
    return client;
  }));
  const latencies: number[] = [];
  let deadlocks = 0;
  let errors = 0;
  const started = process.hrtime.bigint();
  const deadline = Date.now() + seconds * 1000;
  const flip = async (client: Client, id: number) => {
    for (;;) {
      const t0 = process.hrtime.bigint();
      try {
        await client.query(FLIP, [id]);
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
        return;
      } catch (error) {
        // A refused flip is retried, so the pair still puts the case back.
        if ((error as { code?: string }).code === '40P01') deadlocks++;
        else errors++;
        if (errors > 100) throw error;
      }
    }
  };
  // With the trigger on, the deltas are folded every second meanwhile, as the job runner does.
  const folder = fold ? new Client({ connectionString: url }) : null;
  await folder?.connect();
  let folds = 0;
  const folding = (async () => {
    while (folder && Date.now() < deadline) {
      await folder.query('select statistics_fold()');
      folds++;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  })();
  await Promise.all(clients.map(async (client, w) => {
    const mine = ids.slice(w * CASES_PER_WRITER, (w + 1) * CASES_PER_WRITER);
    for (let i = 0; Date.now() < deadline; i++) {
      const id = mine[i % mine.length];
      await flip(client, id);
      await flip(client, id);
    }
  }));
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  await folding;
  await Promise.all([...clients, ...(folder ? [folder] : [])].map((c) => c.end()));
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)] ?? 0;
  return { commits: latencies.length, seconds: elapsed, p50: at(0.5), p99: at(0.99), deadlocks, errors, folds };
}

/** The BENCHMARKS.md section: per writer count, both modes side by side with the rounds' range. */
export function concurrentWritesSection(result: Awaited<ReturnType<typeof benchConcurrentWrites>>, cases: number): string[] {
  const { runs } = result;
  const counts = [...new Set(runs.map((r) => r.writers))];
  const rounds = new Set(runs.map((r) => r.round)).size;
  const seconds = runs[0]?.seconds ?? 0;
  const mean = (list: number[]) => list.reduce((a, b) => a + b, 0) / Math.max(1, list.length);
  const range = (list: number[]) => `${Math.min(...list).toFixed(0)}–${Math.max(...list).toFixed(0)}`;
  const lines = [
    '## Writes under concurrency',
    '',
    `Concurrent writers, each on its own connection, each flipping the outcome of its own ${result.casesPerWriter} cases (one committed`,
    `transaction per change) among ${cases.toLocaleString('en')} cases of one province — all accepted in ${result.month}, so every change counts in the`,
    `same province and prefecture rows of the statistics rollup (the worst case; the cases are in ${result.regions} counties). With the`,
    `statistics trigger on and off, interleaved (${rounds} rounds of ~${seconds.toFixed(0)} s per cell, alternating which goes first). Figures are`,
    'means over the rounds with the per-round range; latency is per committed change. After all rounds the rollup\'s checksum is',
    `the one before (every change was undone by its pair): ${result.rollupUnchanged ? 'identical' : 'DIFFERENT'}.`,
    '',
    '| writers | trigger on: commits/s (range) | off: commits/s (range) | on ÷ off | on p50 / p99 ms | off p50 / p99 ms | deadlocks | errors |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const writers of counts) {
    const on = runs.filter((r) => r.writers === writers && r.trigger);
    const off = runs.filter((r) => r.writers === writers && !r.trigger);
    const rate = (list: WriteRun[]) => list.map((r) => r.commits / r.seconds);
    lines.push(
      `| ${writers} | ${mean(rate(on)).toFixed(0)} (${range(rate(on))}) | ${mean(rate(off)).toFixed(0)} (${range(rate(off))}) | ` +
        `**${((mean(rate(on)) / mean(rate(off))) * 100).toFixed(0)} %** | ${mean(on.map((r) => r.p50)).toFixed(1)} / ${mean(on.map((r) => r.p99)).toFixed(1)} | ` +
        `${mean(off.map((r) => r.p50)).toFixed(1)} / ${mean(off.map((r) => r.p99)).toFixed(1)} | ${[...on, ...off].reduce((s, r) => s + r.deadlocks, 0)} | ` +
        `${[...on, ...off].reduce((s, r) => s + r.errors, 0)} |`,
    );
  }
  return lines;
}
