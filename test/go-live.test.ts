import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../api/src/config';
import { divisionsOf, importRegions, placeName } from '../api/src/modules/region/region-import';
import { RegionLevel } from '../api/src/modules/region/region-level';
import { startTestApi, type TestApi } from './support/api';

/**
 * A county goes live without SQL (issue 13): `npm run bootstrap` gives the first system
 * administrator a one-time invitation, once; `npm run regions:import` brings the official
 * divisions, idempotently. Both are run here as the commands they are, against a real PostgreSQL.
 */
const run = promisify(execFile);
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ demo: false }); // an empty database, as a county starts
});
afterAll(() => api.close());

const command = (script: string, args: string[]) =>
  run(process.execPath, [path.join(PROJECT_ROOT, 'api/dist/tools', script), ...args], { env: { ...process.env, DATABASE_URL: api.db.url }, cwd: PROJECT_ROOT })
    .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }))
    .catch((error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }));

describe('npm run bootstrap', () => {
  it('issues the first system administrator\'s one-time code once, audited, and the code binds the role', async () => {
    const first = await command('bootstrap.js', ['--name', '凉州区司法局系统管理员']);
    expect(first.code).toBe(0);
    const code = /初始系统管理员邀请码：([A-Z0-9]{10})/.exec(first.stdout)?.[1];
    expect(code).toBeDefined();
    expect(first.stdout).not.toMatch(/\d{4}-\d{2}-\d{2}T/);

    // Lost before use: a new code replaces it (the old one stops working); without the flag, refused.
    const again = await command('bootstrap.js', []);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已经生成过初始系统管理员邀请码');
    const replaced = await command('bootstrap.js', ['--replace-unused']);
    const second = /初始系统管理员邀请码：([A-Z0-9]{10})/.exec(replaced.stdout)?.[1] as string;
    expect(second).not.toBe(code);

    const token = await api.login('county-admin');
    const old = await api.gql('mutation($c: String!) { redeemStaffInvitation(code: $c) { id } }', { c: code }, token);
    expect(old.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    const bound = await api.gql('mutation($c: String!) { redeemStaffInvitation(code: $c) { staffRoles { role displayName } } }', { c: second.toLowerCase() }, token);
    expect(bound.data.redeemStaffInvitation.staffRoles).toEqual([{ role: 'SYSTEM_ADMIN', displayName: '系统管理员' }]);

    // Once there is an administrator, never again, not even with the flag.
    const after = await command('bootstrap.js', ['--replace-unused']);
    expect(after.code).toBe(2);
    expect(after.stderr).toContain('系统管理员已经存在');
    expect(await api.sql("select role from staff_assignment where role = 'SYSTEM_ADMIN'")).toHaveLength(1);
    const audit = await api.sql<{ action: string; actor_user_id: number; reason: string }>("select action, actor_user_id, reason from audit_log where action like 'BOOTSTRAP%' order by id");
    expect(audit.map((a) => a.action)).toEqual(['BOOTSTRAP_ADMIN_INVITED', 'BOOTSTRAP_ADMIN_REISSUED']);
    expect(audit[0].reason).toContain('npm run bootstrap');
  });
});

describe('npm run regions:import', () => {
  it('brings a county\'s official townships and villages with their ancestors, and a second run changes nothing', async () => {
    const expected = await divisionsOf('620602');
    const counts = (level: RegionLevel) => expected.filter((r) => r.level === level).length;
    expect(counts(RegionLevel.PROVINCE)).toBe(1);
    expect(counts(RegionLevel.PREFECTURE)).toBe(1);
    expect(counts(RegionLevel.TOWNSHIP)).toBeGreaterThan(30);
    expect(counts(RegionLevel.VILLAGE)).toBeGreaterThan(400);
    const first = await command('import-regions.js', ['--code', '620602']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`新增 ${expected.length}`);
    const [{ n }] = await api.sql("select count(*)::int as n from region where code like '620602%' or code in ('62', '6206')");
    expect(n).toBe(expected.length);
    // Codes nest by prefix and each parent exists; the API walks the tree.
    expect(await api.sql('select code from region r where parent_code is not null and (not starts_with(code, parent_code) or not exists (select 1 from region p where p.code = r.parent_code))')).toEqual([]);
    const county = await api.gql('{ region(code: "620602") { name level parent { name } children { code level } } }');
    expect(county.data.region).toMatchObject({ name: '凉州区', level: 'COUNTY', parent: { name: '武威市' } });
    expect(county.data.region.children).toHaveLength(counts(RegionLevel.TOWNSHIP));

    const second = await command('import-regions.js', ['--code', '620602']);
    expect(second.stdout).toContain('新增 0，更新 0');
    // A renamed village is put right; nothing else is touched.
    const [village] = await api.sql("select code, name from region where level = 'VILLAGE' and code like '620602%' order by code limit 1");
    await api.sql("update region set name = '旧名' where code = ?", [village.code]);
    const third = await importRegions(api.db.orm.em.fork(), '620602', 'test');
    expect(third).toMatchObject({ inserted: 0, updated: 1 });
    expect(await api.sql('select name from region where code = ?', [village.code])).toEqual([{ name: village.name }]);
    expect((await api.sql("select count(*)::int as n from audit_log where action = 'REGIONS_IMPORTED'"))[0].n).toBe(3);
  });

  it('names villages as places, not committees, and refuses a code that is not a division', async () => {
    expect(placeName('花明村社区居委会')).toBe('花明村社区');
    expect(placeName('黄羊村委会')).toBe('黄羊村');
    expect(placeName('新华居委会')).toBe('新华社区');
    await expect(divisionsOf('6206021')).rejects.toThrow(/2、4、6 或 9 位/);
    await expect(divisionsOf('629999')).rejects.toThrow(/没有区划代码 629999/);
    const refused = await command('import-regions.js', ['--code', '62060']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/区划代码须为/);
  });
});
