// Structured JSON logs with Cloud Logging's `severity`, or pretty lines in a terminal when asked.
import pino, { type Logger } from 'pino';

const SEVERITY: Record<string, string> = {
  trace: 'DEBUG',
  debug: 'DEBUG',
  info: 'INFO',
  warn: 'WARNING',
  error: 'ERROR',
  fatal: 'CRITICAL',
};

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      messageKey: 'message',
      formatters: {
        level: (label, number) => ({ severity: SEVERITY[label] ?? 'DEFAULT', level: number }),
      },
      // Keys and tokens never reach the log, whatever an error object carries.
      redact: ['req.headers.authorization', 'req.headers.cookie', '*.apiKey', '*.token'],
    },
    destination,
  );
}
