import { Field, ObjectType } from 'type-graphql';
import { RegionLevel } from './region-level';

@ObjectType('Region', { description: '行政区划', simpleResolvers: true })
export class RegionView {
  @Field({ description: '区划代码（县 6 位、乡镇 9 位、村 12 位）' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => RegionLevel)
  level!: RegionLevel;

  @Field(() => String, { nullable: true })
  parentCode!: string | null;
}
