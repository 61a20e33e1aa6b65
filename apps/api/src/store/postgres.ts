// A real Postgres server through a pg connection pool, used when DATABASE_URL is set.
import pg from 'pg';
import type { Sql } from './sql.js';

export async function openPostgres(connectionString: string, onError: (err: Error) => void = () => {}): Promise<Sql> {
  // A connection that cannot be made in 5 s fails the request (503) rather than leaving it waiting; a socket
  // kept alive notices a server gone away without a word (a failover).
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 5_000, keepAlive: true });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', onError);
  await pool.query('select 1');
  const listeners = new Set<pg.Client>();
  return {
    query: (sql, params) => pool.query(sql, params) as never,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn({ query: (sql, params) => client.query(sql, params) as never });
        await client.query('commit');
        return result;
      } catch (err) {
        await client.query('rollback').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    async listen(channel, onNotify) {
      // LISTEN needs a connection of its own that stays open; a lost one is replaced, and what was
      // notified meanwhile is caught up by the followers' polling.
      let client: pg.Client | undefined;
      let stopped = false;
      const connect = async (): Promise<void> => {
        const c = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000, keepAlive: true });
        c.on('notification', (msg) => {
          if (msg.channel === channel && msg.payload !== undefined) onNotify(msg.payload);
        });
        c.on('error', (err) => {
          onError(err);
          listeners.delete(c);
          c.end().catch(() => {});
          if (!stopped) setTimeout(() => void connect().catch(onError), 1_000).unref();
        });
        await c.connect();
        await c.query(`listen ${pg.escapeIdentifier(channel)}`);
        client = c;
        listeners.add(c);
      };
      await connect();
      return async () => {
        stopped = true;
        if (client) {
          listeners.delete(client);
          await client.end().catch(() => {});
        }
      };
    },
    async close() {
      await Promise.all([...listeners].map((c) => c.end().catch(() => {})));
      await pool.end();
    },
  };
}
