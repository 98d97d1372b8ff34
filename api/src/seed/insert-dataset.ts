import type { Knex } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NetworkDataset } from './network';

/** Parents before children. */
const TABLE_ORDER: (keyof NetworkDataset)[] = [
  'region', 'committee', 'committee_dispute_type', 'mediator', 'mediator_specialty', 'membership', 'grid_unit', 'grid_officer',
];
const SERIAL_TABLES = ['committee', 'mediator', 'membership', 'grid_unit', 'grid_officer'];
const CHUNK = 5000;

/**
 * Bulk-inserts a generated network in one transaction: each chunk is one statement that maps
 * JSON rows onto the table's columns (json_populate_recordset), so 100k rows take seconds.
 */
export async function insertDataset(em: EntityManager, data: NetworkDataset) {
  await em.transactional(async (tx) => {
    const connection = tx.getConnection();
    const ctx = tx.getTransactionContext<Knex.Transaction>();
    for (const table of TABLE_ORDER) {
      const rows = data[table];
      if (!rows.length) continue;
      // Every key any row has (a key missing from a row is NULL): the first row alone would drop, say, the host of the dispatched rooms.
      const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))].map((c) => `"${c}"`).join(', ');
      for (let i = 0; i < rows.length; i += CHUNK) {
        await connection.execute(
          `insert into "${table}" (${columns}) select ${columns} from json_populate_recordset(null::"${table}", ?::json)`,
          [JSON.stringify(rows.slice(i, i + CHUNK))],
          'run',
          ctx,
        );
      }
    }
    for (const table of SERIAL_TABLES) {
      await connection.execute(
        `select setval(pg_get_serial_sequence('${table}', 'id'), greatest((select max(id) from "${table}"), 1))`,
        [],
        'run',
        ctx,
      );
    }
  });
}
