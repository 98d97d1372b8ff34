import { parse, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { parseOptions } from '../api/src/armor';
import { CompiledPages } from '../api/src/compiled/compiled-pages';
import { casePageFixture } from '../api/src/bench/scenarios';
import { audienceOf, audienceSql, EVENT_AUDIENCE, partySeesEventSql, seesEvent } from '../api/src/modules/case/case-event.audience';
import { CaseActor } from '../api/src/modules/case/case-workflow';
import { CASE_ROOTS } from '../api/src/compiled/case-pages';
import { COMPILED_ROOTS, COMPILED_TYPES } from '../api/src/compiled/public-pages';
import { createContext } from '../api/src/context';
import { getSchema } from '../api/src/schema';
import { insertDataset } from '../api/src/seed/insert-dataset';
import { buildNetwork } from '../api/src/seed/network';
import { Random } from '../api/src/seed/random';
import { scalePlan } from '../api/src/seed/scale';
import { startApiServer, type ApiServer } from '../api/src/server';
import { dbFor } from '../api/src/shared/db';
import type { Sql } from '../api/src/shared/sql';
import { WeChatClient } from '../api/src/modules/identity/wechat.client';
import { resolveSecrets } from '../api/src/secrets';
import { startTestApi, type TestApi } from './support/api';

/**
 * The compiled pages (api/src/compiled) answer exactly what graphql-js answers, for every field
 * they compile, on every page of every order; and anything they should not answer (a refused
 * argument, a field they do not compile, a mutation, unsafe text) is left to graphql-js.
 */
let api: TestApi;
let plain: ApiServer;
let compiled: CompiledPages;

const MEDIATOR = `id name photoUrl sex ethnicity background backgroundNote languages employment grade certificateNo bio inExpertPool contactPhone active ratingCount rating`;
const COMMITTEE = `id name kind regionCode parentId hostInstitution hostName address phone latitude longitude serviceHours introduction caseDeadlineDays acceptanceDeadlineDays active`;

/** Every compiled field, from the mediator menu down. */
const MENU = `query Menu($filter: MediatorFilter, $sort: MediatorSortOrder, $first: Int, $after: String) {
  mediators(filter: $filter, sort: $sort, first: $first, after: $after) {
    __typename totalCount pageInfo { hasNextPage endCursor __typename }
    nodes { ...M specialties { code label __typename }
      memberships { __typename id role mediator { id name } committee { ...C memberCount disputeTypes { code label } members(first: 3) { id role mediator { id grade } } } } }
  }
}
fragment M on Mediator { ${MEDIATOR} }
fragment C on Committee { ${COMMITTEE} }`;

/** The committee list with every committee field (nested mediators' fields are the menu's). */
const COMMITTEES = `query Committees($filter: CommitteeFilter, $first: Int, $after: String, $members: Int) {
  list: committees(filter: $filter, first: $first, after: $after) {
    count: totalCount pageInfo { endCursor hasNextPage }
    nodes { ... on Committee { ${COMMITTEE} } memberCount disputeTypes { code label }
      members(first: $members) { id role mediator { id name grade rating photoUrl } } }
  }
}`;

/** Every compiled field of a signed-in viewer's own case list. */
const MY_CASES = `query MyCases($first: Int, $after: String) {
  myCases(first: $first, after: $after) {
    __typename totalCount pageInfo { hasNextPage endCursor }
    nodes { id number status channel facts claims peopleInvolved place fastTrack acceptedAt dueAt acceptanceDueAt closedAt createdAt version deadlineState acceptanceState
      disputeType { code label } committee { id name kind } parties { id role kind name agentName hasPowerOfAttorney isMe } }
  }
}`;

/** Every compiled field of a resident's own case page. */
const CASE_PAGE = `query CasePage($id: ID!) {
  case(id: $id) { __typename id number status channel facts claims peopleInvolved place fastTrack acceptedAt dueAt acceptanceDueAt closedAt createdAt version deadlineState acceptanceState
    disputeType { code label } committee { id name phone address }
    parties { id role kind name agentName hasPowerOfAttorney isMe language statement statementAt }
    timeline { id at action fromStatus toStatus actorRole note audience }
    sessions { id scheduledAt place mode participants meetingUrl record recordedAt }
    agreement { id kind factsAndResponsibilities signedByMediatorAt sealedAt judicialCourt judicialAppliedOn judicialResult judicialReference version
      terms { id seq content method performBy performance performanceNote } } }
}`;

/** Every compiled field of the statistics (the dashboard); statistics.test.ts compares them over every scope and period shape. */
const STATISTICS = `query Statistics($from: String!, $to: String!, $c: ID, $r: String) {
  statistics(from: $from, to: $to, committeeId: $c, regionCode: $r) { accepted successful successRate amountInvolved judicialConfirmations fulfilmentRate satisfactionRate averageDaysToClose overdue
    byDisputeType { code label count share } byChannel { code label count share } byMediator(first: 5) { mediatorId name cases successful successRate }
    byMonth { month accepted successful } byArea { regionCode name accepted successful successRate overdue amountInvolved } }
}`;

/** The same request through the compiled pages (as `as`, an account id and its token) and through graphql-js alone. */
/** A request's context as the server builds it for a valid token of this account. */
async function contextOf(userId: number) {
  const [{ session_version: sessionVersion }] = await api.sql<{ session_version: number }>('select session_version from user_account where id = ?', [userId]);
  return createContext({ orm: api.db.orm, config: api.config, secrets: await resolveSecrets(api.config), wechat: new WeChatClient(api.config.wechat) }, { auth: { userId, sessionVersion } });
}

async function bothWays(query: string, variables: Record<string, unknown>, as?: { id: number; token: string }) {
  const body = { query, variables };
  const answer = await compiled.answer(body, async () => (as ? contextOf(as.id) : null));
  const res = await fetch(`http://127.0.0.1:${plain.port}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(as ? { authorization: `Bearer ${as.token}` } : {}) }, body: JSON.stringify(body),
  });
  const viaGraphqlJs = (await res.json()) as { data?: unknown; errors?: unknown };
  return { compiled: answer && (JSON.parse(answer.body) as { data: Record<string, any> }), viaGraphqlJs };
}

beforeAll(async () => {
  api = await startTestApi({ demo: false });
  await insertDataset(api.db.orm.em.fork(), buildNetwork(scalePlan({ mediators: 400, committees: 80 }), new Random(11)));
  // What the resolvers decide per row: ratings (some rounding on a half: 33/8 = 4.125), photos, places,
  // inactive memberships, committees and mediators that must not appear.
  await api.sql(`update mediator set rating_sum = (id * 7) % 40, rating_count = id % 9 where id % 3 = 0`);
  await api.sql(`update mediator set rating_sum = 13, rating_count = 3 where id % 10 = 1`);
  await api.sql(`update mediator set photo_url = '/media/photos/' || md5(id::text) || '.jpg', contact_phone = '0935-' || id where id % 4 = 0`);
  await api.sql(`update committee set latitude = 37.92 + id / 1000.0, longitude = 102.64 - id / 3000.0 where id % 2 = 0`);
  await api.sql(`update membership set active = false where id % 11 = 0`);
  await api.sql(`update committee set active = false where id % 13 = 0`);
  await api.sql(`update mediator set active = false where id % 17 = 0`);
  await api.sql('analyze');
  const config = { ...api.config, compileQueries: false };
  plain = await startApiServer({ orm: api.db.orm, config, secrets: await resolveSecrets(config), wechat: new WeChatClient(config.wechat) }, { port: 0, log: () => undefined });
  compiled = new CompiledPages(await getSchema(), [], parseOptions, dbFor(api.db.orm.em));
});
afterAll(async () => {
  await plain.stop();
  await api.close();
});

describe('compiled pages', () => {
  it('the test documents select every field the compiler knows, so each is compared below', async () => {
    const schema = await getSchema();
    const selected = new Set<string>();
    for (const document of [MENU, COMMITTEES, MY_CASES, CASE_PAGE, STATISTICS]) {
      const typeInfo = new TypeInfo(schema);
      visit(parse(document), visitWithTypeInfo(typeInfo, { Field: () => void selected.add(`${typeInfo.getParentType()?.name}.${typeInfo.getFieldDef()?.name}`) }));
    }
    const compiledFields = Object.entries(COMPILED_TYPES).flatMap(([type, { fields }]) => Object.keys(fields).map((field) => `${type}.${field}`));
    expect(compiledFields.filter((f) => !selected.has(f))).toEqual([]);
    // And every compiled field exists in the schema with that name.
    for (const f of compiledFields) {
      const [type, field] = f.split('.');
      expect(schema.getType(type)).toBeDefined();
      expect(Object.keys((schema.getType(type) as any).getFields())).toContain(field);
    }
  });

  const orders = [
    { name: 'the menu of a county by grade (RELEVANCE without text)', variables: { filter: { regionCode: '990101' } } },
    { name: 'the whole menu by GRADE', variables: { sort: 'GRADE' } },
    { name: 'by RATING', variables: { sort: 'RATING' } },
    { name: 'RELEVANCE for a search text', variables: { filter: { search: ' 调解 ' } } },
    { name: 'filtered by specialty, grades, employment and the expert pool', variables: { filter: { specialty: 'NEIGHBOURHOOD', grades: [1, 2, 3], employment: 'PART_TIME', inExpertPool: false } } },
    { name: 'filtered by language', variables: { filter: { language: '汉语' }, sort: 'GRADE' } },
  ];
  it.each(orders)('mediator menu, $name: every page (7 at a time) as graphql-js answers it, cursors included', async ({ variables }) => {
    let after: string | null = null;
    let pages = 0;
    for (; pages < 12; pages++) {
      const { compiled: fast, viaGraphqlJs } = await bothWays(MENU, { ...variables, first: 7, after });
      expect(viaGraphqlJs.errors).toBeUndefined();
      expect(fast).toEqual(viaGraphqlJs);
      const connection = fast?.data.mediators;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages).toBeGreaterThan(0);
  });

  it('every page of the menu holds mediators with ratings, photos and memberships to compare', async () => {
    const { compiled: fast } = await bothWays(MENU, { first: 100, sort: 'RATING' });
    const nodes = fast?.data.mediators.nodes as any[];
    expect(nodes.some((m) => m.rating === 4.13)).toBe(true);
    expect(nodes.some((m) => m.rating === null)).toBe(true);
    expect(nodes.some((m) => m.photoUrl !== null)).toBe(true);
    expect(nodes.some((m) => m.memberships.length > 1)).toBe(true);
  });

  it.each([
    ['the first page', { first: 20, members: 5 }],
    ['a region, 100 at a time, every member', { filter: { regionCode: '99' }, first: 100, members: 100 }],
    ['a search with kinds', { filter: { search: '调委会', kinds: ['VILLAGE', 'COMMUNITY'] }, first: 30, members: 1 }],
    ['a dispute type', { filter: { disputeType: 'MARRIAGE_FAMILY' }, first: 10, members: 20 }],
  ])('committees, %s: every page as graphql-js answers it', async (_name, variables) => {
    let after: string | null = null;
    for (let pages = 0; pages < 12; pages++) {
      const { compiled: fast, viaGraphqlJs } = await bothWays(COMMITTEES, { ...variables, after });
      expect(viaGraphqlJs.errors).toBeUndefined();
      expect(fast).toEqual(viaGraphqlJs);
      if (!fast?.data.list.pageInfo.hasNextPage) break;
      after = fast.data.list.pageInfo.endCursor;
    }
  });

  it.each([
    ['a page size out of range', MENU, { first: 0 }],
    ['a page size over 100', COMMITTEES, { first: 101 }],
    ['a nested page size out of range', COMMITTEES, { members: 0 }],
    ['a cursor that is not one', MENU, { after: 'bm90LWEtY3Vyc29y' }],
    ['a search text that is too long', MENU, { filter: { search: '调'.repeat(51) } }],
    ['a grade that does not exist', MENU, { filter: { grades: [9] } }],
    ['a committee id that is not one', MENU, { filter: { committeeId: 'x' } }],
    ['a variable of the wrong type', MENU, { first: 'twenty' }],
    ['text with a control character', MENU, { filter: { search: 'a\u0000b' } }],
  ])('%s is left to graphql-js, which refuses it as before', async (_name, query, variables) => {
    const { compiled: fast, viaGraphqlJs } = await bothWays(query, variables);
    expect(fast).toBeNull();
    expect(viaGraphqlJs.errors).toBeDefined();
    // The server with compiled pages on answers it the same way.
    const res = await api.gql(query, variables);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual((viaGraphqlJs.errors as any[]).map((e) => e.extensions?.code));
  });

  it('a request whose arguments were refused does not keep the next one, with good arguments, from the fast path', async () => {
    const query = `query($members: Int) { committees(first: 3) { nodes { id members(first: $members) { role } } } }`;
    expect(await compiled.answer({ query, variables: { members: 0 } })).toBeNull();
    const { compiled: fast, viaGraphqlJs } = await bothWays(query, { members: 2 });
    expect(fast).not.toBeNull();
    expect(fast).toEqual(viaGraphqlJs);
  });

  it('a region page finds its rows planned for the region, and builds its nodes in one prepared statement whatever the region', async () => {
    // The region prefix needs its value to use the index, so the rows are planned each time; the
    // nodes' JSON, costly to plan, is a second statement over the ids: one text, prepared.
    const db = dbFor(api.db.orm.em);
    const sent: { text: string; prepare: boolean }[] = [];
    const spying = { rows: <T,>(query: Sql, options?: { prepare?: boolean }) => (sent.push({ text: query.toPg().text, prepare: !!options?.prepare }), db.rows<T>(query, options)) };
    const pages = new CompiledPages(await getSchema(), [], parseOptions, spying);
    const query = `query($region: String) { mediators(first: 4, filter: { regionCode: $region }) { totalCount nodes { id name specialties { label } memberships { role committee { name } } } } }`;
    for (const region of ['990101', '9901']) {
      sent.length = 0;
      const fast = await pages.answer({ query, variables: { region } });
      const { viaGraphqlJs } = await bothWays(query, { region });
      expect(JSON.parse(fast?.body ?? 'null')).toEqual(viaGraphqlJs);
      expect(sent.map((s) => s.prepare)).toEqual([false, true]);
      expect(sent[0].text).toMatch(/like/);
      expect(sent[1].text).toMatch(/unnest/);
      expect(sent[1].text).not.toMatch(/like|9901/);
    }
    // The same nodes statement for both regions: PostgreSQL plans it once per connection.
    const nodesFor = async (region: string) => {
      sent.length = 0;
      await pages.answer({ query, variables: { region } });
      return sent[1].text;
    };
    expect(await nodesFor('990101')).toBe(await nodesFor('99'));
  });

  it.each([
    ['a field the compiler does not know', '{ mediators(first: 3) { nodes { id closedCases } } }'],
    ['a relation it does not compile', '{ committees(first: 3) { nodes { id region { name } } } }'],
    ['a directive', 'query($x: Boolean!) { mediators(first: 3) { nodes { id name @include(if: $x) } } }'],
    ['another root beside a compiled one', '{ mediators(first: 1) { totalCount } disputeTypes { code } }'],
    ['a viewer-dependent root', '{ me { id } }'],
    ['an invalid document', '{ mediators(first: 3) { nodes { nope } } }'],
    ['a mutation', 'mutation { devLogin(name: "张三") { accessToken } }'],
    ['a document too long to remember (a 20 KB comment)', `# ${'x'.repeat(20_000)}\n{ mediators(first: 3) { nodes { id } } }`],
  ])('%s is left to graphql-js', async (_name, query) => {
    expect(await compiled.answer({ query, variables: { x: true } })).toBeNull();
  });

  it('the server answers compiled pages itself, as graphql-js would, and counts them as operations', async () => {
    const query = `query { mediators(first: 5, filter: { regionCode: "990101" }) { totalCount nodes { id name specialties { label } memberships { role committee { name } } } } }`;
    const res = await fetch(api.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const viaServer = await res.json();
    const { compiled: fast, viaGraphqlJs } = await bothWays(query, {});
    expect(fast).not.toBeNull();
    expect(viaServer).toEqual(viaGraphqlJs);
    const metrics = await (await fetch(`http://127.0.0.1:${api.server.port}/metrics`)).text();
    expect(metrics).toMatch(/tiaojie_graphql_operation_duration_seconds_count\{operation="query\.mediators",outcome="ok"\} [1-9]/);
  });

  it.each([
    ['urql, the mini-program\'s client', 'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed'],
    ['a plain JSON client', 'application/json'],
    ['anything', '*/*'],
  ])('%s: compiled, with the content type Apollo would choose for its Accept header', async (_name, accept) => {
    const pages = jest.spyOn(COMPILED_ROOTS.mediators, 'page');
    try {
      // A document of its own (its page size is the header's length), so no plan is kept from before.
      const body = JSON.stringify({ query: `{ mediators(first: ${accept.length % 90 + 1}) { nodes { id name } } }` });
      const post = (port: number) => fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body });
      const fast = await post(api.server.port);
      expect(pages).toHaveBeenCalledTimes(1);
      const slow = await post(plain.port);
      expect(fast.headers.get('content-type')).toBe(slow.headers.get('content-type'));
      expect(await fast.json()).toEqual(await slow.json());
    } finally {
      pages.mockRestore();
    }
  });

  it('a request the fast path does not take (extensions, another content type) gets the same answer through Apollo', async () => {
    const query = '{ committees(first: 2) { nodes { id name } } }';
    const withExtensions = await fetch(api.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, extensions: {} }) });
    const { viaGraphqlJs } = await bothWays(query, {});
    expect(await withExtensions.json()).toEqual(viaGraphqlJs);
  });
});

