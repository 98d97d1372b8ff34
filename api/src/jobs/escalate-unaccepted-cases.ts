import type { MikroORM } from '@mikro-orm/postgresql';
import { escalateUnaccepted } from '../modules/case/acceptance.rules';

/**
 * Every case waiting past its acceptance deadline moves up a level (or is flagged at the top),
 * one transaction per case. The state is the case row, so restarts and several instances are
 * safe: each case is locked and its deadline checked again before anything is written.
 */
export async function escalateUnacceptedCases(orm: MikroORM, now = new Date()): Promise<{ escalated: number; flagged: number }> {
  const ids = await orm.em.fork().getConnection().execute<{ id: number }[]>(
    `select id from mediation_case where status = 'PENDING_ACCEPTANCE' and acceptance_due_at < ? and acceptance_flagged_at is null order by acceptance_due_at, id limit 100`,
    [now],
  );
  const done = { escalated: 0, flagged: 0 };
  for (const { id } of ids) {
    const outcome = await orm.em.fork().transactional((tx) => escalateUnaccepted(tx, id, now));
    if (outcome !== 'skipped') done[outcome]++;
  }
  return done;
}
