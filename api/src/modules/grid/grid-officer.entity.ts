import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Mediator } from '../mediator/mediator.entity';
import { GridOfficerRole } from './grid-enums';
import { GridUnit } from './grid-unit.entity';

@Entity({ tableName: 'grid_officer' })
export class GridOfficer {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => GridUnit, { ref: true, deleteRule: 'cascade', index: true })
  gridUnit!: Ref<GridUnit>;

  @Property({ type: 'string', length: 50 })
  name!: string;

  @Enum({ items: () => GridOfficerRole, nativeEnumName: 'grid_officer_role' })
  role!: GridOfficerRole;

  /** Set when the officer is also a registered mediator. */
  @ManyToOne(() => Mediator, { ref: true, nullable: true, deleteRule: 'set null', index: true })
  mediator?: Ref<Mediator>;
}