describe('my cases, compiled for the signed-in viewer', () => {
  const people: Record<string, { id: number; token: string }> = {};
  const person = async (name: string) => {
    const token = await api.login(name);
    const [{ id }] = await api.sql<{ id: number }>('select id from user_account where openid = ?', [`dev:${name}`]);
    await api.sql(`insert into privacy_consent (user_id, version) values (?, '2026-11-01') on conflict do nothing`, [id]);
    return (people[name] = { id, token });
  };

  beforeAll(async () => {
    const a = await person('compiled-applicant');
    const b = await person('compiled-respondent');
    await person('compiled-nobody');
    const admin = await person('compiled-admin');
    await api.sql("insert into staff_assignment (role, display_name, user_id, bound_at) values ('SYSTEM_ADMIN', '系统管理员', ?, now())", [admin.id]);
    const [committee] = await api.sql<{ id: number; region_code: string }>("select id, region_code from committee where active and kind = 'TOWNSHIP' order by id limit 1");
    const ids: string[] = [];
    for (let i = 0; i < 9; i++) {
      const res = await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id version } }', {
        input: { idempotencyKey: `compiled-${i}`, disputeType: i % 2 ? 'NEIGHBOURHOOD' : 'DAMAGES', regionCode: committee.region_code, committeeId: String(committee.id),
          facts: `第${i + 1}件：邻居装修噪音影响休息，多次沟通未果。`, claims: '请求调解\n约定施工时间', place: i % 3 ? null : '一组东头', peopleInvolved: 2 + i,
          applicants: [{ name: '申请人甲' }, ...(i === 4 ? [{ name: '申请人乙' }] : [])], respondents: [{ name: `被申请人${i + 1}号`, phone: '13900001111' }] },
      }, a.token);
      expect(res.errors).toBeUndefined();
      ids.push(res.data.fileCase.id);
      if (i % 3 === 1) {
        const accepted = await api.gql('mutation($id: ID!, $v: Int!) { performCaseAction(caseId: $id, action: ACCEPT, expectedVersion: $v) { case { id } } }', { id: res.data.fileCase.id, v: res.data.fileCase.version }, admin.token);
        expect(accepted.errors).toBeUndefined();
      }
    }
    // Withdrawn (closed), one due soon, one overdue, one past its acceptance deadline, one whose respondent is the second person.
    const [, , withdrawn, dueSoon, overdue, , late, theirs] = ids.map(Number);
    const [{ version }] = await api.sql<{ version: number }>('select version from mediation_case where id = ?', [withdrawn]);
    expect((await api.gql('mutation($id: ID!, $v: Int!) { performCaseAction(caseId: $id, action: WITHDRAW, expectedVersion: $v, input: { reason: "已和解" }) { case { id } } }', { id: String(withdrawn), v: version }, a.token)).errors).toBeUndefined();
    await api.sql("update mediation_case set due_at = now() + interval '1 day' where id = ?", [dueSoon]);
    await api.sql("update mediation_case set due_at = now() - interval '1 day' where id = ?", [overdue]);
    await api.sql("update mediation_case set acceptance_due_at = now() - interval '2 hours' where id = ?", [late]);
    await api.sql("update case_party set user_id = ? where mediation_case_id = ? and role = 'RESPONDENT'", [b.id, theirs]);
  });

  it('every page (3 at a time), for the applicant, the respondent and someone with none, as graphql-js answers it', async () => {
    for (const name of ['compiled-applicant', 'compiled-respondent', 'compiled-nobody']) {
      let after: string | null = null;
      const seen: string[] = [];
      for (let pages = 0; pages < 6; pages++) {
        const { compiled: fast, viaGraphqlJs } = await bothWays(MY_CASES, { first: 3, after }, people[name]);
        expect(viaGraphqlJs.errors).toBeUndefined();
        expect(fast).toEqual(viaGraphqlJs);
        const connection = fast?.data.myCases;
        seen.push(...connection.nodes.map((n: { id: string }) => n.id));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen.length).toBe({ 'compiled-applicant': 9, 'compiled-respondent': 1, 'compiled-nobody': 0 }[name]);
    }
  });

  it('the pages hold every state to compare: closed, due soon, overdue, past acceptance, two applicants, the viewer\'s own party', async () => {
    const { compiled: fast } = await bothWays(MY_CASES, { first: 20 }, people['compiled-applicant']);
    const nodes = fast?.data.myCases.nodes as any[];
    expect(new Set(nodes.map((n) => n.deadlineState))).toEqual(new Set([null, 'ON_TIME', 'DUE_SOON', 'OVERDUE']));
    expect(new Set(nodes.map((n) => n.acceptanceState))).toEqual(new Set([null, 'ON_TIME', 'OVERDUE']));
    expect(nodes.some((n) => n.closedAt !== null && n.status === 'WITHDRAWN')).toBe(true);
    expect(nodes.some((n) => n.parties.filter((p: { role: string }) => p.role === 'APPLICANT').length === 2)).toBe(true);
    expect(nodes.every((n) => n.parties.some((p: { isMe: boolean; role: string }) => p.isMe && p.role === 'APPLICANT'))).toBe(true);
  });

  it('a resident\'s case page, compiled for each party as graphql-js answers it: the timeline a party reads, sessions, the agreement and its terms', async () => {
    const applicant = people['compiled-applicant'];
    const respondent = people['compiled-respondent'];
    const [{ mediation_case_id: theirs }] = await api.sql<{ mediation_case_id: number }>('select mediation_case_id from case_party where user_id = ?', [respondent.id]);
    // Sessions, a written agreement with terms, and timeline lines of every audience (one follow-up answer by each party).
    for (const statement of casePageFixture(theirs, applicant.id).split(';').filter((t) => t.trim())) await api.sql(statement);
    const ids = (await api.sql<{ id: number }>('select distinct mediation_case_id as id from case_party where user_id = ? order by 1', [applicant.id])).map((r) => String(r.id));
    expect(ids).toHaveLength(9);
    for (const id of ids) {
      const { compiled: fast, viaGraphqlJs } = await bothWays(CASE_PAGE, { id }, applicant);
      expect(viaGraphqlJs.errors).toBeUndefined();
      expect(fast).not.toBeNull();
      expect(fast).toEqual(viaGraphqlJs);
    }
    const asApplicant = (await bothWays(CASE_PAGE, { id: String(theirs) }, applicant)).compiled?.data.case;
    const asRespondent = await bothWays(CASE_PAGE, { id: String(theirs) }, respondent);
    expect(asRespondent.compiled).toEqual(asRespondent.viaGraphqlJs);
    const actions = (c: any) => c.timeline.map((e: { action: string }) => e.action);
    // Each reads their own follow-up answer and not the other's, and neither the staff-only line.
    expect(actions(asApplicant).filter((a: string) => a === 'FOLLOW_UP')).toHaveLength(1);
    expect(actions(asRespondent.compiled?.data.case)).not.toContain('FOLLOW_UP');
    expect([...actions(asApplicant), ...actions(asRespondent.compiled?.data.case)]).not.toContain('IDENTITY_VOUCHED');
    expect(asApplicant.sessions).toHaveLength(2);
    expect(asApplicant.agreement.terms.map((t: { seq: number }) => t.seq)).toEqual([1, 2, 3]);
    expect(asApplicant.parties.find((p: { role: string }) => p.role === 'RESPONDENT').statement).toMatch(/愿意赔偿/);
  });

  it('reads the audience of every kind of event in SQL as the API\'s table says, and what a party reads as seesEvent does', async () => {
    const kinds = [...Object.keys(EVENT_AUDIENCE), 'A_KIND_NOBODY_LISTED'];
    const author = 7;
    for (const action of kinds) {
      for (const actorUserId of [author, 8, null]) {
        const [row] = await api.sql<{ audience: string; sees: boolean }>(
          `select ${audienceSql('e')} as audience, ${partySeesEventSql('e', String(author))} as sees from (select ?::text as action, ?::int as actor_user_id) e`,
          [action, actorUserId],
        );
        expect(row.audience).toBe(audienceOf(action));
        expect(row.sees ?? false).toBe(seesEvent({ action, actorUserId }, author, new Set([CaseActor.APPLICANT])));
      }
    }
  });

  it('a case page that is not the viewer\'s, or asked by staff, is left to graphql-js (its NOT_FOUND, or everything staff read)', async () => {
    const [{ mediation_case_id: notTheirs }] = await api.sql<{ mediation_case_id: number }>(
      'select mediation_case_id from case_party where user_id = ? and mediation_case_id not in (select mediation_case_id from case_party where user_id = ?) limit 1',
      [people['compiled-applicant'].id, people['compiled-respondent'].id],
    );
    const respondent = await bothWays(CASE_PAGE, { id: String(notTheirs) }, people['compiled-respondent']);
    expect(respondent.compiled).toBeNull();
    expect((respondent.viaGraphqlJs.errors as any[])[0].extensions.code).toBe('NOT_FOUND');
    const admin = await bothWays(CASE_PAGE, { id: String(notTheirs) }, people['compiled-admin']);
    expect(admin.compiled).toBeNull();
    expect(admin.viaGraphqlJs.errors).toBeUndefined();
    expect(await compiled.answer({ query: CASE_PAGE, variables: { id: 'x' } }, async () => contextOf(people['compiled-applicant'].id))).toBeNull();
  });

  it('without a signed-in viewer, or with arguments the resolver refuses, it is left to graphql-js', async () => {
    expect(await compiled.answer({ query: MY_CASES, variables: { first: 3 } }, async () => null)).toBeNull();
    const applicant = async () => contextOf(people['compiled-applicant'].id);
    expect(await compiled.answer({ query: MY_CASES, variables: { first: 0 } }, applicant)).toBeNull();
    expect(await compiled.answer({ query: MY_CASES, variables: { after: 'bm90LWEtY3Vyc29y' } }, applicant)).toBeNull();
    // A field it does not compile (the timeline is per viewer) leaves the whole request to graphql-js.
    expect(await compiled.answer({ query: '{ myCases { nodes { id timeline { action } } } }', variables: {} }, applicant)).toBeNull();
  });

  it('the server answers it for a signed-in viewer only: an anonymous or expired request gets graphql-js\'s UNAUTHENTICATED', async () => {
    const pages = jest.spyOn(CASE_ROOTS.myCases, 'page');
    const signedIn = await api.gql(MY_CASES, { first: 5 }, people['compiled-respondent'].token);
    const { viaGraphqlJs } = await bothWays(MY_CASES, { first: 5 }, people['compiled-respondent']);
    expect(signedIn.data).toEqual(viaGraphqlJs.data);
    expect(signedIn.errors).toBeUndefined();
    expect(pages).toHaveBeenCalled();
    pages.mockRestore();
    const anonymous = await api.gql(MY_CASES, { first: 5 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await api.gql(MY_CASES, { first: 5 }, `${people['compiled-respondent'].token}x`);
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Signed out everywhere: the token stops working on the fast path too.
    await api.sql('update user_account set session_version = session_version + 1 where id = ?', [people['compiled-respondent'].id]);
    const signedOut = await api.gql(MY_CASES, { first: 5 }, people['compiled-respondent'].token);
    expect(signedOut.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  const INBOX = `query CommitteeCases($committeeId: ID!, $statuses: [CaseStatus!], $first: Int, $after: String) {
    committeeCases(committeeId: $committeeId, statuses: $statuses, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id number status createdAt deadlineState acceptanceDueAt acceptanceState disputeType { label } committee { name } parties { role name isMe } }
    }
  }`;

  it('the statistics of the committee, its township and its county, as graphql-js answers them', async () => {
    const [committee] = await api.sql<{ id: number; region_code: string }>("select id, region_code from committee where active and kind = 'TOWNSHIP' order by id limit 1");
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    let accepted = 0;
    for (const scope of [{ c: String(committee.id) }, { r: committee.region_code }, { r: committee.region_code.slice(0, 6) }]) {
      for (const period of [{ from: `${year}-01-01`, to: `${year + 1}-01-01` }, { from: `${year - 1}-12-15`, to: `${year + 1}-01-02` }]) {
        const { compiled: fast, viaGraphqlJs } = await bothWays(STATISTICS, { ...scope, ...period }, people['compiled-admin']);
        expect(viaGraphqlJs.errors).toBeUndefined();
        expect(fast).toEqual(viaGraphqlJs);
        accepted += fast?.data.statistics.accepted;
      }
    }
    expect(accepted).toBe(3 * 2 * 3);
  });

  it('the committee inbox, every page and by status, for the system admin as graphql-js answers it; refused callers are left to graphql-js', async () => {
    const [committee] = await api.sql<{ id: number }>("select id from committee where active and kind = 'TOWNSHIP' order by id limit 1");
    const committeeId = String(committee.id);
    for (const statuses of [null, ['PENDING_ACCEPTANCE'], ['AWAITING_CONSENT', 'WITHDRAWN']]) {
      let after: string | null = null;
      let seen = 0;
      for (let pages = 0; pages < 6; pages++) {
        const { compiled: fast, viaGraphqlJs } = await bothWays(INBOX, { committeeId, statuses, first: 4, after }, people['compiled-admin']);
        expect(viaGraphqlJs.errors).toBeUndefined();
        expect(fast).toEqual(viaGraphqlJs);
        seen += fast?.data.committeeCases.nodes.length;
        if (!fast?.data.committeeCases.pageInfo.hasNextPage) break;
        after = fast.data.committeeCases.pageInfo.endCursor;
      }
      expect(seen).toBe({ null: 9, PENDING_ACCEPTANCE: 5, 'AWAITING_CONSENT,WITHDRAWN': 4 }[String(statuses)]);
    }
    // A resident, a committee that does not exist, an id that is not one: graphql-js refuses each as before.
    for (const [as, id, code] of [[people['compiled-applicant'], committeeId, 'FORBIDDEN'], [people['compiled-admin'], '999999', 'NOT_FOUND'], [people['compiled-admin'], 'x', 'BAD_USER_INPUT']] as const) {
      const { compiled: fast, viaGraphqlJs } = await bothWays(INBOX, { committeeId: id, first: 4 }, as);
      expect(fast).toBeNull();
      expect((viaGraphqlJs.errors as any[])[0].extensions.code).toBe(code);
      expect((await api.gql(INBOX, { committeeId: id, first: 4 }, as.token)).errors?.[0]?.extensions?.code).toBe(code);
    }
  });
});
