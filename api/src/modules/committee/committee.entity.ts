import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { DisputeType } from '../dispute-type/dispute-type.entity';
import { Region } from '../region/region.entity';
import { CommitteeDisputeType } from './committee-dispute-type.entity';
import { CommitteeKind, HostInstitution } from './committee-kind';

@Entity({ tableName: 'committee' })
@Index({
  name: 'committee_region_code_prefix_idx',
  expression: 'create index "committee_region_code_prefix_idx" on "committee" ("region_code" text_pattern_ops)',
})
export class Committee {
  [OptionalProps]?: 'active' | 'createdAt' | 'updatedAt' | 'version' | 'caseDeadlineDays' | 'acceptanceDeadlineDays';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Enum({ items: () => CommitteeKind, nativeEnumName: 'committee_kind', index: true })
  kind!: CommitteeKind;

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict', index: true })
  region!: Ref<Region>;

  /** The committee it reports to (village → township → county), if any. */
  @ManyToOne(() => Committee, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  parent?: Ref<Committee>;

  /** For dispatched rooms: the court, police station, petition bureau or procuratorate hosting it. */
  @Enum({ items: () => HostInstitution, nativeEnumName: 'host_institution', nullable: true })
  hostInstitution?: HostInstitution;

  @Property({ type: 'string', length: 100, nullable: true })
  hostName?: string;

  @Property({ type: 'string', length: 200 })
  address!: string;

  @Property({ type: 'string', length: 32 })
  phone!: string;

  @Property({ type: 'double', nullable: true })
  latitude?: number;

  @Property({ type: 'double', nullable: true })
  longitude?: number;

  @Property({ type: 'string', length: 200 })
  serviceHours!: string;

  @Property({ type: 'text', nullable: true })
  introduction?: string;

  /** The dispute types it takes; empty means any (village and township committees). */
  @ManyToMany({ entity: () => DisputeType, pivotEntity: () => CommitteeDisputeType })
  disputeTypes = new Collection<DisputeType>(this);

  /** Days from acceptance to the deadline (一般在一个月内调结); a committee may set its own. */
  @Property({ type: 'smallint', default: 30 })
  caseDeadlineDays: number = 30;

  /** Days a new case may wait for acceptance before it moves up to the parent committee (小事不出村, but no case stranded). */
  @Property({ type: 'smallint', default: 3 })
  acceptanceDeadlineDays: number = 3;

  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
