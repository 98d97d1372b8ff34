import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../shared/pagination';
import { CommitteeKind, HostInstitution } from './committee-kind';

@ObjectType('Committee', { description: '人民调解委员会（含派驻调解室、个人调解工作室等）', simpleResolvers: true })
export class CommitteeView {
  @Field(() => ID)
  id!: number;

  @Field()
  name!: string;

  @Field(() => CommitteeKind)
  kind!: CommitteeKind;

  @Field({ description: '所在行政区划代码' })
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: '上级调委会编号' })
  parentId!: number | null;

  @Field(() => HostInstitution, { nullable: true, description: '派驻单位类型（仅派驻调解室）' })
  hostInstitution!: HostInstitution | null;

  @Field(() => String, { nullable: true, description: '派驻单位名称（仅派驻调解室）' })
  hostName!: string | null;

  @Field()
  address!: string;

  @Field({ description: '办公电话' })
  phone!: string;

  @Field(() => Float, { nullable: true })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  longitude!: number | null;

  @Field({ description: '服务时间，如“周一至周五 8:30-12:00，14:30-18:00”' })
  serviceHours!: string;

  @Field(() => String, { nullable: true, description: '简介' })
  introduction!: string | null;

  @Field(() => Int, { description: '案件办结期限（自受理起的天数）' })
  caseDeadlineDays!: number;

  @Field(() => Int, { description: '受理期限（自申请起的天数）；逾期未受理的案件自动移交上级调委会' })
  acceptanceDeadlineDays!: number;

  @Field({ description: '是否在用（停用的调委会不出现在列表中）' })
  active!: boolean;
}

@ObjectType({ simpleResolvers: true })
export class CommitteeConnection extends Connection(CommitteeView) {}
