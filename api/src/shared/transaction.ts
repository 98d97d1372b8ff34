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
