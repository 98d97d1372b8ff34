import { Entity, ManyToOne, type Ref } from '@mikro-orm/core';
import { DisputeType } from '../dispute-type/dispute-type.entity';
import { Committee } from './committee.entity';

/** Pivot of Committee.disputeTypes; explicit so the filter by dispute type has its own index. */
@Entity({ tableName: 'committee_dispute_type' })
export class CommitteeDisputeType {
  @ManyToOne(() => Committee, { primary: true, ref: true, deleteRule: 'cascade' })
  committee!: Ref<Committee>;

  @ManyToOne(() => DisputeType, { primary: true, ref: true, deleteRule: 'restrict', index: true })
  disputeType!: Ref<DisputeType>;
}
