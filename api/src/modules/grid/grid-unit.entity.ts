import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Committee } from '../committee/committee.entity';
import { Region } from '../region/region.entity';
import { GridUnitKind } from './grid-enums';

/** A grid (网格): a village group, estate or building whose officers report disputes early. */
@Entity({ tableName: 'grid_unit' })
export class GridUnit {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Enum({ items: () => GridUnitKind, nativeEnumName: 'grid_unit_kind' })
  kind!: GridUnitKind;

  @ManyToOne(() => Region, { ref: true, deleteRule: 'restrict', index: true })
  region!: Ref<Region>;

  /** The committee its reports go to. */
  @ManyToOne(() => Committee, { ref: true, deleteRule: 'restrict', index: true })
  committee!: Ref<Committee>;
}
