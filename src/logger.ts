import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * Structured JSON logs. Never log message text or card input at info level (personal data).
 * `destination` defaults to stdout; tests pass a stream to read what was logged.
 */
export function createLogger(level: string = 'info', destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'referent' }, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}
export type { Logger };
