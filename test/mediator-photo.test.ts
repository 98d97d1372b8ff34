import { createHash } from 'node:crypto';
import { startTestApi, type TestApi } from './support/api';
import { CaseWalker } from './support/cases';

/**
 * A mediator's photo from the committee admin's phone (issue 13): checked by its bytes, kept by
 * its SHA-256, shown on the menu from a public address; only staff who manage the mediator may
 * change it, and a refused upload changes nothing.
 */
let api: TestApi;
let walk: CaseWalker;
let origin: string;
let own: number;
let elsewhere: number;
// A 1×1 PNG, and the same picture as a JPEG-sized lie.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  api = await startTestApi({ demo: true });
  walk = new CaseWalker(api);
  origin = api.server.url.replace(/\/graphql$/, '');
  const member = (committee: string) => api.sql<{ id: number }>('select ms.mediator_id as id from membership ms join committee c on c.id = ms.committee_id where c.name = ? and ms.active order by ms.mediator_id limit 1', [committee]);
  [{ id: own }] = await member('黄羊镇人民调解委员会');
  [{ id: elsewhere }] = await member('武南镇人民调解委员会');
});
afterAll(() => api.close());

const upload = async (mediatorId: number, bytes: Buffer, type: string, token?: string) => {
  const data = new FormData();
  data.append('file', new Blob([bytes], { type }), '照片.png');
  return fetch(`${origin}/media/mediators/${mediatorId}/photo`, { method: 'POST', body: data, headers: token ? { authorization: `Bearer ${token}` } : {} });
};
const photoOf = async (id: number) => (await api.sql<{ photo_url: string | null }>('select photo_url from mediator where id = ?', [id]))[0].photo_url;

it('is set by the committee admin, kept by its content, and served to anyone as the menu shows it', async () => {
  const res = await upload(own, PNG, 'image/png', await walk.as('huangyang-admin'));
  expect(res.status).toBe(201);
  const sha = createHash('sha256').update(PNG).digest('hex');
  expect(await res.json()).toEqual({ photoUrl: `/media/photos/${sha}.png` });
  const menu = await api.gql('query($id: ID!) { mediator(id: $id) { photoUrl } }', { id: String(own) });
  expect(menu.data.mediator.photoUrl).toBe(`/media/photos/${sha}.png`);
  const served = await fetch(`${origin}/media/photos/${sha}.png`);
  expect(served.status).toBe(200);
  expect(served.headers.get('content-type')).toBe('image/png');
  expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(Buffer.from(await served.arrayBuffer())).toEqual(PNG);
  // The same picture again: the same address.
  expect(await (await upload(own, PNG, 'image/png', await walk.as('huangyang-sifasuo'))).json()).toEqual({ photoUrl: `/media/photos/${sha}.png` });
});

it('is refused to anyone who does not manage the mediator, and to what is not a photo, changing nothing', async () => {
  const before = await photoOf(elsewhere);
  expect((await upload(elsewhere, PNG, 'image/png')).status).toBe(401);
  expect((await upload(elsewhere, PNG, 'image/png', await walk.as('photo-resident'))).status).toBe(403);
  expect((await upload(elsewhere, PNG, 'image/png', await walk.as('huangyang-admin'))).status).toBe(403);
  expect((await upload(999999, PNG, 'image/png', await walk.as('admin'))).status).toBe(404);
  const admin = await walk.as('admin');
  const html = await upload(elsewhere, Buffer.from('<html><script>alert(1)</script></html>'), 'image/png', admin);
  expect(html.status).toBe(400);
  expect(await html.json()).toEqual({ error: '文件内容与类型不符：照片只能是 JPG 或 PNG 图片', field: 'file' });
  const pdf = await upload(elsewhere, Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'application/pdf', admin);
  expect(await pdf.json()).toEqual({ error: '照片只能是 JPG 或 PNG 图片', field: 'file' });
  const large = await upload(elsewhere, Buffer.concat([PNG, Buffer.alloc(2_100_000)]), 'image/png', admin);
  expect(large.status).toBe(400);
  expect(await large.json()).toEqual({ error: '文件不能超过 2 MB', field: 'file' });
  expect(await photoOf(elsewhere)).toBe(before);
  expect((await fetch(`${origin}/media/photos/${'0'.repeat(64)}.png`)).status).toBe(404);
});
