/**
 * `npm run bootstrap [-- --name 凉州区司法局系统管理员] [--replace-unused]`: the first system
 * administrator's one-time invitation code for an empty production database (DATABASE_URL, or
 * the embedded one when the service is stopped). Prints the code once; refuses a second run.
 */
import 'reflect-metadata';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { AlreadyBootstrapped, bootstrapSystemAdmin } from '../modules/staff/bootstrap';
import { chinaDateTime } from '../shared/china-time';
import { runCommand, withDatabase } from './with-database';

async function main() {
  const { values } = parseArgs({ options: { name: { type: 'string', default: '系统管理员' }, 'replace-unused': { type: 'boolean', default: false } } });
  const name = (values.name ?? '').trim();
  if (name.length < 2 || name.length > 50) throw new Error('--name 须为 2 到 50 个字');
  await withDatabase(async (orm) => {
    try {
      const { code, expiresAt } = await bootstrapSystemAdmin(orm.em.fork(), {
        displayName: name,
        ranBy: `${os.userInfo().username}@${os.hostname()}`,
        replaceUnused: values['replace-unused'],
      });
      console.log(`初始系统管理员邀请码：${code}`);
      console.log(`有效期至 ${chinaDateTime(expiresAt)}（北京时间，7 天）。请登录小程序，在“设置 → 工作人员”中输入邀请码绑定；此码只显示这一次，已记入审计日志。`);
    } catch (error) {
      if (!(error instanceof AlreadyBootstrapped)) throw error;
      console.error(error.message);
      process.exitCode = 2;
    }
  });
}

runCommand(main);
