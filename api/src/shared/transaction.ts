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
