import DataLoader from 'dataloader';
import { groupBy } from '../../shared/batch';
import type { Db } from '../../shared/db';
import type { CommitteeView } from '../committee/committee.view';
import type { MediatorView } from '../mediator/mediator.view';
import { memberCounts, membersOfCommittees, membershipsOfMediators } from './membership.queries';
import type { MembershipRole } from './membership-role';
import type { MembershipView } from './membership.view';

type MembershipWithCommittee = CommitteeView & { membershipId: number; mediatorId: number; role: MembershipRole };
type MembershipWithMediator = MediatorView & { membershipId: number; committeeId: number; role: MembershipRole; position: string };

export const membershipLoaders = (
  db: Db,
  primeCommittee: (row: CommitteeView) => void,
  primeMediator: (row: MediatorView) => void,
) => {
  const membersByLimit = new Map<number, DataLoader<number, MembershipView[]>>();
  return {
    membershipsOfMediator: new DataLoader<number, MembershipView[]>(async (mediatorIds) => {
      const rows = await db.rows<MembershipWithCommittee>(membershipsOfMediators(mediatorIds));
      const memberships = rows.map(({ membershipId, mediatorId, role, ...committee }) => {
        primeCommittee(committee);
        return { id: membershipId, role, committeeId: committee.id, mediatorId };
      });
      return groupBy(memberships, mediatorIds, (m) => m.mediatorId);
    }),
    /** One loader per page size, so `members(first: n)` batches across all committees in the response. */
    membersOfCommittee(perCommittee: number) {
      let loader = membersByLimit.get(perCommittee);
      if (!loader) {
        loader = new DataLoader<number, MembershipView[]>(async (committeeIds) => {
          const rows = await db.rows<MembershipWithMediator>(membersOfCommittees(committeeIds, perCommittee));
          const memberships = rows.map(({ membershipId, committeeId, role, position: _position, ...mediator }) => {
            primeMediator(mediator);
            return { id: membershipId, role, committeeId, mediatorId: mediator.id };
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
