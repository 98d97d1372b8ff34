/**
 * `npm run migration:create [-- --initial]`: diffs the entities against a scratch database
 * migrated to the latest committed migration, writes the new migration into
 * api/src/database/migrations and lists it in that folder's index.ts.
 */
import 'reflect-metadata';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig, PROJECT_ROOT } from '../config';
import { createOrm } from '../database/orm';
import { provideDatabase, withDatabaseName } from '../database/provide-database';

const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'api/src/database/migrations');
const SCRATCH = 'tiaojie_migration_scratch';

async function main() {
  const config = loadConfig();
  const database = await provideDatabase(config);
  const admin = new Client({ connectionString: withDatabaseName(database.url, 'postgres') });
  await admin.connect();
  await admin.query(`drop database if exists ${SCRATCH} with (force)`);
  await admin.query(`create database ${SCRATCH}`);
  const orm = await createOrm(withDatabaseName(database.url, SCRATCH));
  try {
    const migrator = orm.getMigrator();
    await migrator.up();
    const result = await migrator.createMigration(MIGRATIONS_DIR, false, process.argv.includes('--initial'));
    if (!result.fileName) {
      console.log('No changes: the entities match the migrations.');
    } else {
      console.log(`Wrote ${path.join(MIGRATIONS_DIR, result.fileName)}`);
    }
    await writeIndex();
  } finally {
    await orm.close();
    await admin.query(`drop database if exists ${SCRATCH} with (force)`);
    await admin.end();
    await database.stop();
  }
}

async function writeIndex() {
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => /^Migration\d+.*\.ts$/.test(f)).sort();
  const names = files.map((f) => f.replace(/\.ts$/, ''));
  const lines = [
    '// Maintained by `npm run migration:create`; lists every migration in order.',
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((n) => `import { ${n} } from './${n}';`),
    '',
    'export const migrations: MigrationObject[] = [',
    ...names.map((n) => `  { name: '${n}', class: ${n} },`),
    '];',
    '',
  ];
  await writeFile(path.join(MIGRATIONS_DIR, 'index.ts'), lines.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
