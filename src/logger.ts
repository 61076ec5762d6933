import pino, { type Logger } from 'pino';

/** Structured JSON logs. Never log message text or card input at info level (personal data). */
export function createLogger(level: string = 'info'): Logger {
  return pino({ level, base: { service: 'referent' }, timestamp: pino.stdTimeFunctions.isoTime });
}
export type { Logger };
