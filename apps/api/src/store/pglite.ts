// Embedded Postgres (PGlite, Postgres compiled to WebAssembly) stored in a folder: the no-setup default.
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import type { Sql } from './sql.js';

export async function openPglite(dir: string | undefined): Promise<Sql> {
  if (dir) await mkdir(dir, { recursive: true });
  const db = dir ? new PGlite(dir) : new PGlite();
  await db.waitReady;
  return {
    query: (sql, params) => db.query(sql, params).then((r) => ({ rows: r.rows as never[], rowCount: r.affectedRows })),
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          query: (sql, params) =>
            tx.query(sql, params).then((r) => ({ rows: r.rows as never[], rowCount: r.affectedRows })),
        }),
      ),
    listen: async (channel, onNotify) => {
      const stop = await db.listen(channel, onNotify);
      return () => stop();
    },
    close: () => db.close(),
  };
}
