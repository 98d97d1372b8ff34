import DataLoader from 'dataloader';
import { groupBy, indexBy } from '../../shared/batch';
import type { Db } from '../../shared/db';
import { gridUnitsByIds, officersOfGridUnits } from './grid.queries';
import type { GridOfficerView, GridUnitView } from './grid.view';

export const gridLoaders = (db: Db) => ({
  gridUnitById: new DataLoader<number, GridUnitView | null>(async (ids) => indexBy(await db.rows<GridUnitView>(gridUnitsByIds(ids)), ids, (g) => g.id)),
  officersOfGridUnit: new DataLoader<number, GridOfficerView[]>(async (ids) =>
    groupBy(await db.rows<GridOfficerView>(officersOfGridUnits(ids)), ids, (o) => o.gridUnitId),
  ),
});
