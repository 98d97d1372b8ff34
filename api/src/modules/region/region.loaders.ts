import DataLoader from 'dataloader';
import type { Db } from '../../shared/db';
import { groupBy, indexBy } from '../../shared/batch';
import { regionsByCodes, regionsByParentCodes } from './region.queries';
import type { RegionView } from './region.view';

export const regionLoaders = (db: Db) => ({
  regionByCode: new DataLoader<string, RegionView | null>(async (codes) =>
    // A key lookup every scoped oversight request makes: prepared.
    indexBy(await db.rows<RegionView>(regionsByCodes(codes), { prepare: true }), codes, (r) => r.code),
  ),
  regionChildren: new DataLoader<string, RegionView[]>(async (codes) =>
    groupBy(await db.rows<RegionView>(regionsByParentCodes(codes)), codes, (r) => r.parentCode as string),
  ),
});
