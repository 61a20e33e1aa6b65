// `npm start`: read the configuration, start the server, stop gracefully on SIGTERM (Cloud Run) or Ctrl-C.
import { accessSummary } from './auth/auth-mode.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { startServer } from './server.js';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL, config.LOG_FORMAT);
const server = await startServer(config, { logger });
logger.info({ url: server.url, dataDir: config.DATA_DIR }, `quizstream listening on ${server.url}`);
logger.info({ host: config.HOST }, `access: ${accessSummary(config)}`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), config.SHUTDOWN_GRACE_MS);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (err) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
