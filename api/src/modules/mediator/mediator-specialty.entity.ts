import { Entity, ManyToOne, type Ref } from '@mikro-orm/core';
import { DisputeType } from '../dispute-type/dispute-type.entity';
import { Mediator } from './mediator.entity';

/** Pivot of Mediator.specialties; explicit so the menu's filter by specialty has its own index. */
@Entity({ tableName: 'mediator_specialty' })
export class MediatorSpecialty {
  @ManyToOne(() => Mediator, { primary: true, ref: true, deleteRule: 'cascade' })
  mediator!: Ref<Mediator>;

  @ManyToOne(() => DisputeType, { primary: true, ref: true, deleteRule: 'restrict', index: true })
  disputeType!: Ref<DisputeType>;
}
