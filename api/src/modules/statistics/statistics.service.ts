import type { Context } from '../../context';
import { checkPeriod } from '../../shared/period';
import { CASE_CHANNEL_LABEL, CaseChannel } from '../case/case-enums';
import { resolveScope } from './scope';
import { REGION_CODE_LENGTH } from '../region/region-level';
import { type AreaFigureRow, areaFigures, type FigureRow, type MediatorFigureRow, mediatorFigures, type StatisticsSource } from './statistics.queries';
import { preparedFigures } from './statistics.loaders';
import type { AreaStatisticsView, StatisticsView } from './statistics.views';

/** A ratio to four decimals (99.24 % → 0.9924); null when there is nothing to divide by. */
export const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

export class StatisticsService {
  constructor(
    private readonly ctx: Context,
    /** `recount` only in tests, as the reference the rollup must equal. */
    private readonly source: StatisticsSource = 'rollup',
  ) {}

  /** The per-mediator table of a computed view: the `first` mediators with the most cases. */
  async byMediator(view: StatisticsView, first: number) {
    const { scope, period, source } = view.query;
    const rows = await this.ctx.db.rows<MediatorFigureRow>(mediatorFigures(scope, period, source, first), { prepare: preparedFigures(period, source) });
    return rows.map((m) => ({ ...m, successRate: ratio(m.successful, m.cases) }));
  }

  /** The regions directly under a region scope, side by side; none for a committee or a village. */
  async byArea(view: StatisticsView): Promise<AreaStatisticsView[]> {
    const { scope, period, source } = view.query;
    const childLength = Object.values(REGION_CODE_LENGTH).find((length) => scope.regionCode !== null && length > scope.regionCode.length);
    if (scope.regionCode === null || childLength === undefined) return [];
    const rows = await this.ctx.db.rows<AreaFigureRow>(areaFigures(scope.regionCode, childLength, period, source));
    return rows.map(({ amountSucceeded, ...r }) => ({ ...r, successRate: ratio(r.successful, r.accepted), amountInvolved: amountSucceeded }));
  }

  async compute(input: { committeeId?: string | null; regionCode?: string | null; from: string; to: string }): Promise<StatisticsView> {
    const period = checkPeriod(input);
    const scope = await resolveScope(this.ctx, input);
    const rows = await this.ctx.loaders.figures.load({ scope, period, source: this.source });
    const whole = (dimension: FigureRow['dimension']) => rows.filter((r) => r.dimension === dimension && r.month === null);
    const t = whole('total')[0];
    const accepted = t?.accepted ?? 0;
    const channelOrder = Object.values(CaseChannel) as string[];
    return {
      accepted,
      successful: t?.successful ?? 0,
      successRate: ratio(t?.successful ?? 0, accepted),
      byDisputeType: whole('type')
        .sort((a, b) => b.accepted - a.accepted || (a.sortOrder ?? 0) - (b.sortOrder ?? 0))
        .map((r) => ({ code: r.value, label: r.label ?? r.value, count: r.accepted, share: ratio(r.accepted, accepted) as number })),
      byChannel: whole('channel')
        .sort((a, b) => b.accepted - a.accepted || channelOrder.indexOf(a.value) - channelOrder.indexOf(b.value))
        .map((r) => ({ code: r.value, label: CASE_CHANNEL_LABEL[r.value as CaseChannel], count: r.accepted, share: ratio(r.accepted, accepted) as number })),
      amountInvolved: t?.amountSucceeded ?? '0',
      judicialConfirmations: t?.judicialConfirmations ?? 0,
      fulfilmentRate: ratio(t?.termsPerformed ?? 0, t?.termsChecked ?? 0),
      satisfactionRate: ratio(t?.followUpsSatisfied ?? 0, t?.followUpsAnswered ?? 0),
      averageDaysToClose: t?.averageDaysToClose ?? null,
      overdue: t?.overdue ?? 0,
      query: { scope, period, source: this.source },
      byMonth: rows
        .filter((r) => r.dimension === 'total' && r.month !== null)
        .sort((a, b) => (a.month as string).localeCompare(b.month as string))
        .map((r) => ({ month: r.month as string, accepted: r.accepted, successful: r.successful })),
    };
  }
}
