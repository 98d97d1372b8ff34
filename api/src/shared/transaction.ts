import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs `work` in one transaction on this request's EntityManager, committing (with a flush) when
 * it returns and rolling back when it throws. Inside a transaction already, `work` simply joins it:
 * the outermost caller commits. Reads through `ctx.db` join it too (see shared/db.ts).
 */
export async function inTransaction<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
  if (em.isInTransaction()) return work();
  await em.begin();
  try {
    const result = await work();
    await em.commit();
    return result;
  } catch (error) {
    await em.rollback();
    throw error;
  }
}

/**
 * Locks one row (`select … for update`) in the transaction `em` is in: concurrent changes to the
 * same row queue here, and each then reads what the one before it committed. `table` is one of
 * ours, never input.
 */
export async function lockRow(em: EntityManager, table: 'mediation_case' | 'committee' | 'mediator', id: number): Promise<boolean> {
  if (!em.isInTransaction()) throw new Error(`lockRow(${table}) outside a transaction`);
  const rows = await em.getConnection().execute(`select 1 from ${table} where id = ? for update`, [id], 'all', em.getTransactionContext());
  return rows.length > 0;
}

/**
 * Changes one row with it locked: `load` reads it fresh after the lock, so concurrent edits of the
 * same committee or mediator apply one after the other — none lost, none refused for a stale
 * version — then `change` alters it and the transaction flushes and commits.
 */
export async function changeLocked<T>(
  em: EntityManager,
  table: 'committee' | 'mediator',
  id: number,
  load: () => Promise<T | null>,
  notFound: () => Error,
  change: (row: T) => void | Promise<void>,
): Promise<T> {
  return inTransaction(em, async () => {
    await lockRow(em, table, id);
    const row = await load();
    if (!row) throw notFound();
    await change(row);
    await em.flush();
    return row;
  });
}
