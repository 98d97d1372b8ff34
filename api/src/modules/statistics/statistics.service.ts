import type { Context } from '../../context';
import { UserInputError } from '../../shared/errors';
import { CASE_CHANNEL_LABEL, type CaseChannel } from '../case/case-enums';
import { resolveScope } from './scope';
import { byChannel, byDisputeType, byMediator, byMonth, type StatisticsScope, totals } from './statistics.queries';
import type { StatisticsView } from './statistics.views';

/** A ratio to four decimals (99.24 % → 0.9924); null when there is nothing to divide by. */
export const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

export class StatisticsService {
  constructor(private readonly ctx: Context) {}

  async compute(input: { committeeId?: string | null; regionCode?: string | null; from: string; to: string }): Promise<StatisticsView> {
    const problems = [];
    for (const field of ['from', 'to'] as const) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(input[field]) || Number.isNaN(Date.parse(input[field]))) problems.push({ field, reason: '日期格式为 YYYY-MM-DD' });
    }
    if (problems.length === 0 && input.from >= input.to) problems.push({ field: 'to', reason: '结束日期须晚于开始日期' });
    if (problems.length) throw new UserInputError(problems);

    const { condition } = await resolveScope(this.ctx, input);
    const scope: StatisticsScope = { condition, from: input.from, to: input.to };

    const db = this.ctx.db;
    const [[t], types, channels, mediators, months] = await Promise.all([
      db.rows<Record<string, number | string | null>>(totals(scope)),
      db.rows<{ code: string; label: string; count: number }>(byDisputeType(scope)),
      db.rows<{ code: string; count: number }>(byChannel(scope)),
      db.rows<{ mediatorId: number; name: string; cases: number; successful: number }>(byMediator(scope)),
      db.rows<{ month: string; accepted: number; successful: number }>(byMonth(scope)),
    ]);
    const n = (key: string) => Number(t?.[key] ?? 0);
    const accepted = n('accepted');
    return {
      accepted,
      successful: n('successful'),
      successRate: ratio(n('successful'), accepted),
      byDisputeType: types.map((r) => ({ ...r, share: ratio(r.count, accepted) as number })),
      byChannel: channels.map((r) => ({ code: r.code, label: CASE_CHANNEL_LABEL[r.code as CaseChannel], count: r.count, share: ratio(r.count, accepted) as number })),
      amountInvolved: String(t?.amountInvolved ?? '0'),
      judicialConfirmations: n('judicialConfirmations'),
      fulfilmentRate: ratio(n('termsPerformed'), n('termsChecked')),
      satisfactionRate: ratio(n('followUpsSatisfied'), n('followUpsAnswered')),
      averageDaysToClose: t?.averageDaysToClose === null || t?.averageDaysToClose === undefined ? null : Number(t.averageDaysToClose),
      overdue: n('overdue'),
      byMediator: mediators.map((m) => ({ ...m, successRate: ratio(m.successful, m.cases) })),
      byMonth: months,
    };
  }
}
