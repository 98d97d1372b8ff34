import { dbFor } from '../api/src/shared/db';
import { caseMenu } from '../api/src/modules/case/case-menu';
import { MENU_FITTING_TARGET } from '../api/src/modules/case/case-menu.queries';
import { suggestCommittee } from '../api/src/modules/case/case.queries';
import { DISPUTE_TYPE_VOCABULARY } from '../api/src/modules/dispute-type/dispute-type-vocabulary';
import { startTestApi, type TestApi } from './support/api';
import { CaseWalker } from './support/cases';

/**
 * The 点单式 menu is a real choice (issue 12): the handling committee's mediators and, while fewer
 * than five fit the dispute, the level above and then the county — upward, never into another village.
 */
let api: TestApi;
let walk: CaseWalker;

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  walk = new CaseWalker(api);
});
afterAll(() => api.close());

describe('coverage of the demo county', () => {
  it('offers, for every dispute type filed in every village, at least five mediators and one whose specialty fits — none from another village', async () => {
    const db = dbFor(api.db.orm.em.fork());
    const villages = await api.sql<{ code: string; name: string }>("select code, name from region where level = 'VILLAGE' order by code");
    const committees = new Map((await api.sql<{ id: number; region_code: string; parent_id: number | null }>('select id, region_code, parent_id from committee')).map((c) => [c.id, c]));
    const ancestorsOf = (id: number) => {
      const chain = new Set<number>();
      for (let c = committees.get(id)?.parent_id ?? null; c !== null; c = committees.get(c)?.parent_id ?? null) chain.add(c);
      return chain;
    };
    expect(villages.length).toBeGreaterThanOrEqual(20);
    const offered: number[] = [];
    const fitting: number[] = [];
    for (const village of villages) {
      for (const { code: type } of DISPUTE_TYPE_VOCABULARY) {
        const committeeId = await suggestCommittee(db, village.code, type);
        expect(committeeId).not.toBeNull();
        const menu = await caseMenu(db, { committeeId: committeeId as number, disputeType: type });
        const where = `${village.name} × ${type}`;
        expect({ where, offered: menu.offered.length >= 5 }).toEqual({ where, offered: true });
        expect({ where, fits: menu.offered.some((row) => row.fits) }).toEqual({ where, fits: true });
        // Upward only: through the handling committee, a committee above it, a county-level committee or the expert pool.
        const above = ancestorsOf(committeeId as number);
        for (const row of menu.offered) {
          if (row.committeeId === null || row.committeeId === committeeId || above.has(row.committeeId)) continue;
          expect({ where, committee: row.committeeId, countyLevel: (committees.get(row.committeeId)?.region_code.length ?? 99) <= 6 }).toMatchObject({ countyLevel: true });
        }
        // Best fit first: every fitting mediator before any other.
        const firstOther = menu.offered.findIndex((row) => !row.fits);
        if (firstOther >= 0) expect(menu.offered.slice(firstOther).some((row) => row.fits)).toBe(false);
        offered.push(menu.offered.length);
        fitting.push(menu.offered.filter((row) => row.fits).length);
      }
    }
    // The figure the README quotes.
    console.log(`menu coverage: ${villages.length} villages × ${DISPUTE_TYPE_VOCABULARY.length} types; offered ${Math.min(...offered)}–${Math.max(...offered)}, fitting ${Math.min(...fitting)}–${Math.max(...fitting)}`);
    expect(Math.min(...fitting)).toBeGreaterThanOrEqual(1);
  });
});

const MENU = `query($id: ID!) { case(id: $id) { status committee { name } mediatorMenu { note fittingCount
  entries { mediator { id name } tierLabel offeredBy fitsDisputeType openCases } } } }`;

