import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../shared/pagination';
import { Employment, MediatorBackground, Sex } from './mediator-enums';
import { LanguageKind } from './language-vocabulary';

@ObjectType('Mediator', { description: '人民调解员（点单式调解菜单中的一项）', simpleResolvers: true })
export class MediatorView {
  @Field(() => ID)
  id!: number;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: '照片地址' })
  photoUrl!: string | null;

  @Field(() => Sex)
  sex!: Sex;

  @Field({ description: '民族' })
  ethnicity!: string;

  @Field(() => MediatorBackground, { description: '职业背景' })
  background!: MediatorBackground;

  @Field(() => String, { nullable: true, description: '背景说明，如“原镇司法所所长”' })
  backgroundNote!: string | null;

  @Field(() => [String], { description: '能使用的语言和方言' })
  languages!: string[];

  @Field(() => Employment)
  employment!: Employment;

  @Field(() => Int, { description: '等级：1 为一级（最高）至 4 为四级' })
  grade!: number;

  @Field(() => String, { nullable: true, description: '调解员证书编号' })
  certificateNo!: string | null;

  @Field(() => String, { nullable: true, description: '个人简介' })
  bio!: string | null;

  @Field({ description: '是否入选专家库' })
  inExpertPool!: boolean;

  @Field(() => String, { nullable: true, description: '调解联系卡上的工作电话' })
  contactPhone!: string | null;

  @Field()
  active!: boolean;

  ratingSum!: number;

  @Field(() => Int, { description: '评价次数' })
  ratingCount!: number;
}

@ObjectType({ simpleResolvers: true })
export class MediatorConnection extends Connection(MediatorView) {}

@ObjectType('MediatorLanguage', { description: '调解员菜单可筛选的语言（普通话、方言、少数民族语言）' })
export class MediatorLanguageView {
  @Field({ description: '名称，如“普通话”“凉州话”“维吾尔语”' })
  label!: string;

  @Field(() => LanguageKind)
  kind!: LanguageKind;

  @Field({ description: '类别名称，如“方言”' })
  kindLabel!: string;

  @Field(() => [String], { description: '同一语言的其他叫法，如普通话的“汉语”' })
  aliases!: readonly string[];

  @Field(() => Int, { description: '会说这种语言的在任调解员人数' })
  mediatorCount!: number;
}
