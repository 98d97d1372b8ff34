/**
 * `npm run seed:scale -- --mediators N --committees M [--seed S] [--database NAME]`:
 * fills an empty database (default `tiaojie_scale`, on DATABASE_URL's server or the embedded
 * one) with a synthetic network, the same for the same seed.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createOrm, migrateToLatest } from '../database/orm';
import { provideDatabase } from '../database/provide-database';
import { insertDataset } from '../seed/insert-dataset';
import { buildNetwork } from '../seed/network';
import { Random } from '../seed/random';
import { scalePlan } from '../seed/scale';

function positive(name: string, value: string | undefined, fallback: number) {
  const n = value === undefined ? fallback : Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number (got ${value})`);
  return n;
}

async function main() {
  const { values } = parseArgs({
    options: {
      mediators: { type: 'string' },
      committees: { type: 'string' },
      seed: { type: 'string' },
      database: { type: 'string', default: 'tiaojie_scale' },
    },
  });
  const mediators = positive('mediators', values.mediators, 10_000);
  const committees = positive('committees', values.committees, 1_000);
  const seed = positive('seed', values.seed, 1);
  const config = loadConfig();
  const database = await provideDatabase(config, { database: values.database });
  const orm = await createOrm(database.url);
  try {
    await migrateToLatest(orm);
    const em = orm.em.fork();
    const [{ count }] = await em.getConnection().execute<[{ count: number }]>('select count(*)::int as count from region');
    if (count > 0) throw new Error(`database ${values.database} is not empty; drop it or pass --database another_name`);
    const started = Date.now();
    const data = buildNetwork(scalePlan({ mediators, committees }), new Random(seed));
    await insertDataset(em, data);
    console.log(
      `${values.database}: ${data.committee.length} committees, ${data.mediator.length} mediators, ${data.membership.length} memberships, ` +
        `${data.region.length} regions in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await orm.close();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
