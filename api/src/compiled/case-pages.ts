import { ACCEPTANCE_DUE_SOON_HOURS } from '../modules/case/acceptance.rules';
import { DUE_SOON_DAYS } from '../modules/case/case-enums';
import { audienceSql, partySeesEventSql } from '../modules/case/case-event.audience';
import { checkPageSize, decodeCursor, encodeCursor } from '../shared/pagination';
import { parseId } from '../shared/ids';
import { type Sql, sql } from '../shared/sql';
import { Policy } from '../modules/staff/policy';
import type { CompiledRoot, CompiledType } from './compiled-query';

/**
 * Case lists as compiled statements: a signed-in viewer's own cases (我的案件, `myCases`: where
 * the viewer is a party) and a committee's inbox (受理台, `committeeCases`, for those Policy lets
 * manage the committee), newest first, as casePage lists them; and a resident's own case page
 * (`case(id)` for a viewer with no staff role, who can only read it as its party). Only fields every
 * party of a case may read are compiled in the lists; the case page adds what a party reads of its
 * timeline (`asParty`). Phones (masked with the API's key), allowed actions and next steps (the
 * workflow's) stay with their resolvers. Statements read the viewer's id from `viewer.id`.
 */

const column = (name: string) => ({ kind: 'value' as const, sql: (t: string) => `${t}.${name}` });
/** A timestamptz as graphql-js writes a Date (toISOString: milliseconds, UTC). */
const time = (name: string) => ({ kind: 'value' as const, sql: (t: string) => `to_char(${t}.${name} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` });

/** The deadline states of the case resolver (deadlineState, acceptanceState), in SQL: now() against the deadline. */
const state = (due: string, soon: string) =>
  `case when ${due} < now() then 'OVERDUE' when ${due} < now() + interval '${soon}' then 'DUE_SOON' else 'ON_TIME' end`;

export const CASE_TABLES: Record<string, string> = {
  MediationCase: 'mediation_case',
  CaseParty: 'case_party',
  CaseEvent: 'case_event',
  MediationSession: 'mediation_session',
  Agreement: 'agreement',
  AgreementTerm: 'agreement_term',
};

/** A date column as the entity keeps it (YYYY-MM-DD). */
const day = (name: string) => ({ kind: 'value' as const, sql: (t: string) => `to_char(${t}.${name}, 'YYYY-MM-DD')` });

export const CASE_TYPES: Record<string, CompiledType> = {
  MediationCase: {
    fields: {
      id: { kind: 'value', sql: (t) => `${t}.id::text` },
      number: column('number'),
      status: column('status'),
      channel: column('channel'),
      facts: column('facts'),
      claims: column('claims'),
      peopleInvolved: column('people_involved'),
      place: column('place'),
      fastTrack: column('fast_track'),
      acceptedAt: time('accepted_at'),
      dueAt: time('due_at'),
      acceptanceDueAt: time('acceptance_due_at'),
      closedAt: time('closed_at'),
      createdAt: time('created_at'),
      version: column('version'),
      deadlineState: { kind: 'value', sql: (t) => `case when ${t}.due_at is null or ${t}.closed_at is not null then null else ${state(`${t}.due_at`, `${DUE_SOON_DAYS} days`)} end` },
      acceptanceState: {
        kind: 'value',
        sql: (t) => `case when ${t}.status <> 'PENDING_ACCEPTANCE' or ${t}.acceptance_due_at is null then null else ${state(`${t}.acceptance_due_at`, `${ACCEPTANCE_DUE_SOON_HOURS} hours`)} end`,
      },
      disputeType: { kind: 'object', from: (t) => `select * from dispute_type where code = ${t}.dispute_type_code` },
      committee: { kind: 'object', from: (t) => `select * from committee where id = ${t}.committee_id` },
      // In the order they were named, as the case's parties collection is ordered.
      parties: { kind: 'list', from: (t) => `select cp.*, cp.id as position from case_party cp where cp.mediation_case_id = ${t}.id` },
      // What a party reads of the timeline (seesEvent), in the order it happened.
      timeline: { kind: 'list', asParty: true, from: (t) => `select e.*, e.id as position from case_event e where e.mediation_case_id = ${t}.id and ${partySeesEventSql('e', '(select id from viewer)')}` },
      sessions: {
        kind: 'list',
        from: (t) => `select s.*, row_number() over (order by s.scheduled_at, s.id) as position from mediation_session s where s.mediation_case_id = ${t}.id`,
      },
      agreement: { kind: 'object', from: (t) => `select * from agreement where mediation_case_id = ${t}.id` },
    },
  },
  CaseEvent: {
    fields: {
      id: { kind: 'value', sql: (t) => `${t}.id::text` },
      at: time('at'),
      action: column('action'),
      fromStatus: column('from_status'),
      toStatus: column('to_status'),
      actorRole: column('actor_role'),
      note: column('note'),
      audience: { kind: 'value', sql: (t) => audienceSql(t) },
    },
  },
  MediationSession: {
    fields: {
      id: { kind: 'value', sql: (t) => `${t}.id::text` },
      scheduledAt: time('scheduled_at'),
      place: column('place'),
      mode: column('mode'),
      participants: column('participants'),
      meetingUrl: column('meeting_url'),
      record: column('record'),
      recordedAt: time('recorded_at'),
    },
  },
  Agreement: {
    fields: {
      id: { kind: 'value', sql: (t) => `${t}.id::text` },
      kind: column('kind'),
      factsAndResponsibilities: column('facts_and_responsibilities'),
      signedByMediatorAt: time('signed_by_mediator_at'),
      sealedAt: time('sealed_at'),
      judicialCourt: column('judicial_court'),
      judicialAppliedOn: day('judicial_applied_on'),
      judicialResult: column('judicial_result'),
      judicialReference: column('judicial_reference'),
      version: column('version'),
      terms: { kind: 'list', from: (t) => `select tm.*, tm.seq as position from agreement_term tm where tm.agreement_id = ${t}.id` },
    },
  },
  AgreementTerm: {
    fields: {
      id: { kind: 'value', sql: (t) => `${t}.id::text` },
      seq: column('seq'),
      content: column('content'),
      method: column('method'),
      performBy: day('perform_by'),
      performance: column('performance'),
      performanceNote: column('performance_note'),
    },
  },
  CaseParty: {
    fields: {
      id: { kind: 'value', sql: (t) => `${t}.id::text` },
      role: column('role'),
      kind: column('kind'),
      name: column('name'),
      agentName: column('agent_name'),
      hasPowerOfAttorney: column('has_power_of_attorney'),
      isMe: { kind: 'value', viewer: true, sql: (t) => `coalesce(${t}.user_id = (select id from viewer), false)` },
      language: column('language'),
      statement: column('statement'),
      statementAt: time('statement_at'),
    },
  },
};

