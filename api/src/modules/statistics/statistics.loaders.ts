import DataLoader from 'dataloader';
import type { Db } from '../../shared/db';
import { join, sql } from '../../shared/sql';
import type { OversightScope } from './scope';
import { preparedFigures, type StatisticsFigures, statisticsFigures, type StatisticsPeriod, type StatisticsSource } from './statistics.queries';

export interface FiguresKey {
  scope: OversightScope;
  period: StatisticsPeriod;
  source: StatisticsSource;
}

/** Several periods' answers in one statement: each period's own, its row tagged with its place (`k`). */
export const figuresOfPeriods = (keys: readonly FiguresKey[]) =>
  join(keys.map((k, i) => sql`select ${i}::int as k, ${statisticsFigures(k.scope, k.period, k.source)} as figures`), ' union all ');

/**
 * The figures of every period one request asks for (a dashboard: this period, the one before, a
 * year earlier) in one round trip.
 */
export const statisticsLoaders = (db: Db) => ({
  figures: new DataLoader<FiguresKey, StatisticsFigures, string>(
    async (keys) => {
      const rows = await db.rows<{ k: number; figures: StatisticsFigures }>(figuresOfPeriods(keys), { prepare: keys.every((k) => preparedFigures(k.period, k.source)) });
      return keys.map((_, i) => rows.find((r) => r.k === i)?.figures as StatisticsFigures);
    },
    { cacheKeyFn: (k) => JSON.stringify([k.scope.subject, k.scope.regionCode, k.period.from, k.period.to, k.source]) },
  ),
});
