import type { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createOrm, migrateToLatest } from '../../api/src/database/orm';
import { withDatabaseName } from '../../api/src/database/provide-database';
import { seedDemoDataIfEmpty } from '../../api/src/seed/demo-data';

export function adminUrl(): string {
  const url = process.env.TIAOJIE_TEST_ADMIN_URL;
  if (!url) throw new Error('TIAOJIE_TEST_ADMIN_URL is not set: run the tests through jest (globalSetup)');
  return url;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  name: string;
  url: string;
  orm: MikroORM;
  /** Statements MikroORM sent since the last reset. */
  statements: string[];
  drop(): Promise<void>;
}

/** A fresh database migrated to the latest schema, optionally with the demo county. */
export async function createTestDatabase(options: { demo?: boolean; migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `tiaojie_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  const url = withDatabaseName(adminUrl(), name);
  const statements: string[] = [];
  const orm = await createOrm(url, { onQuery: (query) => statements.push(query) });
  if (options.migrate !== false) await migrateToLatest(orm);
  if (options.demo) await seedDemoDataIfEmpty(orm);
  statements.length = 0;
  return {
    name,
    url,
    orm,
    statements,
    async drop() {
      await orm.close(true);
      await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}
