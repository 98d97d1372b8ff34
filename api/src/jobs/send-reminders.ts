import type { MikroORM } from '@mikro-orm/postgresql';
import { JUDICIAL_WINDOW_DAYS } from '../modules/case/outcome.service';
import { addDays, chinaDate } from '../shared/china-time';
import { CaseEvent } from '../modules/case/case-event.entity';
import { MediationCase } from '../modules/case/case.entity';
import { queueCaseNotifications } from '../modules/notification/notification.rules';

/** Days before the end of the judicial-confirmation window when the parties are reminded. */
export const JUDICIAL_REMINDER_DAYS = 7;

interface Reminder {
  kind: 'JUDICIAL_REMINDER' | 'TERM_DUE';
  caseId: number;
  claim: string;
  params: unknown[];
  note: string;
}

/**
 * Reminders, each sent once (the row is claimed with a conditional UPDATE in the same
 * transaction as the timeline event and the notifications): the judicial-confirmation window
 * closing on a written agreement nobody has taken to court, and agreement terms falling due
 * without a recorded performance.
 */
export async function sendReminders(orm: MikroORM, now = new Date()): Promise<number> {
  const connection = orm.em.fork().getConnection();
  const judicial = await connection.execute<{ id: number; caseId: number; sealedAt: Date }[]>(
    `select a.id, a.mediation_case_id as "caseId", a.sealed_at as "sealedAt" from agreement a
     join mediation_case c on c.id = a.mediation_case_id
     where a.kind = 'WRITTEN' and a.sealed_at is not null and a.judicial_applied_on is null and a.judicial_reminded_at is null
       and c.status = 'SUCCEEDED' and ? between a.sealed_at + interval '${JUDICIAL_WINDOW_DAYS - JUDICIAL_REMINDER_DAYS} days' and a.sealed_at + interval '${JUDICIAL_WINDOW_DAYS} days'
     limit 100`,
    [now],
  );
  const terms = await connection.execute<{ id: number; caseId: number; seq: number }[]>(
    `select t.id, a.mediation_case_id as "caseId", t.seq, t.perform_by as "performBy" from agreement_term t join agreement a on a.id = t.agreement_id
     where t.performance = 'PENDING' and t.due_reminded_at is null and t.perform_by <= ?::date and a.sealed_at is not null
     limit 100`,
    [chinaDate(now)],
  );
  const reminders: Reminder[] = [
    ...judicial.map((j) => ({
      kind: 'JUDICIAL_REMINDER' as const,
      caseId: j.caseId,
      claim: 'update agreement set judicial_reminded_at = ? where id = ? and judicial_reminded_at is null',
      params: [now, j.id],
      note: `申请司法确认的期限即将届满（${addDays(chinaDate(new Date(j.sealedAt)), JUDICIAL_WINDOW_DAYS)}）`,
    })),
    ...terms.map((t) => ({
      kind: 'TERM_DUE' as const,
      caseId: t.caseId,
      claim: 'update agreement_term set due_reminded_at = ? where id = ? and due_reminded_at is null',
      params: [now, t.id],
      note: `协议第${t.seq}项已到履行期限，请核实履行情况`,
    })),
  ];
  let sent = 0;
  for (const reminder of reminders) {
    await orm.em.fork().transactional(async (tx) => {
      const claimed = await tx.getConnection().execute<{ affectedRows?: number }>(reminder.claim, reminder.params, 'run', tx.getTransactionContext());
      if (claimed.affectedRows !== 1) return;
      const mediationCase = await tx.findOneOrFail(MediationCase, reminder.caseId, { populate: ['parties'] });
      tx.create(CaseEvent, { mediationCase, action: reminder.kind, fromStatus: mediationCase.status, toStatus: mediationCase.status, actorRole: 'SYSTEM', note: reminder.note });
      await queueCaseNotifications(tx, mediationCase, reminder.kind, `${mediationCase.number} ${reminder.note}`);
      sent++;
    });
  }
  return sent;
}
