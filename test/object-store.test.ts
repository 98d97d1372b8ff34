import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
// s3rver: a local server that speaks the S3 protocol, as Tencent COS and MinIO do.
import S3rver from 's3rver';
import { WeChatClient } from '../api/src/modules/identity/wechat.client';
import { resolveSecrets } from '../api/src/secrets';
import { type ApiServer, startApiServer } from '../api/src/server';
import { startTestApi, type TestApi } from './support/api';
import { CaseWalker } from './support/cases';

/**
 * Evidence and photos in an S3-compatible object store (issue 14): uploaded through one API
 * instance, served by another whose own disk has never seen them — over real HTTP to a local
 * S3-protocol server.
 */
let s3: S3rver;
let s3dir: string;
let endpoint: string;
let api: TestApi;
let second: ApiServer;
let secondDir: string;
let walk: CaseWalker;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  s3dir = await mkdtemp(path.join(tmpdir(), 'tiaojie-s3-'));
  s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: s3dir, configureBuckets: [{ name: 'tiaojie', configs: [] }] });
  const { port } = await s3.run();
  endpoint = `http://127.0.0.1:${port}`;
  api = await startTestApi({ demo: true, env: { FILE_STORE: 's3', S3_ENDPOINT: endpoint, S3_BUCKET: 'tiaojie', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' } });
  walk = new CaseWalker(api);
  // The second instance: the same database and bucket, a disk of its own.
  secondDir = await mkdtemp(path.join(tmpdir(), 'tiaojie-second-'));
  const config = { ...api.config, evidenceDir: path.join(secondDir, 'evidence'), photosDir: path.join(secondDir, 'photos') };
  second = await startApiServer({ orm: api.db.orm, config, secrets: await resolveSecrets(api.config), wechat: new WeChatClient(config.wechat) }, { port: 0, log: () => undefined });
});
afterAll(async () => {
  await second.stop();
  await api.close();
  await s3.close();
  await rm(s3dir, { recursive: true, force: true });
  await rm(secondDir, { recursive: true, force: true });
});

const origin = (server: ApiServer) => server.url.replace(/\/graphql$/, '');
const form = (bytes: Buffer, name: string) => {
  const data = new FormData();
  data.append('file', new Blob([bytes], { type: 'image/png' }), name);
  return data;
};

it('keeps evidence uploaded through one instance in the bucket, and the other instance serves it', async () => {
  const id = await walk.filed('s3-applicant');
  const token = await walk.as('s3-applicant');
  const uploaded = await fetch(`${api.server.url.replace(/\/graphql$/, '')}/cases/${id}/evidence`, { method: 'POST', body: form(PNG, '现场照片.png'), headers: { authorization: `Bearer ${token}` } });
  expect(uploaded.status).toBe(201);
  const { id: evidenceId } = (await uploaded.json()) as { id: string };
  const sha = createHash('sha256').update(PNG).digest('hex');
  // In the bucket, by its content, through the S3 protocol itself…
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }, responseChecksumValidation: 'WHEN_REQUIRED' });
  const object = await client.send(new GetObjectCommand({ Bucket: 'tiaojie', Key: `evidence/${sha}` }));
  expect(Buffer.from(await object.Body!.transformToByteArray())).toEqual(PNG);
  // …not left on the first instance's disk…
  expect((await readdir(api.config.evidenceDir)).filter((f) => !f.startsWith('.') && f !== 'photos')).toEqual([]);
  // …and served by the second, which never saw the upload.
  const served = await fetch(`${origin(second)}/cases/${id}/evidence/${evidenceId}`, { headers: { authorization: `Bearer ${token}` } });
  expect(served.status).toBe(200);
  expect(served.headers.get('content-type')).toBe('image/png');
  expect(Buffer.from(await served.arrayBuffer())).toEqual(PNG);
});

it('keeps a mediator\'s photo there too, public through any instance', async () => {
  const [{ id }] = await api.sql<{ id: number }>("select ms.mediator_id as id from membership ms join committee c on c.id = ms.committee_id where c.name = '黄羊镇人民调解委员会' and ms.active limit 1");
  const photo = Buffer.concat([PNG, Buffer.from('another')]);
  const res = await fetch(`${origin(second)}/media/mediators/${id}/photo`, { method: 'POST', body: form(photo, '照片.png'), headers: { authorization: `Bearer ${await walk.as('huangyang-admin')}` } });
  expect(res.status).toBe(201);
  const { photoUrl } = (await res.json()) as { photoUrl: string };
  const served = await fetch(`${origin({ url: api.server.url } as ApiServer)}${photoUrl}`);
  expect(served.status).toBe(200);
  expect(Buffer.from(await served.arrayBuffer())).toEqual(photo);
  expect((await fetch(`${origin(second)}/media/photos/${'0'.repeat(64)}.png`)).status).toBe(404);
});
