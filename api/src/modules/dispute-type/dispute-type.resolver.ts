import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { DisputeTypeService } from './dispute-type.service';
import { DisputeTypeView } from './dispute-type.view';

@Resolver(() => DisputeTypeView)
export class DisputeTypeResolver {
  @Query(() => [DisputeTypeView], { description: '纠纷类型（统一词表）' })
  disputeTypes(@Ctx() { db }: Context) {
    return new DisputeTypeService(db).list();
  }
}
