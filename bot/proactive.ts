import { CloudAdapterBase, TurnContext, type Activity, type ConversationReference } from 'botbuilder';

/**
 * Talking to the channel outside the request/answer path: retries on throttling and transient
 * errors (429, 412, 502, 504) with exponential backoff and jitter, inside a ~10 s budget so the
 * whole turn stays within Teams' 15 s.
 */
const RETRYABLE = new Set([412, 429, 502, 504]);

export interface RetryOptions {
  budgetMs?: number;
  baseMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

function statusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } };
  const code = e?.statusCode ?? e?.status ?? e?.response?.status;
  return typeof code === 'number' ? code : undefined;
}

function retryAfterMs(err: unknown): number | undefined {
  const headers = (err as { response?: { headers?: { get?: (n: string) => string | undefined } } })?.response?.headers;
  const value = headers?.get?.('retry-after');
  const seconds = value ? Number(value) : NaN;
  return Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

export async function withChannelRetry<T>(send: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const budget = options.budgetMs ?? 10_000;
  const base = options.baseMs ?? 250;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (err) {
      const status = statusOf(err);
      if (status === undefined || !RETRYABLE.has(status)) throw err;
      const backoff = Math.max(retryAfterMs(err) ?? 0, base * 2 ** attempt * (0.5 + Math.random()));
      if (Date.now() - started + backoff > budget) throw err;
      await sleep(backoff);
    }
  }
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
