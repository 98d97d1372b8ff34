import { Entity, Enum, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Ref } from '@mikro-orm/core';
import { RegionLevel } from './region-level';

/**
 * A node of the administrative tree (行政区划). Codes are the national format: a child's code
 * starts with its parent's (6-digit county, 9-digit township, 12-digit village), so a subtree
 * is a code prefix.
 */
@Entity({ tableName: 'region' })
@Index({ name: 'region_code_prefix_idx', expression: 'create index "region_code_prefix_idx" on "region" ("code" text_pattern_ops)' })
export class Region {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 12 })
  code!: string;

  @Property({ type: 'string', length: 64 })
  name!: string;

  @Enum({ items: () => RegionLevel, nativeEnumName: 'region_level' })
  level!: RegionLevel;

  @ManyToOne(() => Region, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  parent?: Ref<Region>;
}
