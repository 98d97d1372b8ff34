/**
 * The WeChat build (miniprogram/dist/weapp, made by `npm test` before jest) checked offline by
 * WeChat's own compiler (miniprogram-ci), for raw `process.env`, and against the package size limits.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../api/src/config';
import { MAIN_PACKAGE_LIMIT, SUBPACKAGE_LIMIT, weappPackageSizes } from '../api/src/bench/weapp-size';

const WEAPP = path.join(PROJECT_ROOT, 'miniprogram/dist/weapp');
const H5 = path.join(PROJECT_ROOT, 'miniprogram/dist/h5');
const run = promisify(execFile);

/** WeChat's compile step on a build folder, in a child process (its compiler workers keep Node alive). */
async function compileWithWeChat(dir: string) {
  const out = path.join(await mkdtemp(path.join(tmpdir(), 'tiaojie-weapp-')), 'result.json');
  await run(process.execPath, [path.join(__dirname, 'support/weapp-compile.cjs'), dir, out], { timeout: 120_000 });
  return JSON.parse(await readFile(out, 'utf8')) as { ok: boolean; files?: string[]; code?: number; message?: string; analysed?: { files: { path: string; size: number; subPackage: string | null }[] } };
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('the WeChat build', () => {
  jest.setTimeout(180_000);
  let app: { pages: string[]; subPackages: { root: string; pages: string[] }[] };

  beforeAll(async () => {
    app = JSON.parse(await readFile(path.join(WEAPP, 'app.json'), 'utf8'));
  });

  it('passes WeChat\'s own compile step, with every page of the main package and the subpackages', async () => {
    const result = await compileWithWeChat(WEAPP);
    expect(result).toMatchObject({ ok: true });
    const pages = [...app.pages, ...app.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];
    expect(pages).toHaveLength(31);
    for (const page of pages) expect(result.files).toEqual(expect.arrayContaining([`${page}.js`, `${page}.json`, `${page}.wxml`]));
    // Staff pages live only in subpackages: residents never download them.
    expect(app.subPackages.map((s) => s.root)).toEqual(['packages/mediator', 'packages/committee', 'packages/grid', 'packages/justice']);
    expect(app.pages.some((p) => p.startsWith('packages/'))).toBe(false);
  });

  it('loads every page in miniprogram-simulate (official WXML compiler, simulated wx) without an error', async () => {
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'tiaojie-simulate-')), 'result.json');
    await run(process.execPath, [path.join(__dirname, 'support/weapp-simulate.cjs'), WEAPP, out], { timeout: 120_000 });
    const result = JSON.parse(await readFile(out, 'utf8')) as { fatal?: string; appProblems: unknown[]; pages: { page: string; text: string; problems: unknown[] }[]; shares: Record<string, { title: string; path: string }> };
    expect(result.fatal).toBeUndefined();
    expect(result.appProblems).toEqual([]);
    expect(result.pages).toHaveLength(31);
    for (const { page, text, problems } of result.pages) {
      expect({ page, problems }).toEqual({ page, problems: [] });
      expect({ page, rendered: /[\u4e00-\u9fa5]/.test(text) }).toEqual({ page, rendered: true });
    }
    const textOf = (page: string) => result.pages.find((p) => p.page === page)?.text ?? '';
    expect(textOf('pages/index/index')).toContain('有纠纷，找调解');
    // The WeChat build hides the demo sign-in unless asked for (TIAOJIE_DEV_LOGIN=true); npm test does not ask.
    expect(textOf('pages/login/index')).not.toContain('演示账号登录');
    expect(textOf('pages/login/index')).toContain('登录');
    expect(textOf('pages/file/index')).toContain('纠纷类型');
    // The simulated API answers as for a signed-out person: screens show a friendly state, not an error text.
    expect(textOf('pages/cases/index')).toContain('请先登录');
    expect(textOf('pages/case/index')).not.toMatch(/UNAUTHENTICATED|Error/);
    // The committee's case page with an invitation to send: its share card opens the invitation, with the code.
    expect(result.shares['packages/committee/pages/case/index']).toEqual({ title: '您收到一份人民调解邀请', path: '/pages/invitation/index?code=SIMULATED-CODE' });
  });

  it('is refused by the same step when a page is missing (the check can fail)', async () => {
    const broken = await mkdtemp(path.join(tmpdir(), 'tiaojie-weapp-broken-'));
    await cp(WEAPP, broken, { recursive: true });
    await rm(path.join(broken, 'pages/case/index.js'));
    const result = await compileWithWeChat(broken);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/pages\/case\/index/);
  });

  it('keeps no raw process.env in either build', async () => {
    for (const dir of [WEAPP, H5]) {
      const scripts = (await filesUnder(dir)).filter((f) => f.endsWith('.js'));
      expect(scripts.length).toBeGreaterThan(5);
      for (const file of scripts) expect({ file, raw: /process\.env/.test(await readFile(file, 'utf8')) }).toEqual({ file, raw: false });
    }
  });

  it('keeps the main package within 700 KB and each subpackage within 2 MB', async () => {
    const sizes = await weappPackageSizes(WEAPP);
    const main = sizes.find((s) => s.name === 'main');
    expect(main?.bytes).toBeGreaterThan(100 * 1024);
    expect(main?.bytes).toBeLessThanOrEqual(MAIN_PACKAGE_LIMIT);
    for (const sub of sizes.filter((s) => s.name !== 'main')) expect({ [sub.name]: sub.bytes <= SUBPACKAGE_LIMIT }).toEqual({ [sub.name]: true });
  });

  it('measures packages the way the size check does (a file over the limit is caught)', async () => {
    const padded = await mkdtemp(path.join(tmpdir(), 'tiaojie-weapp-padded-'));
    await cp(WEAPP, padded, { recursive: true });
    await writeFile(path.join(padded, 'padding.js'), Buffer.alloc(MAIN_PACKAGE_LIMIT));
    const main = (await weappPackageSizes(padded)).find((s) => s.name === 'main');
    expect(main?.bytes).toBeGreaterThan(MAIN_PACKAGE_LIMIT);
  });
});
