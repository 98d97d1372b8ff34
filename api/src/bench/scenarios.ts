import type { Pool } from 'pg';
import { committeePage } from '../modules/committee/committee.queries';
import { mediatorCount, mediatorMenuPage, specialtiesOfMediators } from '../modules/mediator/mediator.queries';
import { PRIOR_COUNT, PRIOR_MEAN, smoothedRating } from '../modules/feedback/rating';
import { encodeCursor } from '../shared/pagination';
import { membersOfCommittees, membershipsOfMediators } from '../modules/membership/membership.queries';
import type { Sql } from '../shared/sql';
import { partySeesEventSql } from '../modules/case/case-event.audience';

/**
 * The benchmark's pages, each as a GraphQL query for the API, the same page as PostGraphile
 * expresses it (aliased to the API's shape), a hand-written handler for the raw `node:http` + `pg`
 * server that runs the very same SQL as the API (built by the same query functions) and writes the
 * same JSON, and one statement that returns the finished JSON — the two ceilings.
 */
export interface Scenario {
  name: string;
  description: string;
  graphql: { query: string; variables: Record<string, unknown> };
  /** The page as PostGraphile asks for it; its answer must equal the API's (ids compared as text). */
  postgraphile?: { query: string; variables: Record<string, unknown> };
  /** Absent where the raw server would have to re-implement the API's sign-in and access rules to be fair. */
  raw?(pool: Pool): Promise<string>;
  /** One statement whose single value is the whole response body. */
  json(pool: Pool): Promise<string>;
  /** What of the answer is compared between targets (default: all of it). */
  comparable?(answer: unknown): unknown;
  /** Asked as this signed-in person (the API gets their token, PostGraphile their id as a session setting). */
  signedIn?: 'resident' | 'committeeAdmin' | 'justiceOffice';
  /** Each connection cycles through these variables (many rooms polled at once); the ceiling cycles through the same. */
  variablesEach?: Record<string, unknown>[];
  /** The smallest answer that proves the scenario reads real data (default 1000 bytes). */
  minBytes?: number;
}

/** Who the signed-in scenarios ask as: a resident with cases at a committee, and that committee's admin. */
export interface BenchPeople {
  residentId: number;
  committeeAdminId: number;
  /** A justice office of the county (the dashboard). */
  justiceOfficeId: number;
  /** One of the resident's cases in mediation, with sessions, an agreement and a timeline of every audience (casePageFixture). */
  casePageId?: number;
  committeeId: number;
  /** The resident's cases in mediation, each room's joint thread with messages: the case and the newest message's id. */
  rooms?: { caseId: number; newestId: number }[];
}

/** The mini-program's poll of a room's thread (RoomMessagesQuery with `after`), as the room page sends it every 5 s. */
const ROOM_POLL = `query RoomMessages($caseId: ID!, $partyId: ID, $first: Int, $after: String) { roomMessages(caseId: $caseId, partyId: $partyId, first: $first, after: $after) {
  pageInfo { hasNextPage endCursor } othersReadUpTo nodes { id cursor authorRole authorName isMine body createdAt markedForFile photoUrl voiceUrl voiceSeconds } } }`;
const cursorOf = (id: number) => encodeCursor([id]);

const CASE_LIST_NODE = 'id number status createdAt deadlineState acceptanceDueAt acceptanceState disputeType { label } committee { name } parties { role name }';
const CASE_LIST_NODE_PGL = `id: rowId number status createdAt deadlineState acceptanceDueAt acceptanceState disputeType { label } committee { name }
  parties: partiesList(orderBy: ROW_ID_ASC) { role name }`;

