import { DISPUTE_TYPE_VOCABULARY } from '../api/src/modules/dispute-type/dispute-type-vocabulary';
import { createTestDatabase, type TestDatabase } from './support/database';

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('bring an empty database to exactly the schema the entities describe', async () => {
    const diff = await db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('load the shared dispute-type vocabulary in report order', async () => {
    const rows: { code: string; label: string }[] = await db.orm.em.fork().getConnection().execute('select code, label from dispute_type order by sort_order');
    expect(rows).toEqual(DISPUTE_TYPE_VOCABULARY.map(({ code, label }) => ({ code, label })));
    expect(rows.map((r) => r.label)).toEqual(expect.arrayContaining(['婚姻家庭', '邻里', '道路交通事故', '物业', '金融', '保险']));
  });

  it('are all applied and a second run applies nothing', async () => {
    const migrator = db.orm.getMigrator();
    expect(await migrator.getPendingMigrations()).toEqual([]);
    expect(await migrator.up()).toEqual([]);
  });
});
