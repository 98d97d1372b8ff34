import type { Knex } from '@mikro-orm/postgresql';
import { validate, type ValidationError } from 'class-validator';
import { type AppDeps, type Context, createContext } from '../../context';
import { AuditLog } from '../audit/audit-log.entity';
import { createHash } from 'node:crypto';
import { Committee } from '../committee/committee.entity';
import { COMMITTEE_KIND_LABEL, HOST_INSTITUTION_LABEL } from '../committee/committee-kind';
import { CreateCommitteeInput } from '../committee/committee.inputs';
import { CommitteeService } from '../committee/committee.service';
import { DISPUTE_TYPE_VOCABULARY } from '../dispute-type/dispute-type-vocabulary';
import { Mediator } from '../mediator/mediator.entity';
import { BACKGROUND_LABEL, EMPLOYMENT_LABEL, SEX_LABEL } from '../mediator/mediator-enums';
import { CreateMediatorInput } from '../mediator/mediator.inputs';
import { MediatorService } from '../mediator/mediator.service';
import { Membership } from '../membership/membership.entity';
import { MEMBERSHIP_ROLE_LABEL, MembershipRole } from '../membership/membership-role';
import { AddMembershipInput } from '../membership/membership.inputs';
import { MembershipService } from '../membership/membership.service';
import { CaseAccess } from '../case/case-access';
import { CaseBackfillService } from '../case/case-backfill.service';
import { CASE_CHANNEL_LABEL, CASE_STATUS_LABEL, CaseChannel, CaseStatus, PartyKind } from '../case/case-enums';
import { MediationCase } from '../case/case.entity';
import { PartyInput, PAST_OUTCOMES, PastCaseInput } from '../case/case.inputs';
import { COMMAND_LINE_ACTOR } from '../staff/bootstrap';
import { StaffRole } from '../staff/staff-role';
import { Viewer } from '../staff/viewer';

export type RosterKind = 'committees' | 'mediators' | 'cases';
/** One spreadsheet row, keyed by its Chinese header (a trailing * marking required columns is dropped). */
export type RosterRow = Record<string, string>;
export interface RowProblem {
  /** The row as the spreadsheet numbers it (the header is row 1). */
  row: number;
  column: string;
  reason: string;
}
export interface RosterResult {
  problems: RowProblem[];
  created: number;
  skipped: number;
  committed: boolean;
}

/** The columns each list has, as a justice office's ledger names them; * marks the required ones. */
export const ROSTER_COLUMNS: Record<RosterKind, string[]> = {
  committees: ['名称*', '类型*', '区划代码*', '上级调委会', '地址*', '电话*', '服务时间', '受理纠纷类型', '派驻单位类型', '派驻单位名称', '简介'],
  mediators: ['姓名*', '性别*', '民族', '职业背景*', '背景说明', '擅长领域', '语言', '专兼职*', '等级*', '证书编号', '所在调委会*', '职务', '工作电话', '专家库', '简介'],
  // A committee's ledger (台账) of cases handled before it used tiaojie (补录).
  cases: ['所在调委会*', '台账案号', '受理日期*', '办结日期*', '结果*', '纠纷类型*', '案件来源', '委派移送文号', '纠纷发生地区划代码', '申请人*', '被申请人*', '事实经过*', '请求事项*', '涉及金额', '涉及人数', '调解员证书编号', '办结情况'],
};

