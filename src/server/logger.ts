/**
 * The server's structured log: pino, one JSON line per event, level from
 * NEWSGRAPH_LOG_LEVEL (default info). Requests log through useRequestLog;
 * errors the client only sees as "Unexpected error." are logged here in full
 * (yogaLogger), so an operator can find them by request id.
 */
import pino, { type DestinationStream, type Logger } from 'pino';
import type { YogaLogger } from 'graphql-yoga';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const level = env.NEWSGRAPH_LOG_LEVEL?.trim().toLowerCase() || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new Error(`NEWSGRAPH_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${env.NEWSGRAPH_LOG_LEVEL}")`);
  }
  return level;
}

/** Logs to `destination` (default stdout). */
export function createLogger(level = 'info', destination?: DestinationStream): Logger {
  return pino({ name: 'newsgraph', level, base: undefined }, destination);
}

/** Yoga's logger interface over pino: an Error argument is logged as `err`, with its stack. */
export function yogaLogger(logger: Logger): YogaLogger {
  const at = (level: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    const err = args.find((arg): arg is Error => arg instanceof Error);
    const message = args.filter((arg) => !(arg instanceof Error)).map(String).join(' ');
    logger[level](err ? { err } : {}, message || err?.message || '');
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
