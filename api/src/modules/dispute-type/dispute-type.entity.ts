import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** The one shared vocabulary of dispute types (domain §7), used by committees, mediators and cases. */
@Entity({ tableName: 'dispute_type' })
export class DisputeType {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 32 })
  code!: string;

  @Property({ type: 'string', length: 32 })
  label!: string;

  @Property({ type: 'integer' })
  sortOrder!: number;
}
