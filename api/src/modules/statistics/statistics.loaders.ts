import DataLoader from 'dataloader';
import type { Db } from '../../shared/db';
import { join, sql } from '../../shared/sql';
import type { OversightScope } from './scope';
import { type FigureRow, figures, type StatisticsPeriod, type StatisticsSource, wholeMonths } from './statistics.queries';

export interface FiguresKey {
  scope: OversightScope;
  period: StatisticsPeriod;
  source: StatisticsSource;
}

/**
 * Whether a period's figures run as a prepared statement: over whole months they read only the
 * monthly rollup (by its key) and the few changes not yet folded into it, so one plan serves every
 * scope and period — and planning that statement costs several times running it. A period with
 * partial months reads per-case rows by a region prefix, which needs its value to use the index:
 * planned each time.
 */
export function preparedFigures(period: StatisticsPeriod, source: StatisticsSource) {
  const months = wholeMonths(period);
  return source === 'rollup' && months !== null && months.first === period.from && months.end === period.to;
}

/** Several periods' figures in one statement: each period's own figures statement, its rows tagged with its place (`k`). */
export const figuresOfPeriods = (keys: readonly FiguresKey[]) =>
  join(keys.map((k, i) => sql`select ${i}::int as k, f.* from (${figures(k.scope, k.period, k.source)}) f`), ' union all ');

/**
 * The figures of every period one request asks for (a dashboard: this period, the one before, a
 * year earlier) in one round trip.
 */
export const statisticsLoaders = (db: Db) => ({
  figures: new DataLoader<FiguresKey, FigureRow[], string>(
    async (keys) => {
      const rows = await db.rows<FigureRow & { k: number }>(figuresOfPeriods(keys), { prepare: keys.every((k) => preparedFigures(k.period, k.source)) });
      return keys.map((_, i) => rows.filter((r) => r.k === i).map(({ k: _k, ...row }) => row));
    },
    { cacheKeyFn: (k) => JSON.stringify([k.scope.subject, k.scope.regionCode, k.period.from, k.period.to, k.source]) },
  ),
});
