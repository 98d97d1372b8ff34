import { sql } from '../../shared/sql';
import { committeeColumns } from '../committee/committee.queries';
import { mediatorColumns } from '../mediator/mediator.queries';

/**
 * Active memberships of mediators in active committees, each row carrying its committee so the
 * committee loader is primed and `memberships { committee { name } }` costs no second query.
 */
export const membershipsOfMediators = (mediatorIds: readonly number[]) =>
  sql`select ms.id as "membershipId", ms.mediator_id as "mediatorId", ms.role, ${committeeColumns}
      from membership ms join committee c on c.id = ms.committee_id
      where ms.mediator_id = any(${mediatorIds}::int[]) and ms.active and c.active
      order by ms.mediator_id, ms.role, c.id`;

/** The first `perCommittee` active members of each committee: 主任 first, then by grade. */
export const membersOfCommittees = (committeeIds: readonly number[], perCommittee: number) =>
  sql`select * from (
        select ms.id as "membershipId", ms.committee_id as "committeeId", ms.role, ${mediatorColumns},
               row_number() over (partition by ms.committee_id order by ms.role, m.grade, m.id) as position
        from membership ms join mediator m on m.id = ms.mediator_id
        where ms.committee_id = any(${committeeIds}::int[]) and ms.active and m.active
      ) t where t.position <= ${perCommittee} order by t."committeeId", t.position`;

export const memberCounts = (committeeIds: readonly number[]) =>
  sql`select ms.committee_id as "committeeId", count(*)::int as count
      from membership ms join mediator m on m.id = ms.mediator_id
      where ms.committee_id = any(${committeeIds}::int[]) and ms.active and m.active
      group by ms.committee_id`;
