import DataLoader from 'dataloader';
import { groupBy } from '../../shared/batch';
import type { Db } from '../../shared/db';
import { officersOfGridUnits } from './grid.queries';
import type { GridOfficerView } from './grid.view';

export const gridLoaders = (db: Db) => ({
  officersOfGridUnit: new DataLoader<number, GridOfficerView[]>(async (ids) =>
    groupBy(await db.rows<GridOfficerView>(officersOfGridUnits(ids)), ids, (o) => o.gridUnitId),
  ),
});
