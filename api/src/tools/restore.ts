/**
 * `npm run restore [-- --from <backup folder>]` (default: the newest in BACKUP_DIR), with the service
 * stopped: puts the base backup back, keeps the old data directory aside, and starts PostgreSQL once
 * so it replays every archived WAL segment — the database as of the last archived write — then stops.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { backupPaths, listBackups, restoreBackup } from '../database/backup';
import { isRoot, postgresUser } from '../database/embedded-postgres';
import { provideDatabase } from '../database/provide-database';
import { runCommand } from './with-database';

async function main() {
  const { values } = parseArgs({ options: { from: { type: 'string' } } });
  const config = loadConfig();
  if (config.databaseUrl) throw new Error('DATABASE_URL 指向外部 PostgreSQL：请由数据库管理员恢复（本命令只恢复内置数据库）');
  const paths = backupPaths(config);
  const from = values.from ?? (await listBackups(paths.backupsDir))[0];
  if (!from) throw new Error(`${paths.backupsDir} 中没有备份`);
  const { keptAside } = await restoreBackup(from, paths, isRoot() ? postgresUser() : null);
  // Recovery runs on this start: every archived WAL segment is replayed, then the cluster opens.
  const database = await provideDatabase(config);
  await database.stop();
  console.log(`已从 ${from} 恢复，并重放了归档的 WAL${keptAside ? `；原数据目录保留在 ${keptAside}` : ''}。现在可以启动服务。`);
}

if (require.main === module) runCommand(main);
