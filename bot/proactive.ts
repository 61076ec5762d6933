import { CloudAdapterBase, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import { withTeamsRetry } from './teams-retry';

/**
 * Talking to the channel outside the request/answer path (proactive posts, card updates): retried
 * on throttling and transient errors (429, 412, 502, 504) with exponential backoff and jitter by
 * withTeamsRetry (bot/teams-retry.ts), inside a budget that keeps the turn within Teams' 15 s.
 */
export interface RetryOptions {
  budgetMs?: number;
  baseMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export function withChannelRetry<T>(send: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  return withTeamsRetry(send, { budgetMs: options.budgetMs ?? 10_000, baseDelayMs: options.baseMs ?? 250, maxAttempts: 8, sleep: options.sleep });
}

/** Sends activities one after the other in this turn's conversation, each retried. Returns their ids. */
export async function sendAll(context: TurnContext, activities: Partial<Activity>[]): Promise<(string | undefined)[]> {
  const ids: (string | undefined)[] = [];
  for (const activity of activities) ids.push((await withChannelRetry(() => context.sendActivity(activity)))?.id);
  return ids;
}

/**
 * Posts activities to another conversation (the group's home) through its stored reference, with
 * adapter.continueConversationAsync; each send is retried on its own so a retry never duplicates
 * what already went through.
 */
export async function postToConversation(
  context: TurnContext,
  appId: string,
  reference: Record<string, unknown>,
  activities: Partial<Activity>[],
): Promise<(string | undefined)[]> {
  const adapter = context.adapter as CloudAdapterBase;
  let ids: (string | undefined)[] = [];
  await adapter.continueConversationAsync(appId, reference as Partial<ConversationReference>, async (proactive) => {
    ids = await sendAll(proactive, activities);
  });
  return ids;
}
