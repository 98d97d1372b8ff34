import { ArrayType, Collection, Entity, Enum, Index, ManyToMany, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { DisputeType } from '../dispute-type/dispute-type.entity';
import { Employment, MediatorBackground, Sex } from './mediator-enums';
import { MediatorSpecialty } from './mediator-specialty.entity';

/** A people's mediator (人民调解员) as published on the committees' menus. */
@Entity({ tableName: 'mediator' })
@Index({ name: 'mediator_languages_idx', expression: 'create index "mediator_languages_idx" on "mediator" using gin ("languages")' })
@Index({ name: 'mediator_grade_id_idx', properties: ['grade', 'id'] })
export class Mediator {
  [OptionalProps]?: 'active' | 'inExpertPool' | 'languages' | 'createdAt' | 'updatedAt' | 'version' | 'ratingSum' | 'ratingCount';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 50 })
  name!: string;

  @Property({ type: 'string', length: 500, nullable: true })
  photoUrl?: string;

  @Enum({ items: () => Sex, nativeEnumName: 'sex' })
  sex!: Sex;

  @Property({ type: 'string', length: 20 })
  ethnicity!: string;

  @Enum({ items: () => MediatorBackground, nativeEnumName: 'mediator_background' })
  background!: MediatorBackground;

  /** Free text beside the background, e.g. "原镇司法所所长". */
  @Property({ type: 'string', length: 100, nullable: true })
  backgroundNote?: string;

  @ManyToMany({ entity: () => DisputeType, pivotEntity: () => MediatorSpecialty })
  specialties = new Collection<DisputeType>(this);

  /** Languages and dialects the mediator can mediate in, e.g. 普通话, 维吾尔语, 凉州话. */
  @Property({ type: ArrayType, default: '{}' })
  languages: string[] = [];

  @Enum({ items: () => Employment, nativeEnumName: 'employment' })
  employment!: Employment;

  /** 1 (一级, highest) to 4 (四级). */
  @Property({ type: 'smallint' })
  grade!: number;

  @Property({ type: 'string', length: 40, nullable: true })
  @Unique({ name: 'mediator_certificate_no_unique' })
  certificateNo?: string;

  @Property({ type: 'text', nullable: true })
  bio?: string;

  /** Member of the expert pool (专家库). */
  @Property({ type: 'boolean', default: false })
  inExpertPool: boolean = false;

  /** The work phone printed on the public contact card (调解联系卡); never a private number. */
  @Property({ type: 'string', length: 32, nullable: true })
  contactPhone?: string;

  /** Totals of the parties' mediator scores, kept with each rating (see feedback.service.ts). */
  @Property({ type: 'integer', default: 0 })
  ratingSum: number = 0;

  @Property({ type: 'integer', default: 0 })
  ratingCount: number = 0;

  /** 清退: marked for removal after an assessment, with the reason; the justice office then deactivates. */
  @Property({ type: 'text', nullable: true })
  removalReason?: string;

  @Property({ type: 'datetime', nullable: true })
  removalMarkedAt?: Date;

  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
