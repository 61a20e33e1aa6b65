// Structured JSON logs with Cloud Logging's `severity` (one object per line, request and job ids on the
// lines that concern them), or the same records made readable for a developer's terminal.
import pino, { type Logger } from 'pino';

const SEVERITY: Record<string, string> = {
  trace: 'DEBUG',
  debug: 'DEBUG',
  info: 'INFO',
  warn: 'WARNING',
  error: 'ERROR',
  fatal: 'CRITICAL',
};

// Keys and tokens never reach the log, whatever a request or an error object carries.
const REDACT = ['req.headers.authorization', 'req.headers.cookie', '*.apiKey', '*.token', '*.headers.authorization'];

/** Fastify's summary of a request, with an API key given in the query string (EventSource) masked. */
const serializers = {
  req: (req: { method?: string; url?: string; host?: string; ip?: string; socket?: { remotePort?: number } }) => ({
    method: req.method,
    url: req.url?.replace(/([?&]access_token=)[^&#]*/gi, '$1[Redacted]'),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  }),
};

export function createLogger(
  level: string,
  format: 'json' | 'pretty' = 'json',
  destination?: pino.DestinationStream,
): Logger {
  if (format === 'pretty' && !destination) {
    return pino({
      level,
      messageKey: 'message',
      redact: REDACT,
      serializers,
      transport: { target: 'pino-pretty', options: { messageKey: 'message' } },
    });
  }
  return pino(
    {
      level,
      messageKey: 'message',
      formatters: {
        level: (label, number) => ({ severity: SEVERITY[label] ?? 'DEFAULT', level: number }),
      },
      redact: REDACT,
      serializers,
    },
    destination,
  );
}
