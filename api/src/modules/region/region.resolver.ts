import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { NotFoundError } from '../../shared/errors';
import { REGION_CODE_LENGTH } from './region-level';
import { RegionService } from './region.service';
import { RegionView } from './region.view';

@Resolver(() => RegionView)
export class RegionResolver {
  @Query(() => RegionView, { description: '按代码查询一个行政区划' })
  async region(@Arg('code') code: string, @Ctx() { loaders }: Context) {
    const region = await loaders.regionByCode.load(code);
    if (!region) throw new NotFoundError('行政区划', code);
    return region;
  }

  @Query(() => [RegionView], { description: '下级行政区划；不传 parentCode 时返回最上级区划' })
  regions(@Arg('parentCode', () => String, { nullable: true }) parentCode: string | null, @Ctx() ctx: Context) {
    return new RegionService(ctx).children(parentCode);
  }

  @FieldResolver(() => RegionView, { nullable: true, description: '上级区划' })
  parent(@Root() region: RegionView, @Ctx() { loaders }: Context) {
    return region.parentCode ? loaders.regionByCode.load(region.parentCode) : null;
  }

  @FieldResolver(() => [RegionView], { description: '下级区划' })
  children(@Root() region: RegionView, @Ctx() { loaders }: Context) {
    return loaders.regionChildren.load(region.code);
  }

  @FieldResolver(() => [RegionView], { description: '全部上级区划，从最上级到直接上级' })
  async ancestors(@Root() region: RegionView, @Ctx() { loaders }: Context) {
    // A child's code starts with every ancestor's code, so the ancestors are its prefixes.
    const codes = Object.values(REGION_CODE_LENGTH)
      .filter((length) => length < region.code.length)
      .map((length) => region.code.slice(0, length));
    const found = await loaders.regionByCode.loadMany(codes);
    return found.filter((r): r is RegionView => r !== null && !(r instanceof Error));
  }
}
