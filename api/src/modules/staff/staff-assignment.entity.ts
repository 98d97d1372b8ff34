import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Committee } from '../committee/committee.entity';
import { GridUnit } from '../grid/grid-unit.entity';
import { UserAccount } from '../identity/user-account.entity';
import { Mediator } from '../mediator/mediator.entity';
import { Region } from '../region/region.entity';
import { StaffRole } from './staff-role';

/**
 * A staff role with its scope: a committee (mediators, committee admins), a region subtree
 * (justice offices), a grid unit (grid officers), or everything (system admins). Created by an
 * admin with a one-time invitation code; the person binds it to their WeChat account by redeeming it.
 */
@Entity({ tableName: 'staff_assignment' })
export class StaffAssignment {
  [OptionalProps]?: 'active' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Enum({ items: () => StaffRole, nativeEnumName: 'staff_role' })
  role!: StaffRole;

  @Property({ type: 'string', length: 50 })
  displayName!: string;

  @ManyToOne(() => UserAccount, { ref: true, nullable: true, deleteRule: 'set null', index: true })
  user?: Ref<UserAccount>;

  @ManyToOne(() => Committee, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  committee?: Ref<Committee>;

  @ManyToOne(() => Region, { ref: true, nullable: true, deleteRule: 'restrict' })
  region?: Ref<Region>;

  @ManyToOne(() => Mediator, { ref: true, nullable: true, deleteRule: 'restrict', index: true })
  mediator?: Ref<Mediator>;

  @ManyToOne(() => GridUnit, { ref: true, nullable: true, deleteRule: 'restrict' })
  gridUnit?: Ref<GridUnit>;

  /** SHA-256 of the one-time invitation code; cleared when redeemed. */
  @Property({ type: 'string', length: 64, nullable: true })
  @Unique({ name: 'staff_assignment_invitation_unique' })
  invitationCodeHash?: string | null;

  @Property({ type: 'datetime', nullable: true })
  invitationExpiresAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  boundAt?: Date;

  @ManyToOne(() => UserAccount, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy?: Ref<UserAccount>;

  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
