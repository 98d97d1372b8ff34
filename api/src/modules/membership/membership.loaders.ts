import DataLoader from 'dataloader';
import { groupBy } from '../../shared/batch';
import type { Db } from '../../shared/db';
import type { CommitteeView } from '../committee/committee.view';
import type { MediatorView } from '../mediator/mediator.view';
import { memberCounts, membersOfCommittees, membershipsOfMediators } from './membership.queries';
import type { MembershipRole } from './membership-role';
import type { MembershipView } from './membership.view';

type MembershipWithCommittee = CommitteeView & { membershipId: number; mediatorId: number; role: MembershipRole };
type MembershipWithMediator = MediatorView & { membershipId: number; committeeId: number; role: MembershipRole };

export interface RelatedLoaders {
  committeeById: DataLoader<number, CommitteeView | null>;
  mediatorById: DataLoader<number, MediatorView | null>;
}

export const membershipLoaders = (db: Db, related: RelatedLoaders) => {
  const membersByLimit = new Map<number, DataLoader<number, MembershipView[]>>();
  return {
    membershipsOfMediator: new DataLoader<number, MembershipView[]>(async (mediatorIds) => {
      const rows = await db.rows<MembershipWithCommittee>(membershipsOfMediators(mediatorIds));
      const memberships: MembershipView[] = rows.map((row) => {
        const { membershipId, mediatorId, role } = row;
        related.committeeById.prime(row.id, row);
        return {
          id: membershipId,
          role,
          committeeId: row.id,
          mediatorId,
          committee: row,
          mediator: () => related.mediatorById.load(mediatorId),
        };
      });
      return groupBy(memberships, mediatorIds, (m) => m.mediatorId);
    }),
    /** One loader per page size, so `members(first: n)` batches across all committees in the response. */
    membersOfCommittee(perCommittee: number) {
      let loader = membersByLimit.get(perCommittee);
      if (!loader) {
        loader = new DataLoader<number, MembershipView[]>(async (committeeIds) => {
          const rows = await db.rows<MembershipWithMediator>(membersOfCommittees(committeeIds, perCommittee));
          const memberships: MembershipView[] = rows.map((row) => {
            const { membershipId, committeeId, role } = row;
            related.mediatorById.prime(row.id, row);
            return {
              id: membershipId,
              role,
              committeeId,
              mediatorId: row.id,
              mediator: row,
              committee: () => related.committeeById.load(committeeId),
            };
          });
          return groupBy(memberships, committeeIds, (m) => m.committeeId);
        });
        membersByLimit.set(perCommittee, loader);
      }
      return loader;
    },
    memberCount: new DataLoader<number, number>(async (committeeIds) => {
      const rows = await db.rows<{ committeeId: number; count: number }>(memberCounts(committeeIds));
      const counts = new Map(rows.map((r) => [r.committeeId, r.count]));
      return committeeIds.map((id) => counts.get(id) ?? 0);
    }),
  };
};
