import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { describedBy } from '../../shared/labels';
import { MediationCase } from '../case/case.entity';
import { Committee } from '../committee/committee.entity';

export enum WarningKind {
  MANY_PEOPLE = 'MANY_PEOPLE',
  LARGE_AMOUNT = 'LARGE_AMOUNT',
  REPEATED_APPLICANT = 'REPEATED_APPLICANT',
  RESPONDENT_CLUSTER = 'RESPONDENT_CLUSTER',
  OVERDUE_MAJOR = 'OVERDUE_MAJOR',
}

export enum WarningStatus {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  RESOLVED = 'RESOLVED',
}

export const WARNING_KIND_LABEL: Record<WarningKind, string> = {
  MANY_PEOPLE: '涉及人数众多',
  LARGE_AMOUNT: '涉及金额较大',
  REPEATED_APPLICANT: '同一申请人反复申请',
  RESPONDENT_CLUSTER: '同一被申请人短期内多起纠纷（群体性纠纷）',
  OVERDUE_MAJOR: '重大纠纷超期未结',
};

registerEnumType(WarningKind, { name: 'WarningKind', description: '预警类型', valuesConfig: describedBy(WARNING_KIND_LABEL) });
registerEnumType(WarningStatus, { name: 'WarningStatus', description: '预警状态', valuesConfig: describedBy({ OPEN: '待处理', ACKNOWLEDGED: '已签收', RESOLVED: '已化解' }) });

/**
 * A rule's threshold for a region subtree; the most specific region wins, '' is the default
 * everywhere. `threshold`: people, yuan, or number of cases; `windowDays` for the repeat rules.
 */
@Entity({ tableName: 'warning_rule' })
@Unique({ name: 'warning_rule_region_kind_unique', properties: ['regionCode', 'kind'] })
export class WarningRule {
  [OptionalProps]?: 'windowDays';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Enum({ items: () => WarningKind, nativeEnumName: 'warning_kind' })
  kind!: WarningKind;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  threshold!: string;

  @Property({ type: 'integer', default: 30 })
  windowDays: number = 30;
}

/** 预警: raised for the supervising committee and justice office, who acknowledge and resolve it. */
@Entity({ tableName: 'warning' })
export class Warning {
  [OptionalProps]?: 'status' | 'raisedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Enum({ items: () => WarningKind, nativeEnumName: 'warning_kind' })
  kind!: WarningKind;

  @ManyToOne(() => Committee, { ref: true, deleteRule: 'restrict', index: true })
  committee!: Ref<Committee>;

  /** Groups filings into one cluster (the respondent's name for RESPONDENT_CLUSTER). */
  @Property({ type: 'string', length: 200, nullable: true })
  clusterKey?: string;

  @Property({ type: 'text' })
  summary!: string;

  @Enum({ items: () => WarningStatus, nativeEnumName: 'warning_status', default: WarningStatus.OPEN })
  status: WarningStatus = WarningStatus.OPEN;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  raisedAt: Date = new Date();

  @Property({ type: 'integer', nullable: true })
  handledBy?: number;

  @Property({ type: 'datetime', nullable: true })
  acknowledgedAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date;

  @Property({ type: 'text', nullable: true })
  resolution?: string;
}

@Entity({ tableName: 'warning_case' })
@Unique({ name: 'warning_case_unique', properties: ['warning', 'mediationCase'] })
export class WarningCase {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Warning, { ref: true, deleteRule: 'cascade', index: true })
  warning!: Ref<Warning>;

  @ManyToOne(() => MediationCase, { ref: true, deleteRule: 'cascade', index: true })
  mediationCase!: Ref<MediationCase>;
}
