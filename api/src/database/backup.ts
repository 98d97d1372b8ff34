import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, chmod, cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import type { Config } from '../config';

/** Where the embedded default keeps what a backup covers. */
export interface BackupPaths {
  /** The cluster's data directory (DATA_DIR/postgres). */
  clusterDir: string;
  /** Where PostgreSQL archives every finished WAL segment (BACKUP_DIR/wal). */
  archiveDir: string;
  /** Where base backups go (BACKUP_DIR). */
  backupsDir: string;
  /** Evidence and photo folders: content-addressed, so copying is additive. */
  fileDirs: string[];
}

/** The embedded default's paths, from the configuration. */
export const backupPaths = (config: Config): BackupPaths => ({
  clusterDir: path.join(config.dataDir, 'postgres'),
  archiveDir: path.join(config.backupDir, 'wal'),
  backupsDir: config.backupDir,
  fileDirs: [config.evidenceDir, config.photosDir],
});

/**
 * Keeps the newest `keep` base backups and the archived WAL the oldest of them needs; older
 * backups and segments are removed. Returns what was removed.
 */
export async function pruneBackups(paths: BackupPaths, keep: number): Promise<{ backups: number; segments: number }> {
  const all = await listBackups(paths.backupsDir);
  const removed = all.slice(keep);
  for (const dir of removed) await rm(dir, { recursive: true, force: true });
  const oldest = all.slice(0, keep).at(-1);
  if (!oldest) return { backups: removed.length, segments: 0 };
  const label = await readFile(path.join(oldest, 'data', 'backup_label'), 'utf8');
  const first = /START WAL LOCATION: .*\(file ([0-9A-F]{24})\)/.exec(label)?.[1];
  if (!first) return { backups: removed.length, segments: 0 };
  // WAL segment names sort in WAL order (same timeline): everything before the oldest backup's start is no longer needed.
  const segments = (await readdir(paths.archiveDir).catch(() => [] as string[])).filter((f) => /^[0-9A-F]{24}$/.test(f) && f < first);
  for (const segment of segments) await rm(path.join(paths.archiveDir, segment), { force: true });
  return { backups: removed.length, segments: segments.length };
}

/** What PostgreSQL rebuilds or must not carry over (pg_wal comes from the archive). */
const SKIPPED = new Set(['postmaster.pid', 'postmaster.opts']);
const EMPTIED = new Set(['pg_wal', 'pg_replslot', 'pg_stat_tmp', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_subtrans']);

const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\..+$/, '').replace('T', '-');

function skip(clusterDir: string) {
  return (source: string) => {
    const relative = path.relative(clusterDir, source);
    if (!relative) return true;
    const [top, ...rest] = relative.split(path.sep);
    if (rest.length === 0) return !SKIPPED.has(top);
    return !EMPTIED.has(top);
  };
}

/**
 * A base backup of the running cluster (PostgreSQL's own low-level API: pg_backup_start, a copy
 * of the data directory, pg_backup_stop's label written into the copy), then the evidence and
 * photo folders. Files are written before the rows that name them commit, so every file a
 * backed-up row names is in the copy. With the WAL archive, a restore reaches past it.
 */
export async function takeBackup(adminUrl: string, paths: BackupPaths): Promise<string> {
  const name = `base-${stamp()}`;
  const target = path.join(paths.backupsDir, name);
  await mkdir(target, { recursive: true, mode: 0o700 });
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('select pg_backup_start($1, true)', [name]);
    let label: { labelfile: string; spcmapfile: string | null } | undefined;
    try {
      await cp(paths.clusterDir, path.join(target, 'data'), { recursive: true, filter: skip(paths.clusterDir) });
    } finally {
      // Waits until the WAL the copy needs is archived.
      [label] = (await client.query<{ labelfile: string; spcmapfile: string | null }>('select labelfile, spcmapfile from pg_backup_stop(true)')).rows;
    }
    await writeFile(path.join(target, 'data', 'backup_label'), label.labelfile);
    if (label.spcmapfile) await writeFile(path.join(target, 'data', 'tablespace_map'), label.spcmapfile);
  } finally {
    await client.end();
  }
  for (const dir of paths.fileDirs) {
    if (existsSync(dir)) await cp(dir, path.join(target, 'files', path.basename(dir)), { recursive: true, force: false, filter: (s) => !path.basename(s).startsWith('.upload-') });
  }
  await writeFile(path.join(target, 'backup.json'), `${JSON.stringify({ name, takenAt: new Date().toISOString(), fileDirs: paths.fileDirs.map((d) => path.basename(d)) }, null, 2)}\n`);
  return target;
}

/** The base backups there are, newest first. */
export async function listBackups(backupsDir: string): Promise<string[]> {
  const names = await readdir(backupsDir).catch(() => [] as string[]);
  return names.filter((n) => n.startsWith('base-')).sort().reverse().map((n) => path.join(backupsDir, n));
}

/**
 * Puts a base backup back for the stopped cluster: the old data directory is kept aside (its
 * WAL, if the disk survived, is replayed too), the backup goes in with a recovery signal and the
 * archive as its restore command, and the evidence and photos are merged back. On the next start
 * PostgreSQL replays every archived WAL segment and opens at the last one.
 */
export async function restoreBackup(backupDir: string, paths: BackupPaths, owner: { uid: number; gid: number } | null): Promise<{ keptAside: string | null }> {
  if (existsSync(path.join(paths.clusterDir, 'postmaster.pid'))) throw new Error('PostgreSQL is still running on this data directory: stop the service first');
  if (!existsSync(path.join(backupDir, 'data', 'backup_label'))) throw new Error(`${backupDir} is not a base backup (no data/backup_label)`);
  let keptAside: string | null = null;
  if (existsSync(paths.clusterDir)) {
    keptAside = `${paths.clusterDir}.before-restore-${stamp()}`;
    await rename(paths.clusterDir, keptAside);
  }
  await cp(path.join(backupDir, 'data'), paths.clusterDir, { recursive: true });
  await mkdir(path.join(paths.clusterDir, 'pg_wal'), { recursive: true });
  if (keptAside && existsSync(path.join(keptAside, 'pg_wal'))) {
    // The WAL the old cluster had not archived yet: on a surviving disk, the last committed writes.
    const segments = (await readdir(path.join(keptAside, 'pg_wal'))).filter((f) => /^[0-9A-F]{24}$/.test(f));
    for (const segment of segments) await cp(path.join(keptAside, 'pg_wal', segment), path.join(paths.clusterDir, 'pg_wal', segment), { force: false });
  }
  const archive = paths.archiveDir.replace(/'/g, '');
  await appendFile(path.join(paths.clusterDir, 'postgresql.auto.conf'), `\n# restored from ${path.basename(backupDir)}\nrestore_command = 'cp "${archive}/%f" %p'\nrecovery_target_timeline = 'latest'\n`);
  await writeFile(path.join(paths.clusterDir, 'recovery.signal'), '');
  await chmod(paths.clusterDir, 0o700);
  if (owner) execFileSync('chown', ['-R', `${owner.uid}:${owner.gid}`, paths.clusterDir]);
  for (const dir of paths.fileDirs) {
    const saved = path.join(backupDir, 'files', path.basename(dir));
    if (existsSync(saved)) await cp(saved, dir, { recursive: true, force: false });
  }
  return { keptAside };
}