/** One statement for a page of 20 cases (`where` on `mc`, its parameters from $1), as the mini-program's CasePage fragment selects them. */
function caseListJson(root: string, where: string) {
  return `with listed as (select mc.* from mediation_case mc where ${where}),
       page as (select * from listed order by id desc limit 21),
       shown as (select * from page order by id desc limit 20)
  select json_build_object('data', json_build_object('${root}', json_build_object(
    'totalCount', (select count(*) from listed),
    'pageInfo', json_build_object('hasNextPage', (select count(*) > 20 from page),
      'endCursor', (select rtrim(translate(encode(convert_to(format('[%s]', id), 'utf8'), 'base64'), '+/', '-_'), '=') from shown order by id limit 1)),
    'nodes', ${agg(
      `json_build_object('id', c.id::text, 'number', c.number, 'status', c.status, 'createdAt', ${isoOf('c.created_at')},
        'deadlineState', case when c.due_at is null or c.closed_at is not null then null when c.due_at < now() then 'OVERDUE'
          when c.due_at < now() + interval '3 days' then 'DUE_SOON' else 'ON_TIME' end,
        'acceptanceDueAt', ${isoOf('c.acceptance_due_at')},
        'acceptanceState', case when c.status <> 'PENDING_ACCEPTANCE' or c.acceptance_due_at is null then null when c.acceptance_due_at < now() then 'OVERDUE'
          when c.acceptance_due_at < now() + interval '24 hours' then 'DUE_SOON' else 'ON_TIME' end,
        'disputeType', (select json_build_object('label', d.label) from dispute_type d where d.code = c.dispute_type_code),
        'committee', (select json_build_object('name', k.name) from committee k where k.id = c.committee_id),
        'parties', ${agg(`json_build_object('role', p.role, 'name', p.name)`, 'case_party p where p.mediation_case_id = c.id', 'p.id')})`,
      'shown c',
      'c.id desc',
    )})))::text`;
}

/** Cursors are each server's own opaque format; times each server's own ISO form. */
const comparableAnswer = (answer: unknown) =>
  JSON.parse(JSON.stringify(answer, (key, value: unknown) =>
    key === 'endCursor' ? typeof value : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value).toISOString() : value)) as unknown;

/** A timestamptz as the API writes it (Date.toISOString). */
const isoOf = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const oneValue = async (pool: Pool, text: string, values: unknown[]) => {
  const { rows } = await pool.query({ text, values, rowMode: 'array' });
  return String(rows[0][0]);
};

const rows = async <T>(pool: Pool, query: Sql) => (await pool.query(query.toPg())).rows as T[];

function group<T extends Record<string, unknown>>(items: T[], key: keyof T) {
  const map = new Map<unknown, T[]>();
  for (const item of items) {
    const list = map.get(item[key]);
    if (list) list.push(item);
    else map.set(item[key], [item]);
  }
  return map;
}

/** A menu page's specialties and memberships, as the API's two batched statements fetch them, per mediator. */
async function menuRelations(pool: Pool, ids: number[]) {
  const [specialties, memberships] = await Promise.all([
    rows<{ mediatorId: number; code: string; label: string }>(pool, specialtiesOfMediators(ids)),
    rows<{ mediatorId: number; role: string; id: number; name: string }>(pool, membershipsOfMediators(ids)),
  ]);
  const specialtiesBy = group(specialties, 'mediatorId');
  const membershipsBy = group(memberships, 'mediatorId');
  return (id: number) => ({
    specialties: (specialtiesBy.get(id) ?? []).map((s) => ({ code: s.code, label: s.label })),
    memberships: (membershipsBy.get(id) ?? []).map((ms) => ({ role: ms.role, committee: { id: String(ms.id), name: ms.name } })),
  });
}

/** json_agg over `rows` with `order`, or `[]` for none. */
const agg = (object: string, from: string, order: string) => `coalesce((select json_agg(${object} order by ${order}) from ${from}), '[]')`;

const MENU_NODE_API = `id name grade specialties { code label } memberships { role committee { id name } }`;
const MENU_NODE_PGL = `id: rowId name grade specialties: specialtiesList(orderBy: SORT_ORDER_ASC) { code label }
  memberships: membershipsList(orderBy: [ROLE_ASC, COMMITTEE_ID_ASC]) { role committee { id: rowId name } }`;
const menuNodeJson = (m: string, extra = '') => `json_build_object(${extra}'id', ${m}.id::text, 'name', ${m}.name, 'grade', ${m}.grade,
  'specialties', ${agg(`json_build_object('code', d.code, 'label', d.label)`, `mediator_specialty s join dispute_type d on d.code = s.dispute_type_code where s.mediator_id = ${m}.id`, 'd.sort_order')},
  'memberships', ${agg(`json_build_object('role', ms.role, 'committee', json_build_object('id', c.id::text, 'name', c.name))`, `membership ms join committee c on c.id = ms.committee_id where ms.mediator_id = ${m}.id and ms.active and c.active`, 'ms.role, c.id')})`;

