/**
 * Retries an outgoing call to Teams (send, update, proactive) when the channel answers 429 (throttled),
 * 412 (precondition failed, Teams' other throttling answer), 502 or 504, with exponential backoff and
 * jitter, inside a time budget that leaves the turn well inside Teams' 15 s.
 *
 * Why here and not in the connector: ConnectorClientOptions (TeamsAdapter's 4th argument) accepts
 * `requestPolicyFactories`, but botbuilder builds its core-client pipeline without `retryOptions`, so
 * the built-in policy cannot be tuned: it retries 5xx/408 and network errors 3 times (0.5–1 s, 1–2 s,
 * 2–4 s), 429 only with a Retry-After header, and never 412. A 502 storm therefore already costs one
 * attempt here up to ~7 s; the budget check below accounts for that by never starting an attempt that
 * is not expected to finish inside the budget (it assumes the next attempt takes as long as the last).
 */
export const RETRIED_STATUSES: ReadonlySet<number> = new Set([429, 412, 502, 504]);

export interface TeamsRetryOptions {
  /** Total time for all attempts and waits, ms. Default 8000: the rest of the 15 s is for the store. */
  budgetMs?: number;
  /** First backoff, ms (doubled per retry, half of it random). Default 250. */
  baseDelayMs?: number;
  /** Largest backoff, ms. Default 2000. */
  maxDelayMs?: number;
  /** Attempts in all, the first included. Default 6. */
  maxAttempts?: number;
  /** Called before each wait (log with ids, never the activity's text). */
  onRetry?: (info: { attempt: number; status: number; delayMs: number }) => void;
  /** For tests. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

/** The HTTP status of a failed connector call (core-client RestError: statusCode; others: status). */
export function httpStatusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } } | undefined;
  const status = e?.statusCode ?? e?.status ?? e?.response?.status;
  return typeof status === 'number' ? status : undefined;
}

/** Retry-After (seconds or an HTTP date) of a failed call, in ms, when the channel sent one. */
export function retryAfterMsOf(err: unknown, now: number = Date.now()): number | undefined {
  const headers = (err as { response?: { headers?: unknown } } | undefined)?.response?.headers as
    { get?: (name: string) => string | undefined | null } | Record<string, string> | undefined;
  if (!headers) return undefined;
  const raw = typeof headers.get === 'function' ? headers.get('retry-after') : (headers as Record<string, string>)['retry-after'];
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withTeamsRetry<T>(fn: () => Promise<T>, options: TeamsRetryOptions = {}): Promise<T> {
  const { budgetMs = 8000, baseDelayMs = 250, maxDelayMs = 2000, maxAttempts = 6, onRetry } = options;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const start = now();
  for (let attempt = 1; ; attempt++) {
    const began = now();
    try {
      return await fn();
    } catch (err) {
      const status = httpStatusOf(err);
      if (status === undefined || !RETRIED_STATUSES.has(status) || attempt >= maxAttempts) throw err;
      const took = now() - began;
      const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      const jittered = backoff / 2 + random() * (backoff / 2);
      const delayMs = Math.round(Math.max(jittered, retryAfterMsOf(err, now()) ?? 0));
      if (now() - start + delayMs + took > budgetMs) throw err;
      onRetry?.({ attempt, status, delayMs });
      await sleep(delayMs);
    }
  }
}
