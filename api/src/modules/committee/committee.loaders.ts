import DataLoader from 'dataloader';
import { groupBy, indexBy } from '../../shared/batch';
import type { Db } from '../../shared/db';
import type { DisputeTypeView } from '../dispute-type/dispute-type.view';
import { committeesByIds, disputeTypesOfCommittees } from './committee.queries';
import type { CommitteeView } from './committee.view';

export const committeeLoaders = (db: Db) => ({
  committeeById: new DataLoader<number, CommitteeView | null>(async (ids) =>
    indexBy(await db.rows<CommitteeView>(committeesByIds(ids)), ids, (c) => c.id),
  ),
  disputeTypesOfCommittee: new DataLoader<number, DisputeTypeView[]>(async (ids) =>
    groupBy(await db.rows<DisputeTypeView & { committeeId: number }>(disputeTypesOfCommittees(ids)), ids, (r) => r.committeeId),
  ),
});
