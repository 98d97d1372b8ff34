import type { MikroORM } from '@mikro-orm/postgresql';
import { CaseStatus } from '../modules/case/case-enums';
import { CaseEvent } from '../modules/case/case-event.entity';
import { OPEN_STATUSES } from '../modules/case/case-workflow';
import { MediationCase } from '../modules/case/case.entity';
import { queueCaseNotifications } from '../modules/notification/notification.rules';
import { raiseIfMajorOverdue } from '../modules/warning/warning.rules';

/** Open cases that have a deadline (it starts at acceptance). */
const OPEN: CaseStatus[] = OPEN_STATUSES.filter((s) => s !== CaseStatus.PENDING_ACCEPTANCE);

/**
 * 挂牌督办: every open case past its deadline is flagged once — a timeline event and
 * notifications to the committee's staff and the justice office above it, in one transaction
 * per case. The deadline lives in the case row, so restarts and several instances are safe:
 * the flag is claimed with a conditional UPDATE.
 */
export async function flagOverdueCases(orm: MikroORM, now = new Date()): Promise<number> {
  const ids = await orm.em.fork().getConnection().execute<{ id: number }[]>(
    `select id from mediation_case where due_at < ? and overdue_flagged_at is null and status in (${OPEN.map(() => '?').join(', ')}) order by id limit 100`,
    [now, ...OPEN],
  );
  let flagged = 0;
  for (const { id } of ids) {
    const em = orm.em.fork();
    await em.transactional(async (tx) => {
      const claimed = await tx.getConnection().execute(
        'update mediation_case set overdue_flagged_at = ? where id = ? and overdue_flagged_at is null',
        [now, id],
        'run',
        tx.getTransactionContext(),
      );
      if ((claimed as { affectedRows?: number }).affectedRows !== 1) return;
      const mediationCase = await tx.findOneOrFail(MediationCase, id, { populate: ['parties'] });
      tx.create(CaseEvent, { mediationCase, action: 'OVERDUE', fromStatus: mediationCase.status, toStatus: mediationCase.status, actorRole: 'SYSTEM', note: '已超过办结期限，挂牌督办' });
      await queueCaseNotifications(tx, mediationCase, 'OVERDUE', `${mediationCase.number} 已超过办结期限`);
      await raiseIfMajorOverdue(tx, mediationCase);
      flagged++;
    });
  }
  return flagged;
}
