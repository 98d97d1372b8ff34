import type { Context } from '../../context';
import { checkPeriod } from '../../shared/period';
import { sql } from '../../shared/sql';
import { caseFileComplete } from '../case/case-file.rules';
import { resolveScope } from '../statistics/scope';
import { Difficulty, SubsidyLevel } from './subsidy.entity';

export interface SubsidyLine {
  caseId: number;
  number: string;
  mediatorId: number | null;
  mediatorName: string | null;
  difficulty: Difficulty;
  level: SubsidyLevel;
  eligible: boolean;
  amount: number;
  /** Why it is (or is not) paid, in the order checked. */
  reasons: string[];
}

interface Row {
  id: number;
  number: string;
  mediatorId: number | null;
  mediatorName: string | null;
  certificateNo: string | null;
  mediatorActive: boolean | null;
  kind: string;
  regionCode: string;
  peopleInvolved: number;
  amountInvolved: string | null;
  escalations: number;
  joint: number;
  sessions: number;
  agreementKind: string | null;
  termsTotal: number;
  termsPerformed: number;
  oralPerformed: boolean;
  fileComplete: boolean;
}

const VILLAGE_KINDS = new Set(['VILLAGE', 'COMMUNITY']);

/**
 * 以案定补 ("谁调解、补贴谁") for cases closed in a period: paid only for a successful case whose
 * agreement was performed and whose file is complete, to a registered (certified, active)
 * mediator, once per case; the amount by difficulty and committee level, per region.
 * Every line says why.
 */
export class SubsidyService {
  constructor(private readonly ctx: Context) {}

  async compute(input: { committeeId?: string | null; regionCode?: string | null; from: string; to: string }) {
    checkPeriod(input);
    const { condition: scope } = await resolveScope(this.ctx, input, { structural: true });
    const rows = await this.ctx.db.rows<Row>(sql`
      select mc.id, mc.number, m.id as "mediatorId", m.name as "mediatorName", m.certificate_no as "certificateNo", m.active as "mediatorActive",
        c.kind::text as kind, c.region_code as "regionCode", mc.people_involved as "peopleInvolved", mc.amount_involved::text as "amountInvolved",
        (select count(*) from case_event e where e.mediation_case_id = mc.id and e.action in ('ESCALATE', 'TRANSFER'))::int as escalations,
        (select count(*) from case_joint_committee j where j.mediation_case_id = mc.id)::int
          + (select count(*) from case_joint_department j where j.mediation_case_id = mc.id)::int as joint,
        (select count(*) from mediation_session s where s.mediation_case_id = mc.id)::int as sessions,
        a.kind::text as "agreementKind",
        (select count(*) from agreement_term t where t.agreement_id = a.id)::int as "termsTotal",
        (select count(*) from agreement_term t where t.agreement_id = a.id and t.performance = 'PERFORMED')::int as "termsPerformed",
        exists (select 1 from follow_up f where f.mediation_case_id = mc.id and f.performed = 'PERFORMED') as "oralPerformed",
        ${caseFileComplete('mc')} as "fileComplete"
      from mediation_case mc join committee c on c.id = mc.committee_id
        left join mediator m on m.id = mc.mediator_id
        left join agreement a on a.mediation_case_id = mc.id
      where ${scope} and mc.status = 'SUCCEEDED'
        and mc.closed_at >= ${input.from}::timestamp at time zone 'Asia/Shanghai' and mc.closed_at < ${input.to}::timestamp at time zone 'Asia/Shanghai'
      order by mc.id`);
    const rates = await this.rates();
    const lines = rows.map((r) => this.line(r, rates));
    const byMediator = new Map<number, { mediatorId: number; name: string; cases: number; amount: number }>();
    for (const l of lines) {
      if (!l.eligible || l.mediatorId === null) continue;
      const entry = byMediator.get(l.mediatorId) ?? { mediatorId: l.mediatorId, name: l.mediatorName ?? '', cases: 0, amount: 0 };
      entry.cases++;
      entry.amount += l.amount;
      byMediator.set(l.mediatorId, entry);
    }
    return { lines, byMediator: [...byMediator.values()].sort((a, b) => b.amount - a.amount || a.mediatorId - b.mediatorId), total: lines.reduce((s, l) => s + l.amount, 0) };
  }

  private line(r: Row, rates: (regionCode: string, level: SubsidyLevel, difficulty: Difficulty) => number): SubsidyLine {
    const reasons: string[] = [];
    const [difficulty, why] =
      r.peopleInvolved >= 10 || Number(r.amountInvolved ?? 0) >= 100_000
        ? [Difficulty.MAJOR, '重大：涉及人数或金额较大']
        : r.escalations > 0 || r.joint > 0 || r.sessions >= 3
          ? [Difficulty.DIFFICULT, '疑难：经上报、转办、联合调处或三次以上调解']
          : [Difficulty.ORDINARY, '一般'];
    reasons.push(why);
    const level = VILLAGE_KINDS.has(r.kind) ? SubsidyLevel.VILLAGE : SubsidyLevel.TOWNSHIP;
    let eligible = true;
    const refuse = (reason: string) => {
      eligible = false;
      reasons.push(reason);
    };
    if (!r.mediatorId) refuse('没有承办调解员');
    else if (!r.certificateNo || !r.mediatorActive) refuse('承办调解员未登记持证或已停用');
    const performed = r.agreementKind === 'WRITTEN' ? r.termsTotal > 0 && r.termsPerformed === r.termsTotal : r.oralPerformed;
    if (!performed) refuse('协议尚未确认全部履行');
    if (!r.fileComplete) refuse('卷宗不完整（申请、当事人、受理、同意调解、调解笔录、生效协议）');
    if (eligible) reasons.push('调解成功、协议已履行、卷宗完整');
    return {
      caseId: r.id,
      number: r.number,
      mediatorId: r.mediatorId,
      mediatorName: r.mediatorName,
      difficulty,
      level,
      eligible,
      amount: eligible ? rates(r.regionCode, level, difficulty) : 0,
      reasons,
    };
  }

  private async rates() {
    const rows = await this.ctx.db.rows<{ regionCode: string; level: SubsidyLevel; difficulty: Difficulty; amount: number }>(
      sql`select region_code as "regionCode", level, difficulty, amount from subsidy_rate order by length(region_code) desc`,
    );
    return (regionCode: string, level: SubsidyLevel, difficulty: Difficulty) =>
      rows.find((r) => regionCode.startsWith(r.regionCode) && r.level === level && r.difficulty === difficulty)?.amount ?? 0;
  }
}