/** Which column an input field came from, to report a service's refusal against the sheet. */
const COLUMN_OF: Record<string, string> = {
  name: '名称', kind: '类型', regionCode: '区划代码', parentId: '上级调委会', address: '地址', phone: '电话', serviceHours: '服务时间',
  disputeTypeCodes: '受理纠纷类型', hostInstitution: '派驻单位类型', hostName: '派驻单位名称', introduction: '简介',
  sex: '性别', ethnicity: '民族', background: '职业背景', backgroundNote: '背景说明', specialtyCodes: '擅长领域', languages: '语言',
  employment: '专兼职', grade: '等级', certificateNo: '证书编号', committeeId: '所在调委会', role: '职务', contactPhone: '工作电话', inExpertPool: '专家库', bio: '简介',
  acceptedOn: '受理日期', closedOn: '办结日期', outcome: '结果', disputeType: '纠纷类型', channel: '案件来源', referralNumber: '委派移送文号',
  applicants: '申请人', respondents: '被申请人', facts: '事实经过', claims: '请求事项', amountInvolved: '涉及金额', peopleInvolved: '涉及人数',
  mediatorId: '调解员证书编号', ledgerNumber: '台账案号', closingNote: '办结情况',
};

const reverse = <T extends string>(labels: Record<T, string>) => new Map(Object.entries(labels).map(([code, label]) => [label as string, code as T]));
const KIND = reverse(COMMITTEE_KIND_LABEL);
const HOST = reverse(HOST_INSTITUTION_LABEL);
const SEX = reverse(SEX_LABEL);
const BACKGROUND = reverse(BACKGROUND_LABEL);
const EMPLOYMENT = reverse(EMPLOYMENT_LABEL);
const ROLE = reverse(MEMBERSHIP_ROLE_LABEL);
const TYPE = new Map(DISPUTE_TYPE_VOCABULARY.map((t) => [t.label as string, t.code as string]));
// The outcome as the API names it, and as ledgers commonly write it.
const OUTCOME = new Map<string, CaseStatus>([
  ...PAST_OUTCOMES.map((status) => [CASE_STATUS_LABEL[status], status] as [string, CaseStatus]),
  ['成功', CaseStatus.SUCCEEDED], ['调解未成功', CaseStatus.FAILED], ['撤回', CaseStatus.WITHDRAWN], ['不同意调解', CaseStatus.REFUSED],
]);
const CHANNEL = reverse(CASE_CHANNEL_LABEL);
const GRADE = new Map([['一级', 1], ['二级', 2], ['三级', 3], ['四级', 4], ['1', 1], ['2', 2], ['3', 3], ['4', 4]]);
const list = (text: string) => text.split(/[、，,；;/\s]+/).map((s) => s.trim()).filter(Boolean);

class RowError extends Error {
  constructor(readonly problems: { column: string; reason: string }[]) {
    super('row');
  }
}
class DryRun extends Error {}

/** A vocabulary value from its Chinese label, or the problem with the column. */
function pick<T>(map: Map<string, T>, value: string, column: string, problems: { column: string; reason: string }[], required = true): T | undefined {
  if (!value) {
    if (required) problems.push({ column, reason: '必填' });
    return undefined;
  }
  const found = map.get(value);
  if (found === undefined) problems.push({ column, reason: `“${value}”不在可选范围内：${[...map.keys()].filter((k) => !/^\d$/.test(k)).join('、')}` });
  return found;
}

async function checked<T extends object>(input: T): Promise<T> {
  const errors = await validate(input, { forbidUnknownValues: false, validationError: { target: false, value: false } });
  const problems = errors.flatMap((e: ValidationError) => Object.values(e.constraints ?? {}).map((reason) => ({ column: COLUMN_OF[e.property] ?? e.property, reason })));
  if (problems.length) throw new RowError(problems);
  return input;
}

/**
 * A context acting as the command line's system administrator: every rule of the services applies.
 * What it creates that names its creator (a past case) names the account `system:command-line`.
 */
async function commandLineContext(deps: AppDeps, kind: RosterKind): Promise<Context> {
  const ctx = createContext(deps, { requestId: 'roster-import' });
  let userId = COMMAND_LINE_ACTOR;
  if (kind === 'cases') {
    await ctx.em.getConnection().execute("insert into user_account (openid) values ('system:command-line') on conflict (openid) do nothing");
    [{ id: userId }] = await ctx.em.getConnection().execute<[{ id: number }]>("select id from user_account where openid = 'system:command-line'");
  }
  const viewer = new Viewer(userId, [{ id: 0, role: StaffRole.SYSTEM_ADMIN, displayName: '命令行', committeeId: null, regionCode: null, mediatorId: null, gridUnitId: null }]);
  const context = { ...ctx, viewer: () => Promise.resolve(viewer), requireViewer: () => Promise.resolve(viewer) };
  // Case access must ask this context who the viewer is, not the anonymous one it was copied from.
  Object.defineProperty(context, 'caseAccess', { value: new CaseAccess(context) });
  return context;
}

