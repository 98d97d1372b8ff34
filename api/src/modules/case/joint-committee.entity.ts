import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Committee } from '../committee/committee.entity';
import { MediationCase } from './case.entity';

/** 联合调处: another committee asked to join the mediation ("中心吹哨、部门报到"). */
@Entity({ tableName: 'case_joint_committee' })
@Unique({ name: 'case_joint_committee_unique', properties: ['mediationCase', 'committee'] })
export class CaseJointCommittee {
  [OptionalProps]?: 'invitedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => MediationCase, { ref: true, deleteRule: 'cascade', index: true })
  mediationCase!: Ref<MediationCase>;

  @ManyToOne(() => Committee, { ref: true, deleteRule: 'restrict', index: true })
  committee!: Ref<Committee>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  invitedAt: Date = new Date();
}

/** A government department asked to take part (部门报到): recorded on the case; departments have no accounts here. */
@Entity({ tableName: 'case_joint_department' })
@Unique({ name: 'case_joint_department_unique', properties: ['mediationCase', 'name'] })
export class CaseJointDepartment {
  [OptionalProps]?: 'invitedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => MediationCase, { ref: true, deleteRule: 'cascade', index: true })
  mediationCase!: Ref<MediationCase>;

  /** e.g. 凉州区住房和城乡建设局. */
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  invitedAt: Date = new Date();
}