export function scenarios(regionCode: string, people: BenchPeople): Scenario[] {
  const menuPage = mediatorMenuPage({ regionCode }, 'RELEVANCE', undefined, 21).toPg();
  return [
    {
      name: 'a',
      description: 'mediator menu: 20 mediators of a county with specialties and committee names',
      graphql: {
        query: `query Menu($region: String) { mediators(first: 20, filter: { regionCode: $region }) { nodes { ${MENU_NODE_API} } } }`,
        variables: { region: regionCode },
      },
      postgraphile: {
        query: `query Menu($region: String!) { mediators: menu(region: $region, first: 20) { nodes { ${MENU_NODE_PGL} } } }`,
        variables: { region: regionCode },
      },
      async raw(pool) {
        const page = await rows<{ id: number; name: string; grade: number }>(pool, mediatorMenuPage({ regionCode }, 'RELEVANCE', undefined, 21));
        const nodes = page.slice(0, 20);
        const related = await menuRelations(pool, nodes.map((m) => m.id));
        return JSON.stringify({
          data: {
            mediators: {
              nodes: nodes.map((m) => ({
                id: String(m.id),
                name: m.name,
                grade: m.grade,
                ...related(m.id),
              })),
            },
          },
        });
      },
      json: (pool) =>
        oneValue(
          pool,
          `select json_build_object('data', json_build_object('mediators', json_build_object('nodes',
             ${agg(menuNodeJson('m'), `(select * from (${menuPage.text}) p order by p.grade, p.id limit 20) m`, 'm.grade, m.id')})))::text`,
          menuPage.values,
        ),
    },
    {
      name: 'b',
      description: '50 committees, each with its first 10 members',
      graphql: {
        query: `query Committees { committees(first: 50) { nodes { id name members(first: 10) { role mediator { id name } } } } }`,
        variables: {},
      },
      postgraphile: {
        query: `query Committees { committees: allCommittees(first: 50, orderBy: [REGION_CODE_ASC, ROW_ID_ASC]) { nodes { id: rowId name
          members: membersList(first: 10, orderBy: [ROLE_ASC, GRADE_ASC, MEDIATOR_ID_ASC]) { role mediator { id: rowId name } } } } }`,
        variables: {},
      },
      async raw(pool) {
        const page = await rows<{ id: number; name: string }>(pool, committeePage({}, undefined, 51));
        const nodes = page.slice(0, 50);
        const members = await rows<{ committeeId: number; role: string; id: number; name: string }>(
          pool,
          membersOfCommittees(nodes.map((c) => c.id), 10),
        );
        const membersBy = group(members, 'committeeId');
        return JSON.stringify({
          data: {
            committees: {
              nodes: nodes.map((c) => ({
                id: String(c.id),
                name: c.name,
                members: (membersBy.get(c.id) ?? []).map((m) => ({ role: m.role, mediator: { id: String(m.id), name: m.name } })),
              })),
            },
          },
        });
      },
      json: (pool) =>
        oneValue(
          pool,
          `select json_build_object('data', json_build_object('committees', json_build_object('nodes', ${agg(
            `json_build_object('id', c.id::text, 'name', c.name, 'members', ${agg(
              `json_build_object('role', t.role, 'mediator', json_build_object('id', t.id::text, 'name', t.name))`,
              `(select ms.role, m.grade, m.id, m.name from membership ms join mediator m on m.id = ms.mediator_id
                where ms.committee_id = c.id and ms.active and m.active order by ms.role, m.grade, m.id limit 10) t`,
              't.role, t.grade, t.id',
            )})`,
            `(select c.id, c.name, c.region_code from committee c where c.active order by c.region_code, c.id limit 50) c`,
            'c.region_code, c.id',
          )})))::text`,
          [],
        ),
    },
    {
      name: 'c',
      description: "the mini-program's menu page (MediatorMenuQuery): 20 mediators with photo, rating, count and next-page cursor",
      graphql: {
        query: `query MediatorMenu($filter: MediatorFilter, $first: Int) { mediators(filter: $filter, first: $first) { totalCount pageInfo { hasNextPage endCursor }
          nodes { id name photoUrl sex ethnicity grade employment languages inExpertPool rating ratingCount specialties { code label } memberships { role committee { id name } } } } }`,
        variables: { filter: { regionCode }, first: 20 },
      },
      postgraphile: {
        query: `query MediatorMenu($region: String!, $first: Int) { mediators: menu(region: $region, first: $first) { totalCount pageInfo { hasNextPage endCursor }
          nodes { id: rowId name photoUrl sex ethnicity grade employment languages inExpertPool rating ratingCount
            specialties: specialtiesList(orderBy: SORT_ORDER_ASC) { code label } memberships: membershipsList(orderBy: [ROLE_ASC, COMMITTEE_ID_ASC]) { role committee { id: rowId name } } } } }`,
        variables: { region: regionCode, first: 20 },
      },
      comparable: comparableAnswer,
      async raw(pool) {
        const filter = { regionCode };
        const [page, [{ count }]] = await Promise.all([
          rows<{ id: number; name: string; grade: number; photoUrl: string | null; sex: string; ethnicity: string; employment: string; languages: string[]; inExpertPool: boolean; ratingSum: number; ratingCount: number; score: number }>(pool, mediatorMenuPage(filter, 'RELEVANCE', undefined, 21)),
          rows<{ count: number }>(pool, mediatorCount(filter)),
        ]);
        const nodes = page.slice(0, 20);
        const related = await menuRelations(pool, nodes.map((m) => m.id));
        const last = nodes[nodes.length - 1];
        return JSON.stringify({
          data: {
            mediators: {
              totalCount: count,
              pageInfo: { hasNextPage: page.length > 20, endCursor: last ? encodeCursor([last.score, last.grade, last.id]) : null },
              nodes: nodes.map((m) => ({
                id: String(m.id),
                name: m.name,
                photoUrl: m.photoUrl,
                sex: m.sex,
                ethnicity: m.ethnicity,
                grade: m.grade,
                employment: m.employment,
                languages: m.languages,
                inExpertPool: m.inExpertPool,
                rating: m.ratingCount > 0 ? smoothedRating(m.ratingSum, m.ratingCount) : null,
                ratingCount: m.ratingCount,
                ...related(m.id),
              })),
            },
          },
        });
      },
      json: (pool) => {
        const count = mediatorCount({ regionCode }).toPg();
        const shift = (text: string, by: number) => text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + by}`);
        return oneValue(
          pool,
          `with page as (select p.*, row_number() over (order by p.grade, p.id) as position from (${menuPage.text}) p),
                shown as (select * from page where position <= 20)
           select json_build_object('data', json_build_object('mediators', json_build_object(
             'totalCount', (${shift(count.text, menuPage.values.length)}),
             'pageInfo', json_build_object('hasNextPage', (select count(*) > 20 from page),
               'endCursor', (select rtrim(translate(encode(convert_to(format('[%s,%s,%s]', score, grade, id), 'utf8'), 'base64'), '+/', '-_'), '=')
                             from shown order by position desc limit 1)),
             'nodes', ${agg(
               menuNodeJson(
                'm',
                `'photoUrl', m."photoUrl", 'sex', m.sex, 'ethnicity', m.ethnicity, 'employment', m.employment,
                 'languages', m.languages, 'inExpertPool', m."inExpertPool", 'ratingCount', m."ratingCount",
                 'rating', case when m."ratingCount" > 0 then round((${PRIOR_MEAN * PRIOR_COUNT} + m."ratingSum")::numeric / (${PRIOR_COUNT} + m."ratingCount"), 2) end, `,
               ),
               'shown m',
               'm.position',
             )})))::text`,
          [...menuPage.values, ...count.values],
        );
      },
    },
    {
      name: 'd',
      description: "a resident's my cases (MyCasesQuery): a page of 20 of their 25 cases with status, deadlines, type, committee and parties",
      signedIn: 'resident',
      graphql: {
        query: `query MyCases($first: Int) { myCases(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { ${CASE_LIST_NODE} } } }`,
        variables: { first: 20 },
      },
      postgraphile: {
        query: `query MyCases($first: Int) { myCases(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { ${CASE_LIST_NODE_PGL} } } }`,
        variables: { first: 20 },
      },
      comparable: comparableAnswer,
      json: (pool) => oneValue(pool, caseListJson('myCases', 'exists (select 1 from case_party p where p.mediation_case_id = mc.id and p.user_id = $1)'), [people.residentId]),
    },
    {
      name: 'e',
      description: "a committee's inbox (CommitteeCasesQuery, 受理台) as its admin opens it: a page of 20 of its cases",
      signedIn: 'committeeAdmin',
      graphql: {
        query: `query CommitteeCases($committeeId: ID!, $first: Int) { committeeCases(committeeId: $committeeId, first: $first) {
          totalCount pageInfo { hasNextPage endCursor } nodes { ${CASE_LIST_NODE} } } }`,
        variables: { committeeId: String(people.committeeId), first: 20 },
      },
      postgraphile: {
        query: `query CommitteeCases($committeeId: Int!, $first: Int) { committeeCases(committee: $committeeId, first: $first) {
          totalCount pageInfo { hasNextPage endCursor } nodes { ${CASE_LIST_NODE_PGL} } } }`,
        variables: { committeeId: people.committeeId, first: 20 },
      },
      comparable: comparableAnswer,
      // The admin's right to the committee checked in the same statement.
      json: (pool) =>
        oneValue(
          pool,
          caseListJson('committeeCases', `mc.committee_id = $1 and exists (select 1 from staff_assignment s where s.user_id = $2 and s.role = 'COMMITTEE_ADMIN' and s.committee_id = $1 and s.active)`),
          [people.committeeId, people.committeeAdminId],
        ),
    },
    ...(people.rooms?.length ? [roomPoll(people.rooms, people.residentId)] : []),
    dashboard(regionCode, people.justiceOfficeId),
    ...(people.casePageId ? [casePage(people.casePageId, people.residentId)] : []),
  ];
}

/**
 * What makes a case page worth measuring, added to one of the resident's cases in mediation: two
 * sessions (one recorded), a written agreement with three terms, the respondent's statement, and
 * timeline lines of every audience — for everyone, staff only, and a follow-up answer each party
 * wrote (the resident reads their own, not the other's).
 */
export function casePageFixture(caseId: number, residentId: number): string {
  return `
    insert into case_event (mediation_case_id, at, action, from_status, to_status, actor_user_id, actor_role, note) values
      (${caseId}, now() - interval '9 days', 'SESSION_SCHEDULED', 'IN_MEDIATION', 'IN_MEDIATION', null, 'COMMITTEE', '定于村委会调解室调解'),
      (${caseId}, now() - interval '8 days', 'IDENTITY_VOUCHED', 'IN_MEDIATION', 'IN_MEDIATION', null, 'COMMITTEE', '网格员核实了被申请人身份'),
      (${caseId}, now() - interval '7 days', 'SESSION_RECORDED', 'IN_MEDIATION', 'IN_MEDIATION', null, 'ASSIGNED_MEDIATOR', '双方同意分期赔偿'),
      (${caseId}, now() - interval '6 days', 'FOLLOW_UP', 'IN_MEDIATION', 'IN_MEDIATION', ${residentId}, 'APPLICANT', '对调解员很满意'),
      (${caseId}, now() - interval '6 days', 'FOLLOW_UP', 'IN_MEDIATION', 'IN_MEDIATION', null, 'RESPONDENT', '希望尽快结束'),
      (${caseId}, now() - interval '5 days', 'AGREEMENT_DRAFTED', 'IN_MEDIATION', 'IN_MEDIATION', null, 'ASSIGNED_MEDIATOR', '第1版');
    insert into mediation_session (mediation_case_id, scheduled_at, place, mode, participants, record, recorded_at) values
      (${caseId}, now() - interval '7 days', '村委会调解室', 'IN_PERSON', array['申请人', '被申请人'], '双方陈述了院墙损坏经过，同意分期赔偿。', now() - interval '7 days'),
      (${caseId}, now() + interval '3 days', '线上视频', 'ONLINE', array['申请人'], null, null);
    with a as (insert into agreement (mediation_case_id, kind, facts_and_responsibilities) values
      (${caseId}, 'WRITTEN', '被申请人驾驶农用车倒车时撞坏申请人家院墙约三米，被申请人负全部责任。') returning id)
    insert into agreement_term (agreement_id, seq, content, method, perform_by)
      select a.id, t.seq, t.content, t.method, t.perform_by::date from a, (values
        (1, '被申请人赔偿申请人修墙费用人民币壹仟捌佰元', '微信转账', '2027-01-15'),
        (2, '被申请人负责清理倒塌的砖石', '自行清理', '2026-12-20'),
        (3, '双方今后和睦相处，不再因此事发生纠纷', '—', '2027-06-30')) t(seq, content, method, perform_by);
    update case_party set statement = '我倒车时没看清，愿意赔偿，但希望分两次付清。', statement_at = now() - interval '8 days'
      where mediation_case_id = ${caseId} and role = 'RESPONDENT';`;
}

const CASE_PAGE_API = `id number status facts claims place createdAt acceptedAt deadlineState disputeType { code label } committee { id name phone address }
  parties { id role name isMe statement } timeline { id action actorRole at note toStatus }
  sessions { id mode place scheduledAt participants record recordedAt }
  agreement { id kind factsAndResponsibilities sealedAt terms { id seq content method performBy performance } }`;
const CASE_PAGE_PGL = `id: rowId number status facts claims place createdAt acceptedAt deadlineState disputeType { code label } committee { id: rowId name phone address }
  parties: partiesList(orderBy: ROW_ID_ASC) { id: rowId role name isMe statement } timeline: timelineList(orderBy: ROW_ID_ASC) { id: rowId action actorRole at note toStatus }
  sessions: sessionsList(orderBy: [SCHEDULED_AT_ASC, ROW_ID_ASC]) { id: rowId mode place scheduledAt participants record recordedAt }
  agreement { id: rowId kind factsAndResponsibilities sealedAt terms: termsList(orderBy: SEQ_ASC) { id: rowId seq content method performBy performance } }`;

/**
 * A case page as its party opens it (CaseDetailQuery's parts every target can express: not the
 * masked phones, which need the API's key, nor the allowed actions and next steps, which are the
 * workflow's): the case, its type and committee, its parties, the timeline the viewer may read, its
 * sessions and its agreement with terms.
 */
function casePage(caseId: number, residentId: number): Scenario {
  const viewer = '$2';
  return {
    name: 'h',
    description: "a resident's case page (CaseDetailQuery's case, type, committee, parties, timeline, sessions, agreement and terms)",
    signedIn: 'resident',
    graphql: { query: `query CaseDetail($id: ID!) { case(id: $id) { ${CASE_PAGE_API} } }`, variables: { id: String(caseId) } },
    postgraphile: { query: `query CaseDetail($id: Int!) { case: casePage(id: $id) { ${CASE_PAGE_PGL} } }`, variables: { id: caseId } },
    comparable: comparableAnswer,
    // The viewer's part in the case checked in the same statement; the timeline as a party reads it.
    json: (pool) =>
      oneValue(
        pool,
        `select json_build_object('data', json_build_object('case', (select json_build_object('id', c.id::text, 'number', c.number, 'status', c.status, 'facts', c.facts,
          'claims', c.claims, 'place', c.place, 'createdAt', ${isoOf('c.created_at')}, 'acceptedAt', ${isoOf('c.accepted_at')},
          'deadlineState', case when c.due_at is null or c.closed_at is not null then null when c.due_at < now() then 'OVERDUE'
            when c.due_at < now() + interval '3 days' then 'DUE_SOON' else 'ON_TIME' end,
          'disputeType', (select json_build_object('code', d.code, 'label', d.label) from dispute_type d where d.code = c.dispute_type_code),
          'committee', (select json_build_object('id', k.id::text, 'name', k.name, 'phone', k.phone, 'address', k.address) from committee k where k.id = c.committee_id),
          'parties', ${agg(`json_build_object('id', p.id::text, 'role', p.role, 'name', p.name, 'isMe', p.user_id is not distinct from ${viewer}, 'statement', p.statement)`, `case_party p where p.mediation_case_id = c.id`, 'p.id')},
          'timeline', ${agg(`json_build_object('id', e.id::text, 'action', e.action, 'actorRole', e.actor_role, 'at', ${isoOf('e.at')}, 'note', e.note, 'toStatus', e.to_status)`,
            `case_event e where e.mediation_case_id = c.id and ${partySeesEventSql('e', viewer)}`, 'e.id')},
          'sessions', ${agg(`json_build_object('id', s.id::text, 'mode', s.mode, 'place', s.place, 'scheduledAt', ${isoOf('s.scheduled_at')}, 'participants', s.participants,
            'record', s.record, 'recordedAt', ${isoOf('s.recorded_at')})`, `mediation_session s where s.mediation_case_id = c.id`, 's.scheduled_at, s.id')},
          'agreement', (select json_build_object('id', a.id::text, 'kind', a.kind, 'factsAndResponsibilities', a.facts_and_responsibilities, 'sealedAt', ${isoOf('a.sealed_at')},
            'terms', ${agg(`json_build_object('id', t.id::text, 'seq', t.seq, 'content', t.content, 'method', t.method, 'performBy', to_char(t.perform_by, 'YYYY-MM-DD'), 'performance', t.performance)`,
              'agreement_term t where t.agreement_id = a.id', 't.seq')}) from agreement a where a.mediation_case_id = c.id))
          from mediation_case c where c.id = $1 and exists (select 1 from case_party p where p.mediation_case_id = c.id and p.user_id = ${viewer}))))::text`,
        [caseId, residentId],
      ),
  };
}

/** The headline figures the dashboard compares across periods (the mini-program's HeadlineFigures). */
const HEADLINE = 'accepted successful successRate amountInvolved judicialConfirmations fulfilmentRate satisfactionRate averageDaysToClose overdue';

/**
 * The justice office's dashboard (统计看板) as the mini-program opens it: this year's whole months
 * for its county with every breakdown, and the headline figures of the period before (环比) and of
 * a year earlier (同比). PostGraphile and the ceiling get one SQL function per period that reads the
 * same rollup as the API and writes the API's shape (postgraphile-schema.ts, `pgl.dashboard`).
 */
function dashboard(regionCode: string, justiceOfficeId: number): Scenario {
  const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
  const periods = { from: `${year}-01-01`, to: `${year + 1}-01-01`, previousFrom: `${year - 1}-01-01`, previousTo: `${year}-01-01`, lastYearFrom: `${year - 1}-01-01`, lastYearTo: `${year}-01-01` };
  return {
    name: 'g',
    description: "a justice office's dashboard (StatisticsQuery, 统计看板) for its county: this year by type, channel, mediator, month and township, with the year before",
    signedIn: 'justiceOffice',
    graphql: {
      query: `query Statistics($regionCode: String, $from: String!, $to: String!, $previousFrom: String!, $previousTo: String!, $lastYearFrom: String!, $lastYearTo: String!) {
        statistics(regionCode: $regionCode, from: $from, to: $to) { ${HEADLINE} byDisputeType { code label count share } byChannel { code label count share }
          byMediator(first: 20) { mediatorId name cases successful successRate } byMonth { month accepted successful }
          byArea { regionCode name accepted successful successRate overdue amountInvolved } }
        previous: statistics(regionCode: $regionCode, from: $previousFrom, to: $previousTo) { ${HEADLINE} }
        lastYear: statistics(regionCode: $regionCode, from: $lastYearFrom, to: $lastYearTo) { ${HEADLINE} } }`,
      variables: { regionCode, ...periods },
    },
    postgraphile: {
      query: `query Statistics($region: String!, $from: Date!, $to: Date!, $previousFrom: Date!, $previousTo: Date!, $lastYearFrom: Date!, $lastYearTo: Date!) {
        statistics: dashboard(region: $region, fromDate: $from, toDate: $to, breakdowns: true)
        previous: dashboard(region: $region, fromDate: $previousFrom, toDate: $previousTo, breakdowns: false)
        lastYear: dashboard(region: $region, fromDate: $lastYearFrom, toDate: $lastYearTo, breakdowns: false) }`,
      variables: { region: regionCode, ...periods },
    },
    // The office's right to the region is checked inside pgl.dashboard, through the same session setting PostGraphile sets.
    json: (pool) =>
      oneValue(
        pool,
        `with viewer as materialized (select set_config('jwt.claims.user_id', $1, true))
         select json_build_object('data', json_build_object('statistics', pgl.dashboard($2, $3, $4, true),
           'previous', pgl.dashboard($2, $5, $6, false), 'lastYear', pgl.dashboard($2, $7, $8, false)))::text from viewer`,
        [String(justiceOfficeId), regionCode, periods.from, periods.to, periods.previousFrom, periods.previousTo, periods.lastYearFrom, periods.lastYearTo],
      ),
    minBytes: 500,
  };
}

/**
 * Many rooms polled at once: a party's phone asks every 5 s for what is new in the joint thread of
 * their room, one of ten; usually nothing is (the last message is the one it has). The API checks the
 * token, the case and the party's access on every poll; the one statement checks only that the
 * viewer is a party. PostGraphile has no column: the poll is the API's own operation, not a page.
 */
function roomPoll(rooms: NonNullable<BenchPeople['rooms']>, residentId: number): Scenario {
  // The last message of each room is the one the phone already has, the one before it is new: each poll brings one message.
  const variablesEach = rooms.map((r) => ({ caseId: String(r.caseId), partyId: null, first: 50, after: cursorOf(r.newestId - 1) }));
  let next = 0;
  return {
    name: 'f',
    description: `room polling (RoomMessagesQuery with after): a party's phone asking for new messages in one of ${rooms.length} rooms, one new message each time`,
    signedIn: 'resident',
    graphql: { query: ROOM_POLL, variables: variablesEach[0] },
    variablesEach,
    minBytes: 200,
    comparable: comparableAnswer,
    json: (pool) => {
      const room = rooms[next++ % rooms.length];
      return oneValue(
        pool,
        `with page as (select m.* from room_message m where m.mediation_case_id = $1 and m.private_party_id is null and m.id > $2
             and exists (select 1 from case_party p where p.mediation_case_id = $1 and p.user_id = $3) order by m.id desc limit 51),
           shown as (select * from page order by id desc limit 50)
         select json_build_object('data', json_build_object('roomMessages', json_build_object(
           'pageInfo', json_build_object('hasNextPage', (select count(*) > 50 from page),
             'endCursor', (select rtrim(translate(encode(convert_to(format('[%s]', id), 'utf8'), 'base64'), '+/', '-_'), '=') from shown order by id limit 1)),
           -- How far the thread's other people have read: its parties with an account and the mediator's.
           'othersReadUpTo', (select nullif(min(coalesce(r.last_read_id, 0)), 0)::text from (
               select p.user_id as id from case_party p where p.mediation_case_id = $1 and p.user_id is not null
               union select s.user_id from staff_assignment s join mediation_case c on c.mediator_id = s.mediator_id
                 where c.id = $1 and s.role = 'MEDIATOR' and s.active and s.user_id is not null) people
             left join room_read r on r.user_id = people.id and r.mediation_case_id = $1 and r.thread = 0 where people.id <> $3),
           'nodes', ${agg(
             `json_build_object('id', m.id::text, 'cursor', rtrim(translate(encode(convert_to(format('[%s]', m.id), 'utf8'), 'base64'), '+/', '-_'), '='),
               'authorRole', m.author_role, 'authorName', coalesce((select p.name from case_party p where p.mediation_case_id = m.mediation_case_id and p.user_id = m.author_id order by p.id limit 1), '调解员'),
               'isMine', m.author_id = $3, 'body', m.body, 'createdAt', ${isoOf('m.created_at')}, 'markedForFile', m.marked_for_file_at is not null,
               'photoUrl', case when m.media_type like 'image/%' then format('/cases/%s/room/media/%s', m.mediation_case_id, m.id) end,
               'voiceUrl', case when m.media_type like 'audio/%' then format('/cases/%s/room/media/%s', m.mediation_case_id, m.id) end,
               'voiceSeconds', case when m.media_type like 'audio/%' then m.media_seconds end)`,
             'shown m',
             'm.id desc',
           )})))::text`,
        [room.caseId, room.newestId - 1, residentId],
      );
    },
  };
}
