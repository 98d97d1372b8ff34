import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseEvent } from '../case/case-event.entity';
import type { MediationCase } from '../case/case.entity';
import { PartyRole } from '../case/case-enums';
import { queueCaseNotifications } from '../notification/notification.rules';
import { Warning, WarningCase, WarningKind, WARNING_KIND_LABEL, WarningStatus } from './warning.entity';

interface Rule {
  threshold: number;
  windowDays: number;
}

/** The thresholds for a place: per kind, the rule of the longest region-code prefix ('' = everywhere). */
async function rulesFor(em: EntityManager, regionCode: string): Promise<Map<WarningKind, Rule>> {
  const rows = await em.getConnection().execute<{ kind: WarningKind; threshold: number; windowDays: number }[]>(
    `select distinct on (kind) kind, threshold::float as threshold, window_days as "windowDays"
     from warning_rule where ? like region_code || '%' order by kind, length(region_code) desc`,
    [regionCode],
    'all',
    em.getTransactionContext(),
  );
  return new Map(rows.map((r) => [r.kind, { threshold: r.threshold, windowDays: r.windowDays }]));
}

/**
 * Early warning (预警) for a new case, in its filing transaction: many people, a large amount,
 * an applicant filing again and again, and several filings against one respondent within a
 * window — which join one open cluster warning (seed 004: 120 gym members, one dispute).
 */
export async function evaluateWarnings(em: EntityManager, mediationCase: MediationCase, applicantUserId: number | null) {
  const rules = await rulesFor(em, mediationCase.region.code);
  const raised: { kind: WarningKind; clusterKey?: string; members?: number[]; summary: string }[] = [];
  const many = rules.get(WarningKind.MANY_PEOPLE);
  if (many && mediationCase.peopleInvolved >= many.threshold) raised.push({ kind: WarningKind.MANY_PEOPLE, summary: `涉及 ${mediationCase.peopleInvolved} 人` });
  const large = rules.get(WarningKind.LARGE_AMOUNT);
  if (large && mediationCase.amountInvolved && Number(mediationCase.amountInvolved) >= large.threshold) {
    raised.push({ kind: WarningKind.LARGE_AMOUNT, summary: `涉及金额 ${mediationCase.amountInvolved} 元` });
  }
  // The cases a repeated-filing rule counts: the cluster's warning names every one of them, not only the last —
  // within the county, whose offices see the warning (a same-named respondent elsewhere is another matter).
  const county = mediationCase.region.code.slice(0, 6);
  const execute = (text: string, params: unknown[]) => em.getConnection().execute<{ id: number }[]>(text, params, 'all', em.getTransactionContext());
  const repeated = rules.get(WarningKind.REPEATED_APPLICANT);
  if (repeated && applicantUserId) {
    const members = (await execute(
      `select distinct p.mediation_case_id as id from case_party p join mediation_case c on c.id = p.mediation_case_id
       where p.user_id = ? and p.role = 'APPLICANT' and c.created_at > now() - make_interval(days => ?) and c.region_code like ?`,
      [applicantUserId, repeated.windowDays, `${county}%`],
    )).map((r) => r.id);
    if (members.length >= repeated.threshold) {
      raised.push({ kind: WarningKind.REPEATED_APPLICANT, clusterKey: `applicant:${county}:${applicantUserId}`, members, summary: `同一申请人 ${repeated.windowDays} 日内申请 ${members.length} 次` });
    }
  }
  const cluster = rules.get(WarningKind.RESPONDENT_CLUSTER);
  if (cluster) {
    for (const respondent of mediationCase.parties.getItems().filter((p) => p.role === PartyRole.RESPONDENT)) {
      const name = respondent.name.replace(/\s+/g, '');
      const members = (await execute(
        `select distinct p.mediation_case_id as id from case_party p join mediation_case c on c.id = p.mediation_case_id
         where p.role = 'RESPONDENT' and regexp_replace(p.name, '\\s+', '', 'g') = ? and c.created_at > now() - make_interval(days => ?) and c.region_code like ?`,
        [name, cluster.windowDays, `${county}%`],
      )).map((r) => r.id);
      if (members.length >= cluster.threshold) {
        raised.push({ kind: WarningKind.RESPONDENT_CLUSTER, clusterKey: `respondent:${county}:${name}`, members, summary: `${cluster.windowDays} 日内针对“${name}”的纠纷已有 ${members.length} 起` });
      }
    }
  }
  for (const r of raised) await raise(em, mediationCase, r.kind, r.summary, r.clusterKey, r.members);
}

/**
 * Opens a warning, or adds to the open one of the same kind and cluster — one card per case and
 * rule: a rule about one case (many people, a large amount, overdue) is keyed by the case, so
 * evaluating it again never opens a second card. A cluster's warning links every case it counts.
 */
export async function raise(em: EntityManager, mediationCase: MediationCase, kind: WarningKind, summary: string, clusterKey = `case:${mediationCase.id}`, members: number[] = []) {
  // Two filings of one cluster at once: the second waits here until the first commits, then joins its card.
  await em.getConnection().execute('select pg_advisory_xact_lock(hashtext(?))', [`warning:${kind}:${clusterKey}`], 'all', em.getTransactionContext());
  let warning = await em.findOne(Warning, { kind, clusterKey, status: { $ne: WarningStatus.RESOLVED } });
  const isNew = !warning;
  if (warning) warning.summary = summary;
  else warning = em.create(Warning, { kind, committee: mediationCase.committee, clusterKey, summary });
  const linked = new Set(isNew ? [] : (await em.find(WarningCase, { warning: warning.id })).map((w) => w.mediationCase.id));
  await em.flush(); // the warning's id, for the links
  // Two filings of one cluster at once may link the same case: the second link is a no-op, not a failed filing.
  const missing = [...new Set([mediationCase.id, ...members])].filter((caseId) => !linked.has(caseId));
  if (missing.length) {
    await em.getConnection().execute(
      'insert into warning_case (warning_id, mediation_case_id) select ?, unnest(?::int[]) on conflict do nothing',
      [warning.id, `{${missing.join(',')}}`],
      'run',
      em.getTransactionContext(),
    );
  }
  if (!linked.has(mediationCase.id)) {
    em.create(CaseEvent, { mediationCase: ref(mediationCase), action: 'WARNING', fromStatus: mediationCase.status, toStatus: mediationCase.status, actorRole: 'SYSTEM', note: `${WARNING_KIND_LABEL[kind]}：${summary}` });
  }
  if (isNew) await queueCaseNotifications(em, mediationCase, 'WARNING', `${mediationCase.number} 预警：${WARNING_KIND_LABEL[kind]}`);
}

/** 重大纠纷超期: an overdue case with many people or a large amount (the same thresholds). */
export async function raiseIfMajorOverdue(em: EntityManager, mediationCase: MediationCase) {
  const rules = await rulesFor(em, mediationCase.region.code);
  const many = rules.get(WarningKind.MANY_PEOPLE);
  const large = rules.get(WarningKind.LARGE_AMOUNT);
  const major = (many && mediationCase.peopleInvolved >= many.threshold) || (large && Number(mediationCase.amountInvolved ?? 0) >= large.threshold);
  if (major) await raise(em, mediationCase, WarningKind.OVERDUE_MAJOR, '重大纠纷已超过办结期限');
}
