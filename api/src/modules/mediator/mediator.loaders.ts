import DataLoader from 'dataloader';
import { groupBy, indexBy } from '../../shared/batch';
import type { Db } from '../../shared/db';
import type { DisputeTypeView } from '../dispute-type/dispute-type.view';
import { mediatorsByIds, specialtiesOfMediators } from './mediator.queries';
import type { MediatorView } from './mediator.view';

export const mediatorLoaders = (db: Db) => ({
  mediatorById: new DataLoader<number, MediatorView | null>(async (ids) =>
    indexBy(await db.rows<MediatorView>(mediatorsByIds(ids)), ids, (m) => m.id),
  ),
  specialtiesOfMediator: new DataLoader<number, DisputeTypeView[]>(async (ids) =>
    groupBy(await db.rows<DisputeTypeView & { mediatorId: number }>(specialtiesOfMediators(ids)), ids, (r) => r.mediatorId),
  ),
});
