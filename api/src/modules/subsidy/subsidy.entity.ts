import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { describedBy } from '../../shared/labels';

export enum Difficulty {
  ORDINARY = 'ORDINARY',
  DIFFICULT = 'DIFFICULT',
  MAJOR = 'MAJOR',
}

/** Which amounts apply: village-level committees, or township level and above. */
export enum SubsidyLevel {
  VILLAGE = 'VILLAGE',
  TOWNSHIP = 'TOWNSHIP',
}

registerEnumType(Difficulty, { name: 'Difficulty', description: '案件难易程度', valuesConfig: describedBy({ ORDINARY: '一般', DIFFICULT: '疑难', MAJOR: '重大' }) });
registerEnumType(SubsidyLevel, { name: 'SubsidyLevel', description: '补贴标准层级', valuesConfig: describedBy({ VILLAGE: '村（社区）级', TOWNSHIP: '乡镇（街道）级及以上' }) });

/** 以案定补 amounts in yuan; the most specific region wins, '' is the default (domain §3: 50/200/400, 30/80/150). */
@Entity({ tableName: 'subsidy_rate' })
@Unique({ name: 'subsidy_rate_unique', properties: ['regionCode', 'level', 'difficulty'] })
export class SubsidyRate {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 12 })
  regionCode!: string;

  @Enum({ items: () => SubsidyLevel, nativeEnumName: 'subsidy_level' })
  level!: SubsidyLevel;

  @Enum({ items: () => Difficulty, nativeEnumName: 'difficulty' })
  difficulty!: Difficulty;

  @Property({ type: 'integer' })
  amount!: number;
}
