import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestApi, type TestApi } from './support/api';

/** The API serves the mini-program's H5 build at /app/, so H5 and the API share one origin. */
let api: TestApi;
let base: string;

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'tiaojie-h5-'));
  await mkdir(path.join(dir, 'js'));
  await writeFile(path.join(dir, 'index.html'), '<!DOCTYPE html><title>调解</title>');
  await writeFile(path.join(dir, 'js', 'app.1a2b3c4d.js'), 'console.log(1)');
  api = await startTestApi({ demo: false, env: { H5_DIR: dir } });
  base = api.server.url.replace(/\/graphql$/, '');
});
afterAll(() => api.close());

describe('the H5 build at /app/', () => {
  it('serves the page (never cached) and hashed assets (cached for good)', async () => {
    const page = await fetch(`${base}/app/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>调解</title>');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const asset = await fetch(`${base}/app/js/app.1a2b3c4d.js`);
    expect([asset.status, asset.headers.get('cache-control')]).toEqual([200, 'public, max-age=31536000, immutable']);
  });

  it('redirects /app to /app/ and answers 404 for what is not there, outside the folder included', async () => {
    const bare = await fetch(`${base}/app`, { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([301, '/app/']);
    expect((await fetch(`${base}/app/js/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/app/..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${base}/app/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
  });
});
