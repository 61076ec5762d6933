import { ConflictError } from './ports';

/**
 * Optimistic concurrency: read, decide, replace with If-Match; on a lost race (ConflictError) read
 * again and decide again. A small random pause spreads out writers that collided.
 */
export async function retryOnConflict<T>(attempt: () => Promise<T>, maxAttempts = 40): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof ConflictError) || i >= maxAttempts) throw err;
      await new Promise((r) => setTimeout(r, Math.random() * Math.min(50, 2 * i)));
    }
  }
}