/** A ledger's date as YYYY-MM-DD: 2025-03-10, 2025/3/10, 2025.3.10 or 2025年3月10日. */
function ledgerDate(text: string, column: string, problems: { column: string; reason: string }[]): string {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!match) {
    problems.push({ column, reason: text ? `“${text}”不是日期，请写成 2025-03-10` : '必填' });
    return '';
  }
  return `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
}

/**
 * One past case from a committee's ledger, through the same service as recordPastCase: skipped when
 * the same row was imported before (its key is the committee and the ledger number, or the row itself).
 */
async function caseRow(ctx: Context, row: RosterRow): Promise<'created' | 'skipped'> {
  const problems: { column: string; reason: string }[] = [];
  const committee = row['所在调委会'] ? await committeeByName(ctx, row['所在调委会'], '所在调委会', problems) : null;
  if (!row['所在调委会']) problems.push({ column: '所在调委会', reason: '必填' });
  const acceptedOn = ledgerDate(row['受理日期'] ?? '', '受理日期', problems);
  const closedOn = ledgerDate(row['办结日期'] ?? '', '办结日期', problems);
  const outcome = pick(OUTCOME, row['结果'] ?? '', '结果', problems);
  const disputeType = pick(TYPE, row['纠纷类型'] ?? '', '纠纷类型', problems);
  const channel = pick(CHANNEL, row['案件来源'] ?? '', '案件来源', problems, false) ?? CaseChannel.WALK_IN;
  const names = (column: string) => {
    const found = list(row[column] ?? '');
    if (found.length === 0) problems.push({ column, reason: '必填' });
    return found.map((name) => Object.assign(new PartyInput(), { name, kind: PartyKind.PERSON, hasPowerOfAttorney: false }));
  };
  const applicants = names('申请人');
  const respondents = names('被申请人');
  let mediatorId: string | null = null;
  if (row['调解员证书编号']) {
    const mediator = await ctx.em.findOne(Mediator, { certificateNo: row['调解员证书编号'] });
    if (!mediator) problems.push({ column: '调解员证书编号', reason: `找不到证书编号为“${row['调解员证书编号']}”的调解员（须先导入调解员名册）` });
    // 以案定补 credits the mediator: only one who serves, or served, on this committee.
    else if (committee && !(await ctx.em.findOne(Membership, { mediator: mediator.id, committee: committee.id }))) {
      problems.push({ column: '调解员证书编号', reason: `证书编号为“${row['调解员证书编号']}”的调解员不在${committee.name}任职` });
    } else mediatorId = String(mediator.id);
  }
  const people = row['涉及人数'] ? Number(row['涉及人数']) : 2;
  if (!Number.isInteger(people)) problems.push({ column: '涉及人数', reason: '请填整数' });
  if (problems.length || !committee) throw new RowError(problems);
  // Ledger numbers often start again each year: the committee, the year and the number name a case.
  const ledgerNumber = row['台账案号'] || null;
  const year = acceptedOn.slice(0, 4);
  const key = createHash('sha256').update(ledgerNumber ? `${committee.id}|${year}|${ledgerNumber}` : JSON.stringify([committee.id, acceptedOn, closedOn, row['申请人'], row['被申请人'], row['事实经过']])).digest('hex');
  const idempotencyKey = `ledger-${key.slice(0, 40)}`;
  const viewer = await ctx.requireViewer();
  if (await ctx.em.findOne(MediationCase, { createdBy: viewer.userId, idempotencyKey })) return 'skipped';
  // Already recorded by hand (recordPastCase) under the same ledger number that year: not twice.
  if (ledgerNumber && (await ctx.em.findOne(MediationCase, { committee: committee.id, ledgerNumber, acceptedAt: { $gte: new Date(`${year}-01-01T00:00:00+08:00`), $lt: new Date(`${Number(year) + 1}-01-01T00:00:00+08:00`) } }))) return 'skipped';
  const input = await checked(Object.assign(new PastCaseInput(), {
    idempotencyKey, committeeId: String(committee.id), channel, referralNumber: row['委派移送文号'] || null, disputeType,
    regionCode: row['纠纷发生地区划代码'] || committee.region.code, facts: row['事实经过'], claims: row['请求事项'],
    amountInvolved: row['涉及金额'] || null, peopleInvolved: people, applicants, respondents,
    acceptedOn, closedOn, outcome, mediatorId, ledgerNumber: row['台账案号'] || null, closingNote: row['办结情况'] || null,
  }));
  await new CaseBackfillService(ctx).record(input);
  return 'created';
}

/** The one active committee of this name; a name two committees share is a problem to resolve, not a guess. */
async function committeeByName(ctx: Context, name: string, column: string, problems: { column: string; reason: string }[]) {
  const found = await ctx.em.find(Committee, { name, active: true }, { limit: 2 });
  if (found.length === 0) problems.push({ column, reason: `找不到在用的调委会“${name}”（须先导入，或在名册中排在前面）` });
  if (found.length > 1) problems.push({ column, reason: `有不止一个在用的调委会叫“${name}”，请先改名区分` });
  return found.length === 1 ? found[0] : null;
}

/** One committee row: skipped when a committee of that name already exists in that region. */
async function committeeRow(ctx: Context, row: RosterRow): Promise<'created' | 'skipped'> {
  const problems: { column: string; reason: string }[] = [];
  const kind = pick(KIND, row['类型'] ?? '', '类型', problems);
  const host = pick(HOST, row['派驻单位类型'] ?? '', '派驻单位类型', problems, false);
  const types = list(row['受理纠纷类型'] ?? '').map((label) => pick(TYPE, label, '受理纠纷类型', problems)).filter((c): c is string => !!c);
  let parentId: string | null = null;
  if (row['上级调委会']) {
    const parent = await committeeByName(ctx, row['上级调委会'], '上级调委会', problems);
    if (parent) parentId = String(parent.id);
  }
  if (problems.length) throw new RowError(problems);
  const existing = await ctx.em.findOne(Committee, { name: row['名称'], region: row['区划代码'] });
  if (existing) return 'skipped';
  const input = await checked(Object.assign(new CreateCommitteeInput(), {
    name: row['名称'], kind, regionCode: row['区划代码'], parentId, address: row['地址'], phone: row['电话'],
    serviceHours: row['服务时间'] || '周一至周五 8:30-12:00，14:30-18:00', disputeTypeCodes: types,
    hostInstitution: host ?? null, hostName: row['派驻单位名称'] || null, introduction: row['简介'] || null,
  }));
  await new CommitteeService(ctx).create(input);
  return 'created';
}

/** One mediator row and their appointment: skipped when the certificate (or, without one, the name in that committee) is already there. */
async function mediatorRow(ctx: Context, row: RosterRow): Promise<'created' | 'skipped'> {
  const problems: { column: string; reason: string }[] = [];
  const sex = pick(SEX, row['性别'] ?? '', '性别', problems);
  const background = pick(BACKGROUND, row['职业背景'] ?? '', '职业背景', problems);
  const employment = pick(EMPLOYMENT, row['专兼职'] ?? '', '专兼职', problems);
  const grade = pick(GRADE, row['等级'] ?? '', '等级', problems);
  const role = pick(ROLE, row['职务'] ?? '', '职务', problems, false) ?? MembershipRole.MEDIATOR;
  const specialties = list(row['擅长领域'] ?? '').map((label) => pick(TYPE, label, '擅长领域', problems)).filter((c): c is string => !!c);
  const expert = row['专家库'] ? pick(new Map([['是', true], ['否', false]]), row['专家库'], '专家库', problems) : false;
  const committee = row['所在调委会'] ? await committeeByName(ctx, row['所在调委会'], '所在调委会', problems) : null;
  if (!row['所在调委会']) problems.push({ column: '所在调委会', reason: '必填' });
  if (problems.length || !committee) throw new RowError(problems);
  const certificateNo = row['证书编号'] || null;
  const existing = certificateNo
    ? await ctx.em.findOne(Mediator, { certificateNo })
    : await ctx.em.findOne(Membership, { committee: committee.id, mediator: { name: row['姓名'] } });
  if (existing) return 'skipped';
  const input = await checked(Object.assign(new CreateMediatorInput(), {
    name: row['姓名'], sex, ethnicity: row['民族'] || '汉族', background, backgroundNote: row['背景说明'] || null, specialtyCodes: specialties,
    languages: row['语言'] ? list(row['语言']) : ['普通话'], employment, grade, certificateNo, inExpertPool: expert ?? false,
    contactPhone: row['工作电话'] || null, bio: row['简介'] || null,
  }));
  const mediator = await new MediatorService(ctx).create(input);
  await new MembershipService(ctx).add(await checked(Object.assign(new AddMembershipInput(), { committeeId: String(committee.id), mediatorId: String(mediator.id), role })));
  return 'created';
}

/**
 * Imports a committee roster or a mediator list (#13) through the same services and rules as the
 * API, every row in its own savepoint inside one transaction: a dry run (the default) reports every
 * row's problem and writes nothing; `commit` writes all rows only when none has a problem. Audited.
 */
export async function importRoster(deps: AppDeps, kind: RosterKind, rows: RosterRow[], options: { commit: boolean; ranBy: string; source: string }): Promise<RosterResult> {
  const ctx = await commandLineContext(deps, kind);
  const em = ctx.em;
  const problems: RowProblem[] = [];
  let created = 0;
  let skipped = 0;
  const run = async (sql: string) => em.getConnection().execute(sql, [], 'run', em.getTransactionContext<Knex.Transaction>());
  await em.begin();
  try {
    for (const [index, raw] of rows.entries()) {
      const row = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.replace(/\*$/, '').trim(), String(v ?? '').trim()]));
      if (Object.values(row).every((v) => !v)) continue; // a blank line in the sheet
      await run('savepoint roster_row');
      try {
        const outcome = await (kind === 'committees' ? committeeRow(ctx, row) : kind === 'mediators' ? mediatorRow(ctx, row) : caseRow(ctx, row));
        if (outcome === 'created') created++;
        else skipped++;
        await run('release savepoint roster_row');
      } catch (error) {
        await run('rollback to savepoint roster_row');
        em.clear();
        const line = index + 2;
        if (error instanceof RowError) problems.push(...error.problems.map((p) => ({ row: line, ...p })));
        else {
          const ext = (error as { extensions?: { problems?: { field: string; reason: string }[] } }).extensions;
          if (!ext?.problems) throw error;
          problems.push(...ext.problems.map((p) => ({ row: line, column: COLUMN_OF[p.field.replace(/^input\./, '')] ?? p.field, reason: p.reason })));
        }
      }
    }
    if (!options.commit || problems.length) throw new DryRun();
    em.create(AuditLog, {
      actorUserId: COMMAND_LINE_ACTOR, action: 'ROSTER_IMPORTED', subjectType: { committees: 'committee', mediators: 'mediator', cases: 'mediation_case' }[kind], subjectId: options.source.slice(0, 64),
      reason: `npm run roster:import（${options.ranBy}）：${options.source}，新增 ${created}，已存在跳过 ${skipped}`,
    });
    await em.flush();
    await em.commit();
    return { problems, created, skipped, committed: true };
  } catch (error) {
    await em.rollback();
    if (error instanceof DryRun) return { problems, created, skipped, committed: false };
    throw error;
  }
}
