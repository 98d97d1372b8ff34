/**
 * `npm run backup [-- --keep 7]`: a base backup of the embedded PostgreSQL (running or not) with the
 * evidence and photo folders, into BACKUP_DIR; older backups beyond --keep and the WAL they alone
 * needed are removed. The WAL archive (BACKUP_DIR/wal) fills continuously while the service runs.
 */
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { backupPaths, pruneBackups, takeBackup } from '../database/backup';
import { provideDatabase } from '../database/provide-database';
import { runCommand } from './with-database';

async function main() {
  const { values } = parseArgs({ options: { keep: { type: 'string', default: '7' } } });
  const keep = Number(values.keep);
  if (!Number.isInteger(keep) || keep < 1) throw new Error('--keep 须为不小于 1 的整数');
  const config = loadConfig();
  if (config.databaseUrl) throw new Error('DATABASE_URL 指向外部 PostgreSQL：请由数据库管理员按 README 的说明备份（本命令只备份内置数据库）');
  const paths = backupPaths(config);
  const running = existsSync(path.join(paths.clusterDir, 'postmaster.pid'));
  // The service's own cluster when it runs; otherwise started here for the backup, and stopped after.
  const started = running ? null : await provideDatabase(config, { database: 'postgres' });
  const password = (await readFile(path.join(config.dataDir, 'postgres.password'), 'utf8')).trim();
  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${config.embeddedPostgresPort}/postgres`;
  try {
    const target = await takeBackup(adminUrl, paths);
    const pruned = await pruneBackups(paths, keep);
    console.log(`已备份到 ${target}（数据库基础备份、证据材料和照片）；持续归档的 WAL 在 ${paths.archiveDir}`);
    if (pruned.backups || pruned.segments) console.log(`已删除较早的 ${pruned.backups} 份备份和 ${pruned.segments} 个不再需要的 WAL 文件（保留最近 ${keep} 份）`);
  } finally {
    await started?.stop();
  }
}

if (require.main === module) runCommand(main);
