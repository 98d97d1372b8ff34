import type { Knex } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { inTransaction } from '../../shared/transaction';

/** The same validation for every creating mutation's optional key (a UUID fits). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\w-]{8,64}$/;
export const IDEMPOTENCY_KEY_MESSAGE = '须为 8 到 64 位字母、数字、下划线或连字符';

/**
 * Creates at most once per (viewer, operation, key): `create` runs in a transaction that first
 * claims the key. A second request with the same key waits at the claim until the first commits
 * (PostgreSQL's unique index does the waiting), then gets the first one's result id with
 * `replay: true`; if the first failed, the second creates. Without a key, `create` simply runs.
 */
export async function createOnce(ctx: Context, operation: string, key: string | null | undefined, create: () => Promise<number>): Promise<{ id: number; replay: boolean }> {
  const em = ctx.em;
  if (!key) return { id: await inTransaction(em, create), replay: false };
  const viewer = await ctx.requireViewer();
  return inTransaction(em, async () => {
    const tx = em.getTransactionContext<Knex.Transaction>();
    const connection = em.getConnection();
    const claimed = await connection.execute(
      'insert into idempotent_request (user_id, operation, request_key) values (?, ?, ?) on conflict do nothing returning user_id',
      [viewer.userId, operation, key],
      'all',
      tx,
    );
    if (claimed.length === 0) {
      const [row] = await connection.execute<[{ result_id: number }]>('select result_id from idempotent_request where user_id = ? and operation = ? and request_key = ?', [viewer.userId, operation, key], 'all', tx);
      return { id: row.result_id, replay: true };
    }
    const id = await create();
    await connection.execute('update idempotent_request set result_id = ? where user_id = ? and operation = ? and request_key = ?', [id, viewer.userId, operation, key], 'run', tx);
    return { id, replay: false };
  });
}
