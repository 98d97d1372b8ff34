import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import type { WeChatClient } from '../modules/identity/wechat.client';
import { dispatchNotifications } from './dispatch-notifications';
import { escalateUnacceptedCases } from './escalate-unaccepted-cases';
import { flagOverdueCases } from './flag-overdue-cases';
import { sendReminders } from './send-reminders';
import { foldStatistics } from './fold-statistics';
import { describeError } from '../shared/errors';
import type { Metrics } from '../metrics';

/**
 * Runs the background jobs every few seconds. Their state is rows (deadlines, the outbox), not
 * memory: a restarted or second instance picks up exactly where work was left.
 */
export class JobRunner {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly deps: { orm: MikroORM; wechat: WeChatClient; config: Config; metrics?: Metrics },
    private readonly log: (entry: Record<string, unknown>) => void = () => undefined,
  ) {}

  start() {
    this.stopped = false;
    const tick = () => {
      if (this.stopped) return;
      this.running = this.runOnce()
        .then(() => {
          this.deps.metrics?.jobRuns.inc({ outcome: 'ok' });
          this.deps.metrics?.jobLastRun.setToCurrentTime();
        })
        .catch((error) => {
          this.deps.metrics?.jobRuns.inc({ outcome: 'failed' });
          this.log({ level: 'error', msg: 'job run failed', ...describeError(error) });
        })
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.deps.config.jobs.intervalSeconds * 1000);
        });
    };
    tick();
  }

  /** One pass: move up cases not accepted in time, flag overdue cases, queue reminders, then send what is due (at most `maxBatches` batches of 20). */
  async runOnce(maxBatches = 25) {
    const unaccepted = await escalateUnacceptedCases(this.deps.orm);
    const overdue = await flagOverdueCases(this.deps.orm);
    const reminders = await sendReminders(this.deps.orm);
    // Stopping ends the pass after the batch in hand: its rows are committed, the rest stay due for any instance.
    const statisticsFolded = await foldStatistics(this.deps.orm);
    const notifications = await dispatchNotifications(this.deps.orm, this.deps.wechat, this.deps.config, maxBatches, () => !this.stopped);
    if (unaccepted.escalated || unaccepted.flagged || overdue || reminders || notifications.sent || notifications.retried || notifications.failed) {
      this.log({ level: 'info', msg: 'jobs', ...unaccepted, overdue, reminders, ...notifications });
    }
    return { ...unaccepted, overdue, reminders, statisticsFolded, ...notifications };
  }

  /** Stops scheduling and waits for the batch in progress (not the whole pass) to finish. */
  async stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
