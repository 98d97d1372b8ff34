import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { parseId } from '../../shared/ids';
import { checkPageSize, decodeCursor, toPage } from '../../shared/pagination';
import { CommitteeView } from '../committee/committee.view';
import { MediatorView } from '../mediator/mediator.view';
import { RegionView } from '../region/region.view';
import { gridUnitCount, gridUnitPage } from './grid.queries';
import { GridOfficerView, GridUnitConnection, GridUnitView } from './grid.view';

@ArgsType()
class GridUnitsArgs {
  @Field(() => String, { nullable: true, description: '行政区划代码（含下级）' })
  regionCode?: string | null;

  @Field(() => ID, { nullable: true })
  committeeId?: string | null;

  @Field(() => Int, { nullable: true, description: '每页数量，默认 20，最多 100' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@Resolver(() => GridUnitView)
export class GridUnitResolver {
  @Query(() => GridUnitConnection, { description: '网格列表' })
  async gridUnits(@Args() args: GridUnitsArgs, @Ctx() { db }: Context) {
    const size = checkPageSize(args.first);
    const after = decodeCursor(args.after, ['string', 'number']) as [string, number] | undefined;
    const filter = { regionCode: args.regionCode, committeeId: args.committeeId ? parseId(args.committeeId, 'committeeId') : null };
    const rows = await db.rows<GridUnitView>(gridUnitPage(filter, after, size + 1));
    return toPage(rows, size, (g) => [g.regionCode, g.id], async () => (await db.rows<{ count: number }>(gridUnitCount(filter)))[0]?.count ?? 0);
  }

  @FieldResolver(() => RegionView)
  region(@Root() unit: GridUnitView, @Ctx() { loaders }: Context) {
    return loaders.regionByCode.load(unit.regionCode);
  }

  @FieldResolver(() => CommitteeView)
  committee(@Root() unit: GridUnitView, @Ctx() { loaders }: Context) {
    return loaders.committeeById.load(unit.committeeId);
  }

  @FieldResolver(() => [GridOfficerView], { description: '网格人员' })
  officers(@Root() unit: GridUnitView, @Ctx() { loaders }: Context) {
    return loaders.officersOfGridUnit.load(unit.id);
  }
}

@Resolver(() => GridOfficerView)
export class GridOfficerResolver {
  @FieldResolver(() => MediatorView, { nullable: true })
  mediator(@Root() officer: GridOfficerView, @Ctx() { loaders }: Context) {
    return officer.mediatorId ? loaders.mediatorById.load(officer.mediatorId) : null;
  }
}
