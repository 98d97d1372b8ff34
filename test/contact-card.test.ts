import QRCode from 'qrcode';
import { mediatorH5Url } from '../api/src/modules/mediator/contact-code';
import { startTestApi, type TestApi } from './support/api';
import { type FakeWeChat, startFakeWeChat } from './support/fake-wechat';

/**
 * The mediator's contact card (调解联系卡, issue 13): its code opens the mediator's profile — a
 * mini-program code made by WeChat (getwxacodeunlimit, here the fake) for WeChat, a QR of the H5
 * page elsewhere. Public like the menu; nothing for a mediator who is off it.
 */
let api: TestApi;
let wechat: FakeWeChat;
let origin: string;
let mediatorId: number;

beforeAll(async () => {
  wechat = await startFakeWeChat();
  api = await startTestApi({ demo: true, env: { WECHAT_API_BASE: wechat.base } });
  origin = api.server.url.replace(/\/graphql$/, '');
  [{ id: mediatorId }] = await api.sql<{ id: number }>('select id from mediator where active order by id limit 1');
});
afterAll(async () => {
  await api.close();
  await wechat.close();
});

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

it('is a mini-program code WeChat made for the mediator\'s profile page, asked with the mediator in the scene', async () => {
  const res = await fetch(`${origin}/media/mediators/${mediatorId}/code-weapp.png`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/png');
  expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
  const body = Buffer.from(await res.arrayBuffer());
  expect(body.subarray(0, 8)).toEqual(PNG);
  expect(body.subarray(8).toString()).toBe(`wxacode pages/mediator/index m=${mediatorId}`);
  const asked = wechat.calls.filter((c) => c.path === '/wxa/getwxacodeunlimit');
  expect(asked.at(-1)?.body).toMatchObject({ scene: `m=${mediatorId}`, page: 'pages/mediator/index', check_path: false });
});

it('gets a new access token once when WeChat rejects the old one, and says so plainly when WeChat is unreachable', async () => {
  const issued = wechat.tokensIssued;
  wechat.expireAccessToken();
  const res = await fetch(`${origin}/media/mediators/${mediatorId}/code-weapp.png`);
  expect(res.status).toBe(200);
  expect(wechat.tokensIssued).toBe(issued + 1);

  const cut = await startTestApi({ demo: true, env: { WECHAT_API_BASE: 'http://127.0.0.1:9' } });
  try {
    const [{ id }] = await cut.sql<{ id: number }>('select id from mediator where active order by id limit 1');
    const down = await fetch(`${cut.server.url.replace(/\/graphql$/, '')}/media/mediators/${id}/code-weapp.png`);
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ error: '微信服务暂时无法访问，请稍后重试' });
  } finally {
    await cut.close();
  }
});

it('is a QR of the H5 profile page outside WeChat', async () => {
  const res = await fetch(`${origin}/media/mediators/${mediatorId}/code-h5.png`);
  expect(res.status).toBe(200);
  const body = Buffer.from(await res.arrayBuffer());
  const url = mediatorH5Url(api.config.publicUrl as string, mediatorId);
  expect(url).toBe(`${api.config.publicUrl}/app/#/pages/mediator/index?id=${mediatorId}`);
  expect(body).toEqual(await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 360 }));
});

it('is nothing for a mediator who is not on the menu, an unknown one, or another kind of code', async () => {
  await api.sql('update mediator set active = false where id = ?', [mediatorId]);
  try {
    expect((await fetch(`${origin}/media/mediators/${mediatorId}/code-weapp.png`)).status).toBe(404);
    expect((await fetch(`${origin}/media/mediators/${mediatorId}/code-h5.png`)).status).toBe(404);
  } finally {
    await api.sql('update mediator set active = true where id = ?', [mediatorId]);
  }
  expect((await fetch(`${origin}/media/mediators/999999/code-weapp.png`)).status).toBe(404);
  expect((await fetch(`${origin}/media/mediators/${mediatorId}/code-pdf.png`)).status).toBe(404);
});