/** The cases the viewer is a party to. */
const mine = sql`exists (select 1 from case_party cp where cp.mediation_case_id = mc.id and cp.user_id = (select id from viewer))`;

/** The resolvers' page size and cursor checks; null when they would refuse (the ordinary execution says why). */
function pageArgs(args: Record<string, unknown>): { size: number; key: number[] | undefined } | null {
  try {
    return { size: checkPageSize(args.first as number | null | undefined), key: decodeCursor(args.after as string | null | undefined, ['number']) as number[] | undefined };
  } catch {
    return null;
  }
}

/** A page of cases matching `where` (on `mc`), newest first, as casePage lists them. */
function casesPage(where: Sql, size: number, key: number[] | undefined) {
  return {
    rows: sql`select mc.id, row_number() over (order by mc.id desc) as position from mediation_case mc
      where ${where} ${key ? sql`and mc.id < ${key[0]}` : sql``} order by mc.id desc limit ${size + 1}`,
    size,
    cursorKey: 'json_build_array(p.id)',
    encodeCursor: (k: unknown[]) => encodeCursor(k as number[]),
    count: () => sql`select count(*)::int from mediation_case mc where ${where}`,
    prepare: true,
  };
}

export const CASE_ROOTS: Record<string, CompiledRoot> = {
  // A resident's own case page. Without a staff role the viewer can read a case only as its party
  // (CaseAccess: residents have no other part), so the party's reading of the timeline applies;
  // staff, and a case that is not the viewer's, go the ordinary way.
  case: {
    nodeType: 'MediationCase',
    asParty: true,
    async authorize(_args, ctx) {
      const viewer = await ctx.viewer();
      return !!viewer && viewer.staff.length === 0;
    },
    async find(args) {
      try {
        return { id: sql`select mc.id from mediation_case mc where mc.id = ${parseId(args.id as string, 'id')} and ${mine}`, prepare: true };
      } catch {
        return null;
      }
    },
  },
  myCases: {
    nodeType: 'MediationCase',
    signedIn: true,
    async page(args) {
      const page = pageArgs(args);
      return page && casesPage(mine, page.size, page.key);
    },
  },
  // The committee's inbox (受理台): its admin, the justice offices over it and a system admin, as Policy decides for the resolver.
  committeeCases: {
    nodeType: 'MediationCase',
    async authorize(args, ctx) {
      await (await Policy.of(ctx)).assertCommittee(parseId(args.committeeId as string, 'committeeId'), { structural: false });
      return true;
    },
    async page(args) {
      const page = pageArgs(args);
      let committeeId: number;
      try {
        committeeId = parseId(args.committeeId as string, 'committeeId');
      } catch {
        return null;
      }
      const statuses = (args.statuses as string[] | null | undefined) ?? [];
      const where = statuses.length ? sql`mc.committee_id = ${committeeId} and mc.status::text = any(${statuses}::text[])` : sql`mc.committee_id = ${committeeId}`;
      return page && casesPage(where, page.size, page.key);
    },
  },
};
