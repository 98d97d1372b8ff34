import DataLoader from 'dataloader';
import { groupBy, indexBy } from '../../shared/batch';
import type { Db } from '../../shared/db';
import type { DisputeTypeView } from '../dispute-type/dispute-type.view';
import { caseRecordOfMediators, mediatorsByIds, specialtiesOfMediators } from './mediator.queries';
import type { MediatorView } from './mediator.view';

export const mediatorLoaders = (db: Db) => ({
  mediatorById: new DataLoader<number, MediatorView | null>(async (ids) =>
    indexBy(await db.rows<MediatorView>(mediatorsByIds(ids)), ids, (m) => m.id),
  ),
  specialtiesOfMediator: new DataLoader<number, DisputeTypeView[]>(async (ids) =>
    groupBy(await db.rows<DisputeTypeView & { mediatorId: number }>(specialtiesOfMediators(ids)), ids, (r) => r.mediatorId),
  ),
  caseRecordOfMediator: new DataLoader<number, { closed: number; successful: number }>(async (ids) =>
    indexBy(await db.rows<{ mediatorId: number; closed: number; successful: number }>(caseRecordOfMediators(ids)), ids, (r) => r.mediatorId).map(
      (r) => r ?? { closed: 0, successful: 0 },
    ),
  ),
});