describe('a village case', () => {
  const at = { committee: '黄羊村人民调解委员会', regionCode: '620602101201', disputeType: 'NEIGHBOURHOOD' };

  it('widens to the township when the village has fewer than five who fit, and the mutual choice of a township mediator takes the case', async () => {
    const id = await walk.choosingMediator('menu-app-1', 'menu-resp-1', at);
    const read = await api.gql(MENU, { id }, await walk.as('menu-app-1'));
    expect(read.errors).toBeUndefined();
    const menu = read.data.case.mediatorMenu;
    const [village] = await api.sql<{ n: number }>(`select count(*)::int as n from membership ms join committee c on c.id = ms.committee_id
      join mediator_specialty s on s.mediator_id = ms.mediator_id and s.dispute_type_code = 'NEIGHBOURHOOD'
      where c.name = '黄羊村人民调解委员会' and ms.active`);
    expect(village.n).toBeLessThan(MENU_FITTING_TARGET);
    expect(menu.entries.length).toBeGreaterThanOrEqual(5);
    expect(menu.fittingCount).toBe(menu.entries.filter((e: any) => e.fitsDisputeType).length);
    expect(menu.note).toContain('上级调委会');
    const tiers = new Set(menu.entries.map((e: any) => e.tierLabel));
    expect(tiers.has('上级调委会')).toBe(true);
    // No other village's committee offers anyone.
    const sideways = menu.entries.filter((e: any) => /[村区]人民调解委员会$/u.test(e.offeredBy) && !['黄羊村人民调解委员会', '凉州区人民调解工作指导委员会'].includes(e.offeredBy));
    expect(sideways).toEqual([]);

    const fromTownship = menu.entries.find((e: any) => e.tierLabel === '上级调委会');
    for (const party of ['menu-app-1', 'menu-resp-1']) {
      const ranked = await api.gql('mutation($id: ID!, $m: [ID!]!) { rankMediators(caseId: $id, mediatorIds: $m, leaveToCommittee: false) { status } }', { id, m: [fromTownship.mediator.id] }, await walk.as(party));
      expect(ranked.errors).toBeUndefined();
    }
    const [row] = await api.sql<{ mediator_id: number; status: string }>('select mediator_id, status from mediation_case where id = ?', [Number(id)]);
    expect(row).toEqual({ mediator_id: Number(fromTownship.mediator.id), status: 'AWAITING_MEDIATOR' });
  });

  it('refuses a mediator who serves only another village, naming the field, and records nothing', async () => {
    const id = await walk.choosingMediator('menu-app-2', 'menu-resp-2', at);
    const [other] = await api.sql<{ id: number }>(`select ms.mediator_id as id from membership ms join committee c on c.id = ms.committee_id
      where c.name = '广场村人民调解委员会' and not exists (select 1 from membership o where o.mediator_id = ms.mediator_id and o.committee_id <> c.id)
      and not exists (select 1 from mediator m where m.id = ms.mediator_id and m.in_expert_pool) limit 1`);
    const before = await api.sql('select count(*)::int as n from mediator_ranking where mediation_case_id = ?', [Number(id)]);
    const ranked = await api.gql('mutation($id: ID!, $m: [ID!]!) { rankMediators(caseId: $id, mediatorIds: $m, leaveToCommittee: false) { status } }', { id, m: [String(other.id)] }, await walk.as('menu-app-2'));
    expect(ranked.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mediatorIds' });
    expect(await api.sql('select count(*)::int as n from mediator_ranking where mediation_case_id = ?', [Number(id)])).toEqual(before);
  });

  it('lets the committee arrange a county-level mediator outside the offered menu but never one from another village', async () => {
    const id = await walk.choosingMediator('menu-app-3', 'menu-resp-3', at);
    const [centre] = await api.sql<{ id: number }>("select ms.mediator_id as id from membership ms join committee c on c.id = ms.committee_id where c.kind = 'ONE_STOP_CENTER' and ms.active order by ms.mediator_id limit 1");
    const [other] = await api.sql<{ id: number }>(`select ms.mediator_id as id from membership ms join committee c on c.id = ms.committee_id
      where c.name = '广场村人民调解委员会' and not exists (select 1 from membership o where o.mediator_id = ms.mediator_id and o.committee_id <> c.id) limit 1`);
    await expect(walk.act(id, 'ASSIGN_MEDIATOR', 'huangyang-sifasuo', { mediatorId: String(other.id) })).rejects.toThrow(/input.mediatorId/);
    const assigned = await walk.act(id, 'ASSIGN_MEDIATOR', 'huangyang-sifasuo', { mediatorId: String(centre.id) });
    expect(assigned.case.status).toBe('AWAITING_MEDIATOR');
    const [row] = await api.sql<{ mediator_id: number }>('select mediator_id from mediation_case where id = ?', [Number(id)]);
    expect(row.mediator_id).toBe(centre.id);
  });
});

describe('a party\'s language', () => {
  it('puts the mediators who speak it first among those who fit equally (汉语 and 维语 as the vocabulary names them)', async () => {
    const [speaker] = await api.sql<{ id: number; committee: string; region: string }>(`select m.id, c.name as committee, c.region_code as region from mediator m
      join membership ms on ms.mediator_id = m.id join committee c on c.id = ms.committee_id
      where '维吾尔语' = any(m.languages) and c.kind in ('TOWNSHIP', 'VILLAGE', 'ONE_STOP_CENTER', 'COUNTY_GUIDANCE', 'INDUSTRY') order by m.id limit 1`);
    const [type] = await api.sql<{ code: string }>('select dispute_type_code as code from mediator_specialty where mediator_id = ? limit 1', [speaker.id]);
    const [{ id: committeeId }] = await api.sql('select id from committee where name = ?', [speaker.committee]);
    const filed = await api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id parties { role language } } }', {
      input: { idempotencyKey: `menu-lang-${Date.now()}`, disputeType: type.code, regionCode: speaker.region, committeeId: String(committeeId), facts: '双方因合同款项发生争执，多次协商未果。', claims: '按约付款',
        applicants: [{ name: '艾山·买买提', language: ' 维语 ' }], respondents: [{ name: '孙某' }] },
    }, await walk.as('menu-lang-app'));
    expect(filed.errors).toBeUndefined();
    expect(filed.data.fileCase.parties.find((p: any) => p.role === 'APPLICANT').language).toBe('维吾尔语');
    const menu = (await api.gql('query($id: ID!) { case(id: $id) { mediatorMenu { entries { mediator { id languages } fitsDisputeType speaksPartyLanguage } } } }', { id: filed.data.fileCase.id }, await walk.as('menu-lang-app'))).data.case.mediatorMenu.entries;
    const entry = menu.find((e: any) => Number(e.mediator.id) === speaker.id);
    expect(entry).toMatchObject({ fitsDisputeType: true, speaksPartyLanguage: true });
    for (const e of menu) expect(e.speaksPartyLanguage).toBe(e.mediator.languages.includes('维吾尔语'));
    // Within the fitting mediators, every speaker before every non-speaker.
    const fitting = menu.filter((e: any) => e.fitsDisputeType).map((e: any) => e.speaksPartyLanguage);
    expect(fitting).toEqual([...fitting].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
  });
});
