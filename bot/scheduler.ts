import { randomUUID } from 'node:crypto';
import { MessageFactory, type CloudAdapterBase, type ConversationReference } from 'botbuilder';
import { JOB_KINDS } from '../src/app/job-kinds';
import type { Repositories } from '../src/app/ports';
import { pruneFinishedJobs, runDueJobs, type Outbox, type TickReport } from '../src/app/scheduler';
import type { Logger } from '../src/logger';
import { withTeamsRetry } from './teams-retry';

/*
 * This instance's side of the scheduler of due jobs (src/app/scheduler.ts): an interval that wakes it
 * to ask the store what is due, and the outbox its jobs send through (a proactive message through a
 * stored conversation reference, with the one Teams retry policy, as `påminnelse` sends). The due list is in
 * the store; nothing here survives a restart or needs to.
 */

export function teamsOutbox(adapter: CloudAdapterBase, appId: string): Outbox {
  return {
    async send(reference, text) {
      await withTeamsRetry(() =>
        adapter.continueConversationAsync(appId, reference as Partial<ConversationReference>, async (proactive) => {
          await proactive.sendActivity(MessageFactory.text(text));
        }),
      );
    },
  };
}

/** Finished jobs are pruned at start and then every this many ticks (a query; the store has no TTL). */
const PRUNE_EVERY_TICKS = 60;

export interface Scheduler {
  /** One tick now, at `now` (tests pass a fixed clock); a tick already running in this instance is waited for, not doubled. */
  tick(now?: Date): Promise<TickReport>;
  stop(): Promise<void>;
}

export function startScheduler(options: { repos: Repositories; outbox: Outbox; log: Logger; tickMs: number; now: () => Date }): Scheduler {
  const { repos, outbox, log, tickMs, now } = options;
  const instanceId = randomUUID();
  let running: Promise<TickReport> | undefined;
  let ticks = 0;
  const tick = async (at: Date = now()): Promise<TickReport> => {
    while (running) await running.catch(() => undefined);
    running = (async () => {
      if (ticks++ % PRUNE_EVERY_TICKS === 0)
        await pruneFinishedJobs(repos, at).catch((err: Error) => log.warn({ err: err.message }, 'pruning finished jobs failed'));
      const report = await runDueJobs({ repos, outbox, now: at, log }, JOB_KINDS, instanceId);
      if (report.claimed) log.info({ ...report, instanceId }, 'scheduled jobs run');
      return report;
    })();
    try {
      return await running;
    } finally {
      running = undefined;
    }
  };
  const timer =
    tickMs > 0
      ? setInterval(() => void tick().catch((err: Error) => log.warn({ err: err.message }, 'scheduler tick failed: the next tick tries again')), tickMs)
      : undefined;
  timer?.unref();
  return {
    tick,
    async stop() {
      if (timer) clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
