import { Field, ObjectType } from 'type-graphql';

@ObjectType('DisputeType', { description: '纠纷类型', simpleResolvers: true })
export class DisputeTypeView {
  @Field({ description: '代码，如 MARRIAGE_FAMILY' })
  code!: string;

  @Field({ description: '名称，如 婚姻家庭' })
  label!: string;
}
