import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../../shared/pagination';
import { GridOfficerRole, GridUnitKind } from './grid-enums';

@ObjectType('GridUnit', { description: '网格（村民小组、小区、楼栋等）', simpleResolvers: true })
export class GridUnitView {
  @Field(() => ID)
  id!: number;

  @Field()
  name!: string;

  @Field(() => GridUnitKind)
  kind!: GridUnitKind;

  @Field()
  regionCode!: string;

  @Field(() => ID, { description: '上报纠纷的调委会编号' })
  committeeId!: number;
}

@ObjectType('GridOfficer', { description: '网格员、信息员或网格调解员', simpleResolvers: true })
export class GridOfficerView {
  @Field(() => ID)
  id!: number;

  @Field()
  name!: string;

  @Field(() => GridOfficerRole)
  role!: GridOfficerRole;

  @Field(() => ID, { nullable: true, description: '同时是登记调解员时的调解员编号' })
  mediatorId!: number | null;

  gridUnitId!: number;
}

@ObjectType({ simpleResolvers: true })
export class GridUnitConnection extends Connection(GridUnitView) {}
