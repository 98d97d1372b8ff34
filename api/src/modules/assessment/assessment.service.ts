import { LockMode } from '@mikro-orm/core';
import type { Context } from '../../context';
import { NotFoundError, UserInputError } from '../../shared/errors';
import { halfYearPeriod } from '../../shared/period';
import { inTransaction } from '../../shared/transaction';
import { parseId } from '../../shared/ids';
import { sql } from '../../shared/sql';
import { caseFileComplete } from '../case/case-file.rules';
import { AuditLog } from '../audit/audit-log.entity';
import { Mediator } from '../mediator/mediator.entity';
import { Policy } from '../staff/policy';
import { resolveScope } from '../statistics/scope';

export interface AssessmentLine {
  mediatorId: number;
  name: string;
  cases: number;
  successful: number;
  successRate: number | null;
  satisfaction: number | null;
  overdue: number;
  closed: number;
  completeFiles: number;
  score: number;
  breakdown: string[];
  removalReason: string | null;
}

/** Weights of the half-year score (out of 100): success 40, satisfaction 30, complete files 30; −5 per overdue case. */
export const WEIGHTS = { success: 40, satisfaction: 30, files: 30, overduePenalty: 5 } as const;

/**
 * The half-year assessment (每半年综合考核) of the mediators of a committee or a region: cases
 * accepted in the half year that they handled, success rate, the parties' satisfaction with
 * them, overdue cases, complete files, and a score with its breakdown.
 */
export class AssessmentService {
  constructor(private readonly ctx: Context) {}

  async assess(input: { committeeId?: string | null; regionCode?: string | null; half: string }): Promise<AssessmentLine[]> {
    const { from, to } = halfYearPeriod(input.half);
    const { condition: scope } = await resolveScope(this.ctx, input);
    const rows = await this.ctx.db.rows<Omit<AssessmentLine, 'successRate' | 'score' | 'breakdown'>>(sql`
      with k as (
        select mc.* from mediation_case mc join committee c on c.id = mc.committee_id
        where ${scope} and mc.mediator_id is not null
          and mc.accepted_at >= ${from}::timestamp at time zone 'Asia/Shanghai' and mc.accepted_at < ${to}::timestamp at time zone 'Asia/Shanghai'
      )
      select m.id as "mediatorId", m.name, m.removal_reason as "removalReason",
        count(*)::int as cases,
        count(*) filter (where k.status = 'SUCCEEDED')::int as successful,
        count(*) filter (where k.overdue_flagged_at is not null)::int as overdue,
        count(*) filter (where k.closed_at is not null)::int as closed,
        count(*) filter (where k.closed_at is not null and ${caseFileComplete('k')})::int as "completeFiles",
        (select round(avg(r.mediator_score), 2)::float from case_rating r join k k2 on k2.id = r.mediation_case_id where r.mediator_id = m.id) as satisfaction
      from k join mediator m on m.id = k.mediator_id
      group by m.id, m.name, m.removal_reason order by m.id`);
    return rows.map((r) => {
      const successRate = r.cases ? Math.round((r.successful / r.cases) * 10_000) / 10_000 : null;
      const fileRatio = r.closed ? r.completeFiles / r.closed : 0;
      const parts = [
        { label: '调解成功率', points: (successRate ?? 0) * WEIGHTS.success },
        { label: '群众满意度', points: r.satisfaction === null ? 0 : (r.satisfaction / 5) * WEIGHTS.satisfaction },
        { label: '卷宗完整', points: fileRatio * WEIGHTS.files },
        { label: '超期扣分', points: -r.overdue * WEIGHTS.overduePenalty },
      ];
      const score = Math.max(0, Math.min(100, Math.round(parts.reduce((s, p) => s + p.points, 0) * 10) / 10));
      return { ...r, successRate, score, breakdown: parts.map((p) => `${p.label} ${Math.round(p.points * 10) / 10}`) };
    });
  }

  /** 清退: a committee admin or the justice office marks a mediator for removal, with the reason (audited). */
  async markForRemoval(mediatorId: string, reason: string) {
    const id = parseId(mediatorId, 'mediatorId');
    if (reason.trim().length < 4) throw new UserInputError({ field: 'reason', reason: '请写明清退理由（至少 4 字）' });
    const policy = await Policy.of(this.ctx);
    await policy.assertMediator(id);
    const em = this.ctx.em;
    return inTransaction(em, async () => {
      const mediator = await em.findOne(Mediator, id, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (!mediator) throw new NotFoundError('调解员', id);
      // The same mark sent twice is one mark, one audit entry.
      if (mediator.removalReason === reason.trim()) return true;
      mediator.removalReason = reason.trim();
      mediator.removalMarkedAt = new Date();
      em.create(AuditLog, { actorUserId: policy.viewer.userId, action: 'MEDIATOR_REMOVAL_MARKED', subjectType: 'mediator', subjectId: String(id), reason: reason.trim(), requestId: this.ctx.requestId });
      await em.flush();
      return true;
    });
  }
}
