import type { Knex } from '@mikro-orm/postgresql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { chinaDateTime } from '../shared/china-time';
import { casePage, PAGE } from '../shared/page-paths';
import type { WeChatClient } from '../modules/identity/wechat.client';

/** After this many failed sends a notification is given up (FAILED) and stays visible for support. */
export const MAX_ATTEMPTS = 8;
export const BATCH = 20;

/** 30 s, 1 min, 2 min … capped at 6 h. */
export function backoffSeconds(attempts: number) {
  return Math.min(30 * 2 ** Math.max(0, attempts - 1), 6 * 3600);
}

const STATUS_LABEL: Record<string, string> = {
  FILE: '已登记', ACCEPT: '已受理', TRANSFER: '已转办', ESCALATE: '已上报', CONSENT: '对方同意调解', REFUSE: '对方不同意调解',
  MUTUAL_CHOICE: '已选定调解员', NO_MUTUAL_CHOICE: '请重新选择调解员', ASSIGN_MEDIATOR: '已指派调解员', MEDIATOR_ACCEPT: '调解员已接受',
  MEDIATOR_DECLINE: '调解员回避', REQUEST_REPLACEMENT: '申请更换调解员', RECORD_SUCCESS: '调解成功', RECORD_FAILURE: '调解不成',
  WITHDRAW: '已撤回', SESSION_SCHEDULED: '已安排调解', AGREEMENT_DRAFTED: '协议待确认', JUDICIAL_DECIDED: '司法确认结果', OVERDUE: '已超期', JUDICIAL_REMINDER: '司法确认提醒', TERM_DUE: '履行到期', FOLLOW_UP_TASK: '回访待跟进', WARNING: '纠纷预警', EVIDENCE_ADDED: '新增证据',
  ACCEPTANCE_OVERDUE: '逾期未受理', SUPERVISION: '督办', MEDIATOR_REQUESTED: '指名调解员', MEDIATOR_REQUEST_DECLINED: '指名未能安排', STATEMENT: '当事人陈述',
  ROOM_MESSAGE: '调解室新消息',
};

interface Due {
  id: string;
  kind: string;
  summary: string;
  attempts: number;
  openid: string;
  caseId: number | null;
  page: string | null;
  createdAt: Date;
}

/**
 * Sends due notifications as WeChat subscription messages. Rows are claimed with
 * FOR UPDATE SKIP LOCKED inside one transaction, so several API instances share the work and
 * none sends a message twice; a failed send is retried later with backoff.
 */
export async function dispatchNotifications(
  orm: MikroORM,
  wechat: WeChatClient,
  config: Config,
  maxBatches = 1,
  keepGoing: () => boolean = () => true,
): Promise<{ sent: number; retried: number; skipped: number; failed: number }> {
  const counts = { sent: 0, retried: 0, skipped: 0, failed: 0 };
  for (let batch = 0; batch < maxBatches && keepGoing(); batch++) {
    if ((await dispatchBatch(orm, wechat, config, counts)) < BATCH) break;
  }
  return counts;
}

/** One transaction: claim up to BATCH due rows, send them, record each outcome. Returns how many it claimed. */
async function dispatchBatch(orm: MikroORM, wechat: WeChatClient, config: Config, counts: { sent: number; retried: number; skipped: number; failed: number }) {
  let claimed = 0;
  const em = orm.em.fork();
  await em.transactional(async (tx) => {
    const connection = tx.getConnection();
    const trx = tx.getTransactionContext<Knex.Transaction>();
    const due = await connection.execute<Due[]>(
      `select n.id, n.kind, n.summary, n.attempts, u.openid, n.mediation_case_id as "caseId", n.page, n.created_at as "createdAt"
       from notification n join user_account u on u.id = n.user_id
       where n.status = 'PENDING' and n.next_attempt_at <= now()
       order by n.id limit ? for update of n skip locked`,
      [BATCH],
      'all',
      trx,
    );
    claimed = due.length;
    for (const n of due) {
      let outcome: 'SENT' | 'SKIPPED' | 'RETRY' | 'FAILED';
      let error: string | null = null;
      if (n.openid.startsWith('dev:')) {
        outcome = 'SKIPPED'; // development accounts have no WeChat to send to
      } else {
        try {
          const result = await wechat.sendSubscribeMessage({
            openid: n.openid,
            templateId: config.caseProgressTemplateId,
            page: n.page ?? (n.caseId ? casePage(PAGE.partyCase, n.caseId) : PAGE.home),
            data: {
              thing1: { value: n.summary.slice(0, 20) },
              phrase2: { value: (STATUS_LABEL[n.kind] ?? '案件进展').slice(0, 5) },
              time3: { value: chinaDateTime(new Date(n.createdAt)) }, // people read China time
            },
          });
          outcome = result === 'sent' ? 'SENT' : 'SKIPPED';
        } catch (e) {
          error = e instanceof Error ? e.message : String(e);
          outcome = n.attempts + 1 >= MAX_ATTEMPTS ? 'FAILED' : 'RETRY';
        }
      }
      const attempts = n.attempts + (outcome === 'SKIPPED' && n.openid.startsWith('dev:') ? 0 : 1);
      await connection.execute(
        `update notification set status = ?, attempts = ?, last_error = ?, sent_at = ?, next_attempt_at = now() + make_interval(secs => ?) where id = ?`,
        [outcome === 'RETRY' ? 'PENDING' : outcome, attempts, error, outcome === 'SENT' ? new Date() : null, backoffSeconds(attempts), n.id],
        'run',
        trx,
      );
      counts[outcome === 'SENT' ? 'sent' : outcome === 'RETRY' ? 'retried' : outcome === 'SKIPPED' ? 'skipped' : 'failed']++;
    }
  });
  return claimed;
}
