import type { Context } from '../../context';
import { UserInputError } from '../../shared/errors';
import { checkPeriod } from '../../shared/period';
import { resolveScope } from './scope';
import { REGION_CODE_LENGTH } from '../region/region-level';
import { type AreaFigureRow, areaFigures, type MediatorFigureRow, mediatorFigures, preparedFigures, type StatisticsSource } from './statistics.queries';
import type { AreaStatisticsView, MediatorStatisticsView, StatisticsView } from './statistics.views';

/** The level under a region (a county's townships, a township's villages): its code length, or undefined under a village. */
export const childCodeLength = (regionCode: string) => Object.values(REGION_CODE_LENGTH).find((length) => length > regionCode.length);

/** The most mediators byMediator lists. */
export const MAX_TOP_MEDIATORS = 500;

/** byMediator's `first`: 1 to MAX_TOP_MEDIATORS; BAD_USER_INPUT otherwise. */
export function checkTopMediators(first: number) {
  if (!Number.isInteger(first) || first < 1 || first > MAX_TOP_MEDIATORS) throw new UserInputError({ field: 'first', reason: `须为 1 到 ${MAX_TOP_MEDIATORS} 之间的整数` });
  return first;
}

/** The figures themselves — sums, rates, orders and labels — are SQL (statistics.queries.ts), the same the compiled dashboard runs. */
export class StatisticsService {
  constructor(
    private readonly ctx: Context,
    /** `recount` only in tests, as the reference the rollup must equal. */
    private readonly source: StatisticsSource = 'rollup',
  ) {}

  /** The per-mediator table of a computed view: the `first` mediators with the most cases. */
  async byMediator(view: StatisticsView, first: number): Promise<MediatorStatisticsView[]> {
    const { scope, period, source } = view.query;
    return this.ctx.db.rows<MediatorFigureRow>(mediatorFigures(scope, period, source, checkTopMediators(first)), { prepare: preparedFigures(period, source) });
  }

  /** The regions directly under a region scope, side by side; none for a committee or a village. */
  async byArea(view: StatisticsView): Promise<AreaStatisticsView[]> {
    const { scope, period, source } = view.query;
    const childLength = scope.regionCode === null ? undefined : childCodeLength(scope.regionCode);
    if (scope.regionCode === null || childLength === undefined) return [];
    return this.ctx.db.rows<AreaFigureRow>(areaFigures(scope.regionCode, childLength, period, source), { prepare: preparedFigures(period, source) });
  }

  async compute(input: { committeeId?: string | null; regionCode?: string | null; from: string; to: string }): Promise<StatisticsView> {
    const period = checkPeriod(input);
    const scope = await resolveScope(this.ctx, input);
    const figures = await this.ctx.loaders.figures.load({ scope, period, source: this.source });
    return { ...figures, query: { scope, period, source: this.source } };
  }
}
