import { join, raw, sql, type Sql } from '../../shared/sql';

/**
 * The case file (卷宗) checklist, in one place: what the case page shows item by item, and what
 * subsidies (以案定补) and the mediator assessment count as a complete file. Each item is a SQL
 * condition over a `mediation_case` row aliased `alias`.
 */
export function caseFileItems(alias: string): { item: string; label: string; condition: Sql }[] {
  const c = raw(alias);
  const event = (action: string) => sql`exists (select 1 from case_event e where e.mediation_case_id = ${c}.id and e.action = ${action})`;
  const party = (role: string) => sql`exists (select 1 from case_party p where p.mediation_case_id = ${c}.id and p.role = ${role}::party_role)`;
  return [
    { item: 'APPLICATION', label: '调解申请书或受理登记表', condition: sql`(${event('FILE')} and length(${c}.facts) > 0)` },
    { item: 'PARTIES', label: '当事人身份信息', condition: sql`(${party('APPLICANT')} and ${party('RESPONDENT')})` },
    { item: 'ACCEPTANCE', label: '受理记录', condition: event('ACCEPT') },
    { item: 'CONSENT', label: '当事人同意调解的记录', condition: event('CONSENT') },
    { item: 'SESSION_RECORD', label: '调解笔录', condition: sql`exists (select 1 from mediation_session s where s.mediation_case_id = ${c}.id and s.record is not null)` },
    {
      item: 'OUTCOME',
      label: '调解协议书或调解终结记录',
      condition: sql`(exists (select 1 from agreement a where a.mediation_case_id = ${c}.id and a.sealed_at is not null) or ${c}.status = 'FAILED')`,
    },
  ];
}

/** True when every checklist item is present. */
export const caseFileComplete = (alias: string): Sql => sql`(${join(caseFileItems(alias).map((i) => i.condition), ' and ')})`;

/** One case's checklist: a row with one boolean column per item. */
export const caseFileChecklist = (caseId: number): Sql =>
  sql`select ${join(caseFileItems('k').map((i) => sql`${i.condition} as "${raw(i.item)}"`), ', ')} from mediation_case k where k.id = ${caseId}`;
