import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { GridUnitView } from '../grid/grid.view';
import { StaffRoleView } from './identity.views';

@Resolver(() => StaffRoleView)
export class StaffRoleResolver {
  @FieldResolver(() => GridUnitView, { nullable: true, description: '负责的网格（网格员）：上报时默认的地点和调委会' })
  gridUnit(@Root() role: StaffRoleView, @Ctx() { loaders }: Context) {
    return role.gridUnitId === null ? null : loaders.gridUnitById.load(role.gridUnitId);
  }
}
