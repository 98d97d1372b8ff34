import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { describedBy } from '../../shared/labels';
import { Mediator } from '../mediator/mediator.entity';
import { CaseParty } from './case-party.entity';
import { MediationCase } from './case.entity';

export enum MediatorRequestStatus {
  PENDING = 'PENDING',
  ARRANGED = 'ARRANGED',
  DECLINED = 'DECLINED',
}
export const MEDIATOR_REQUEST_STATUS_LABEL: Record<MediatorRequestStatus, string> = { PENDING: '待调委会答复', ARRANGED: '已安排', DECLINED: '未能安排' };
registerEnumType(MediatorRequestStatus, { name: 'MediatorRequestStatus', description: '指名调解员的办理结果', valuesConfig: describedBy(MEDIATOR_REQUEST_STATUS_LABEL) });

/**
 * A party names a mediator from the county's published menu who is not on the case's own menu;
 * the committee either arranges it or records why not (the other direction of 回避/调换).
 */
@Entity({ tableName: 'mediator_request' })
@Unique({ name: 'mediator_request_party_mediator_unique', properties: ['party', 'mediator'] })
export class MediatorRequest {
  [OptionalProps]?: 'status' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => MediationCase, { ref: true, deleteRule: 'cascade', index: true })
  mediationCase!: Ref<MediationCase>;

  @ManyToOne(() => CaseParty, { ref: true, deleteRule: 'cascade' })
  party!: Ref<CaseParty>;

  @ManyToOne(() => Mediator, { ref: true, deleteRule: 'restrict' })
  mediator!: Ref<Mediator>;

  /** Why the party trusts this mediator, in their words. */
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Enum({ items: () => MediatorRequestStatus, nativeEnumName: 'mediator_request_status', default: MediatorRequestStatus.PENDING })
  status: MediatorRequestStatus = MediatorRequestStatus.PENDING;

  /** The committee's answer: why it could not be arranged (required then). */
  @Property({ type: 'text', nullable: true })
  answer?: string | null;

  @Property({ type: 'integer', nullable: true })
  answeredByUserId?: number | null;

  @Property({ type: 'datetime', nullable: true })
  answeredAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
