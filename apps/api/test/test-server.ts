// Starts the real server on a free loopback port with its own data folder, for integration tests.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { QuestionGenerator } from '@quizstream/core';
import type { Logger } from 'pino';
import { type Config, loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { type Server, startServer } from '../src/server.js';

export interface TestServer extends Server {
  config: Config;
  stop(): Promise<void>;
}

export async function startTestServer(
  env: Record<string, string> = {},
  opts: { generator?: QuestionGenerator; logger?: Logger } = {},
): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'quizstream-test-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    WEB_DIR: path.join(dataDir, 'no-web'),
    // Test files share the process with the server and block its event loop (building PDFs, starting servers);
    // the tests of back-pressure turn it on themselves.
    PRESSURE_MAX_EVENT_LOOP_DELAY_MS: '0',
    ...env,
  });
  const server = await startServer(config, { logger: opts.logger ?? createLogger(config.LOG_LEVEL), ...opts });
  return {
    ...server,
    config,
    async stop() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
