// Vitest global setup: a real Postgres server for the tests that need one. DATABASE_URL wins when set;
// otherwise an embedded Postgres (the real server binaries, from npm) is started on a free port and
// stopped after the run. Tests create a database of their own in it (see postgres.ts).
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from './embedded-postgres.js';

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
  const server = await startEmbeddedPostgres();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
