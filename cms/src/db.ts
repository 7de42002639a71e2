import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { type Env, isMongo } from './env.ts'
import { migrations } from './migrations/index.ts'

/** SQLite file by default (no server); MongoDB when DATABASE_URI is a mongodb:// or mongodb+srv:// URI. */
export function databaseAdapter(env: Env): DatabaseAdapterObj {
  if (isMongo(env.DATABASE_URI)) {
    return mongooseAdapter({ url: env.DATABASE_URI, connectOptions: { serverSelectionTimeoutMS: 10_000 } })
  }
  return sqliteAdapter({
    client: { url: env.DATABASE_URI },
    // Never mix a pushed schema with migrations (a pushed table breaks the next migration): only throwaway test databases push.
    push: env.DB_PUSH === 'true',
    migrationDir: new URL('./migrations', import.meta.url).pathname,
    prodMigrations: migrations,
    // Several processes on one file (the web process and `npm run worker`): wait for another
    // process's write instead of failing at once with SQLITE_BUSY, and let reads run beside a
    // write (write-ahead log). A failed write after a sent e-mail would send it again.
    busyTimeout: 10_000,
    // synchronous=NORMAL (the default here): a commit is written to the log but not fsynced; the log
    // is synced at its checkpoints. Safe against corruption and against a crash of the process; a
    // power cut or kernel crash can lose the last commits before the OS wrote them out. FULL syncs
    // every commit, which costs one fsync per write and, because the driver is synchronous, blocks
    // the whole process meanwhile (docs/deploy.md "With SQLite", docs/performance.md "Public endpoints").
    wal: { synchronous: env.SQLITE_SYNCHRONOUS },
  })
}
