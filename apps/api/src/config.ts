// Configuration: read once from the environment at start-up, validated, typed, and passed down.
// This is the only place that reads process.env.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  assertOcrLanguagesInstalled,
  type LlmSettings,
  llmSettingsFromEnv,
  OCR_MODES,
  parseOcrLangs,
} from '@quizstream/core';
import { z } from 'zod';
import { authConfigProblems } from './auth/auth-mode.js';
import { parseApiKeys } from './http/api-keys.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);
const list = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );
const bool = (def: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(def ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1');
const secret = <T>(parse: (value: string) => T) =>
  z
    .string()
    .default('')
    .transform((value, ctx) => {
      try {
        return parse(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    });

/** Fastify's `trustProxy`: off, on (any proxy: only behind one you control), a hop count, or proxy addresses. */
function parseTrustProxy(value: string): boolean | number | string[] {
  const v = value.trim();
  if (v === '' || v === 'false' || v === '0') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  const addresses = v.split(',').map((a) => a.trim());
  const bad = addresses.filter((a) => !/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(a));
  if (bad.length > 0) throw new Error(`"${bad.join('", "')}" is not an IP address or CIDR range`);
  return addresses;
}

export const ConfigSchema = z.object({
  PORT: int(3000).pipe(z.number().max(65535)),
  // Loopback by default: without authentication nobody else on the network can reach the server.
  HOST: z.string().default('127.0.0.1'),
  NODE_ENV: z.string().default('development'),
  /** Listening on other interfaces with no authentication at all: only on a network you trust. */
  ALLOW_UNAUTHENTICATED_NETWORK_ACCESS: bool(false),
  DATA_DIR: z.string().default('./data'),
  // Below this much free room in DATA_DIR, checked every DATA_DIR_CHECK_MS, the server warns (and the alert fires).
  DATA_DIR_MIN_FREE_MB: int(256, 0),
  DATA_DIR_CHECK_MS: int(60_000, 100),
  // Room uploads leave in DATA_DIR for the embedded database when there is no DATABASE_URL (its log, checkpoints).
  DATABASE_RESERVE_MB: int(64, 0),
  // Also the Cloud SQL socket form, postgresql://user:pass@/db?host=/cloudsql/PROJECT:REGION:INSTANCE,
  // which is no WHATWG URL (no host) but which pg reads.
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// connection string')
    .optional(),
  WEB_DIR: z.string().default(path.join(repoRoot, 'apps/web/.output/public')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).default('json'),
  METRICS_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  QUIZ_GENERATOR: z.enum(['offline', 'llm', 'auto']).default('auto'),
  HEARTBEAT_MS: int(30_000, 100),
  RETRY_MS: int(3_000, 100),
  ORPHAN_TIMEOUT_MS: int(60_000, 0),
  JOB_LEASE_MS: int(15_000, 100),
  FOLLOW_POLL_MS: int(2_000, 50),
  EVENT_RETENTION_MS: int(7 * 24 * 3_600_000, 0),
  PRUNE_INTERVAL_MS: int(3_600_000, 100),
  INSTANCE_ID: z
    .string()
    .regex(/^[\w.-]{1,64}$/)
    .optional(),
  STREAM_MAX_DURATION_MS: int(3_540_000, 1_000),
  SSE_MAX_QUEUE_BYTES: int(1_048_576, 1_024),
  SLOW_CONSUMER_TIMEOUT_MS: int(30_000, 100),
  CORS_ORIGINS: list,
  MAX_UPLOAD_MB: z.coerce.number().positive().default(50),
  MAX_PAGES: int(2_000, 1),
  REQUEST_TIMEOUT_MS: int(60_000, 0),
  /** Time a Regenerate may take to write a new question from the page (the LLM's answer included). */
  REGENERATE_TIMEOUT_MS: int(60_000, 1_000),
  KEEP_ALIVE_TIMEOUT_MS: int(75_000, 0),
  CONNECTION_TIMEOUT_MS: int(120_000, 0),
  SHUTDOWN_GRACE_MS: int(8_000, 0),
  // Hostile input: PDFs are read in a worker process within these limits (docs/security.md).
  PDF_OPEN_TIMEOUT_MS: int(15_000, 100),
  PDF_PAGE_TIMEOUT_MS: int(5_000, 100),
  PDF_WORKER_HEAP_MB: int(256, 32),
  PDF_WORKER_BUFFER_MB: int(256, 16),
  MAX_CONCURRENT_UPLOADS: int(4, 1),
  // Memory (docs/operations.md): the instance's memory in MB (0: what the cgroup or the machine has), the part
  // kept for the server process itself, and the PDF workers' queue for the rest.
  MEMORY_LIMIT_MB: int(0, 0),
  SERVER_MEMORY_MB: int(512, 64),
  PDF_QUEUE_MAX: int(64, 0),
  PDF_QUEUE_WAIT_MS: int(20_000, 0),
  // Abuse: per-client rate limits and global back-pressure (0 turns a limit off).
  MAX_CONCURRENT_JOBS: int(8, 1),
  RATE_LIMIT_MAX: int(600, 0),
  RATE_LIMIT_WINDOW_MS: int(60_000, 1_000),
  RATE_LIMIT_STREAMS: int(20, 0),
  // Live sessions (docs/live.md).
  LIVE_MAX_PARTICIPANTS: int(1_000, 1),
  LIVE_RETENTION_DAYS: int(30, 1),
  LIVE_JOIN_RATE_LIMIT: int(150, 1),
  LIVE_ANSWER_RATE_LIMIT: int(60, 1),
  LIVE_TALLY_MS: int(300, 10),
  PRESSURE_MAX_EVENT_LOOP_DELAY_MS: int(1_000, 0),
  PRESSURE_MAX_RSS_MB: int(0, 0),
  API_KEYS: secret(parseApiKeys),
  // Teachers sign in (docs/security.md): OpenID Connect, or the signed assertion of Identity-Aware Proxy.
  PUBLIC_URL: z
    .url({ protocol: /^https?$/ })
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().default('openid email profile'),
  IAP_AUDIENCE: z.string().min(1).optional(),
  IAP_JWKS_URL: z.url({ protocol: /^https?$/ }).default('https://www.gstatic.com/iap/verify/public_key-jwk'),
  IAP_ISSUER: z.string().default('https://cloud.google.com/iap'),
  ALLOWED_EMAIL_DOMAINS: list.transform((domains) => domains.map((d) => d.toLowerCase().replace(/^@/, ''))),
  SESSION_MAX_AGE_MS: int(12 * 3_600_000, 60_000),
  /** Who takes over what was made before sign-in was turned on (an email address). */
  LOCAL_DATA_OWNER: z.email().optional(),
  /** LLM tokens one teacher (or API key) may use per day (UTC); 0: no budget. */
  LLM_DAILY_TOKEN_BUDGET: int(0, 0),
  TRUST_PROXY: secret(parseTrustProxy),
  /** Folders of the fonts PDF downloads are drawn with (Debian's fonts-noto-core and fonts-noto-cjk). */
  PDF_FONT_DIRS: z
    .string()
    .default('/usr/share/fonts/truetype/noto,/usr/share/fonts/opentype/noto')
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  SSE_COMPRESSION: bool(false),
  OCR: z.enum(OCR_MODES).default('auto'),
  /** Tesseract language codes ("eng", "eng+jpn"); each needs its @tesseract.js-data package installed. */
  OCR_LANGS: z
    .string()
    .default('eng')
    .transform((value, ctx) => {
      try {
        const langs = parseOcrLangs(value);
        assertOcrLanguagesInstalled(langs);
        return langs;
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
});

export type Config = z.infer<typeof ConfigSchema> & {
  /** The LLM provider's settings, when one is configured (see docs/generators.md). */
  llm: LlmSettings | null;
};

/** Parses the environment; throws a readable error naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  let llm: LlmSettings | null;
  try {
    llm = llmSettingsFromEnv(env);
  } catch (err) {
    throw new Error(`Invalid configuration:\n  ${(err as Error).message}`);
  }
  if (result.data.QUIZ_GENERATOR === 'llm' && !llm) {
    throw new Error(
      'Invalid configuration:\n  QUIZ_GENERATOR: "llm" needs a provider (set QUIZ_LLM_PROVIDER and its key, see docs/generators.md)',
    );
  }
  const config = { ...result.data, DATA_DIR: path.resolve(result.data.DATA_DIR), llm };
  const problems = authConfigProblems(config);
  if (problems.length > 0) throw new Error(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return config;
}
