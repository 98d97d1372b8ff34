import { startTestApi, type TestApi } from './support/api';

/**
 * Languages are a vocabulary (issue 12): 汉语 and 普通话 are one entry, dialects and minority
 * languages are filterable, and what a committee types is stored under the vocabulary's name.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ demo: true });
});
afterAll(() => api.close());

const COUNT = 'query($l: String) { mediators(filter: { language: $l }, first: 100) { totalCount nodes { languages } } }';

it('finds the 普通话 speakers when asked for 汉语, and every filter agrees with the counts the filter chips show', async () => {
  const [{ n }] = await api.sql("select count(*)::int as n from mediator where active and '普通话' = any(languages)");
  expect(n).toBeGreaterThan(100);
  for (const name of ['汉语', '普通话', '国语', ' 汉语 ']) {
    expect((await api.gql(COUNT, { l: name })).data.mediators.totalCount).toBe(n);
  }
  const listed = (await api.gql('{ mediatorLanguages { label kind kindLabel aliases mediatorCount } }')).data.mediatorLanguages;
  expect(listed.find((l: any) => l.label === '普通话')).toMatchObject({ kind: 'COMMON', kindLabel: '通用语言', mediatorCount: n });
  expect(listed.find((l: any) => l.label === '普通话').aliases).toContain('汉语');
  const spoken = listed.filter((l: any) => l.mediatorCount > 0);
  expect(spoken.map((l: any) => l.label)).toEqual(expect.arrayContaining(['凉州话', '维吾尔语', '哈萨克语', '蒙古语']));
  for (const language of spoken) {
    const res = await api.gql(COUNT, { l: language.label });
    expect({ label: language.label, count: res.data.mediators.totalCount }).toEqual({ label: language.label, count: language.mediatorCount });
    for (const node of res.data.mediators.nodes) expect(node.languages).toContain(language.label);
  }
  expect(listed.find((l: any) => l.label === '凉州话')).toMatchObject({ kind: 'DIALECT', kindLabel: '方言' });
});

it('stores what a committee types under the vocabulary\'s name, and keeps an unknown dialect as written', async () => {
  const admin = await api.login('admin');
  const created = await api.gql(`mutation($input: CreateMediatorInput!) { createMediator(input: $input) { id languages } }`, {
    input: { name: '祁连山', sex: 'MALE', ethnicity: '汉族', background: 'TEACHER', specialtyCodes: ['NEIGHBOURHOOD'], languages: ['汉语', '武威话', '天祝话', '普通话'], employment: 'PART_TIME', grade: 3 },
  }, admin);
  expect(created.errors).toBeUndefined();
  expect(created.data.createMediator.languages).toEqual(['普通话', '凉州话', '天祝话']);
  const listed = (await api.gql('{ mediatorLanguages { label kind mediatorCount } }')).data.mediatorLanguages;
  expect(listed.find((l: any) => l.label === '天祝话')).toEqual({ label: '天祝话', kind: 'OTHER', mediatorCount: 1 });
});

it('finds a mediator by a language\'s other name in free-text search', async () => {
  const res = await api.gql('{ mediators(filter: { search: "维语" }, first: 5) { nodes { languages } } }');
  expect(res.errors).toBeUndefined();
  expect(res.data.mediators.nodes.length).toBeGreaterThan(0);
  for (const node of res.data.mediators.nodes) expect(node.languages).toContain('维吾尔语');
});

it('serves every demo mediator\'s portrait from the API (offline), and nothing for an unknown or removed mediator', async () => {
  const origin = new URL(api.server.url).origin;
  const [m] = await api.sql<{ id: number; name: string; photo_url: string }>('select id, name, photo_url from mediator order by id limit 1');
  expect(m.photo_url).toBe(`/media/mediators/${m.id}.svg`);
  const res = await fetch(`${origin}${m.photo_url}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
  const svg = await res.text();
  expect(svg).toContain(`>${[...m.name][0]}</text>`);
  expect(svg).not.toMatch(/<script/i);
  expect((await fetch(`${origin}/media/mediators/999999.svg`)).status).toBe(404);
  await api.sql('update mediator set active = false where id = ?', [m.id]);
  expect((await fetch(`${origin}${m.photo_url}`)).status).toBe(404);
  await api.sql('update mediator set active = true where id = ?', [m.id]);
});
