import type { Context } from '../../context';
import { NotFoundError } from '../../shared/errors';
import { rootRegions } from './region.queries';
import type { RegionView } from './region.view';

export class RegionService {
  constructor(private readonly ctx: Pick<Context, 'db' | 'loaders'>) {}

  async children(parentCode: string | null | undefined): Promise<RegionView[]> {
    if (parentCode == null) return this.ctx.db.rows<RegionView>(rootRegions());
    if (!(await this.ctx.loaders.regionByCode.load(parentCode))) throw new NotFoundError('行政区划', parentCode);
    return this.ctx.loaders.regionChildren.load(parentCode);
  }
}
