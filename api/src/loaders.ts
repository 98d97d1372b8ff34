import type { Db } from './shared/db';
import { committeeLoaders } from './modules/committee/committee.loaders';
import { gridLoaders } from './modules/grid/grid.loaders';
import { mediatorLoaders } from './modules/mediator/mediator.loaders';
import { membershipLoaders } from './modules/membership/membership.loaders';
import { regionLoaders } from './modules/region/region.loaders';
import { statisticsLoaders } from './modules/statistics/statistics.loaders';
import { warningLoaders } from './modules/warning/warning.loaders';

/** Every DataLoader of one request: each relation costs one query per response, not per parent. */
export function createLoaders(db: Db) {
  const committees = committeeLoaders(db);
  const mediators = mediatorLoaders(db);
  return {
    ...regionLoaders(db),
    ...committees,
    ...mediators,
    ...membershipLoaders(db, { committeeById: committees.committeeById, mediatorById: mediators.mediatorById }),
    ...gridLoaders(db),
    ...warningLoaders(db),
    ...statisticsLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
