import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Moves the statistics contributions that case changes appended (`statistics_rollup_delta` and its
 * daily twin) into the rollups, in one transaction. One instance at a time (an advisory lock; the
 * others return 0). Figures are exact either way — readers add the deltas — folding keeps reads short.
 */
export async function foldStatistics(orm: MikroORM): Promise<number> {
  const [row] = await orm.em.fork().getConnection().execute<[{ folded: number }]>('select statistics_fold() as folded');
  return row.folded;
}
