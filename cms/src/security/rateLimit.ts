import { sql } from '@payloadcms/db-sqlite'
import type { Payload, TypeWithID } from 'payload'
import { RATE_LIMITS } from '../collections/RateLimits/index.ts'

/** Outcome of one rate-limit check. */
export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number }

/** One window of a key, as the database holds it after a hit or a look. */
export interface RateWindow {
  windowStart: number
  count: number
}

/**
 * Fixed-window counters in the database (the hidden `rate-limits` collection), so a limit holds
 * across restarts and across several CMS processes on one database. A hit is ONE atomic statement
 * (SQLite: INSERT … ON CONFLICT DO UPDATE … RETURNING; MongoDB: findOneAndUpdate with an update
 * pipeline and upsert): two processes hitting the same key at once both count.
 *
 * The statements run on the adapter's own connection, outside any request transaction: a count
 * must stay counted when the request that made it fails (a wrong password, a refused sign-up).
 * Callers hit before a request writes anything, so no open transaction holds a write lock.
 */
export async function hitWindow(payload: Payload, key: string, windowMs: number, now = Date.now()): Promise<RateWindow> {
  const cutoff = now - windowMs
  const db = payload.db as unknown as {
    name?: string
    drizzle?: { all: (query: unknown) => Promise<unknown[]> }
    collections?: Record<string, MongoModel>
  }
  if (db.drizzle) {
    const iso = new Date(now).toISOString()
    const rows = (await db.drizzle.all(sql`
      INSERT INTO "rate_limits" ("key", "window_start", "count", "updated_at", "created_at")
      VALUES (${key}, ${now}, 1, ${iso}, ${iso})
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "rate_limits"."window_start" <= ${cutoff} THEN 1 ELSE "rate_limits"."count" + 1 END,
        "window_start" = CASE WHEN "rate_limits"."window_start" <= ${cutoff} THEN ${now} ELSE "rate_limits"."window_start" END,
        "updated_at" = ${iso}
      RETURNING "window_start" AS "windowStart", "count"`)) as { windowStart: number | string; count: number | string }[]
    const row = rows[0]
    if (!row) throw new Error(`rate limit: no row returned for ${key}`)
    return { windowStart: Number(row.windowStart), count: Number(row.count) }
  }
  const model = db.collections?.[RATE_LIMITS]
  if (!model) throw new Error(`rate limit: the database adapter ${db.name ?? ''} has no ${RATE_LIMITS} store`)
  const expired = { $lte: [{ $ifNull: ['$windowStart', Number.NEGATIVE_INFINITY] }, cutoff] }
  const doc = await model
    .findOneAndUpdate(
      { key },
      [
        {
          $set: {
            count: { $cond: [expired, 1, { $add: ['$count', 1] }] },
            windowStart: { $cond: [expired, now, '$windowStart'] },
            updatedAt: new Date(now),
            createdAt: { $ifNull: ['$createdAt', new Date(now)] },
          },
        },
      ],
      { upsert: true, new: true, lean: true },
    )
    .exec()
  return { windowStart: Number(doc?.windowStart), count: Number(doc?.count) }
}

/** Rows whose window started longer ago than this are deleted (the longest limit window, the same-text limit of shared tips, is one day). */
export const PRUNE_AFTER_MS = 24 * 60 * 60 * 1000
/** About one hit in this many also prunes old rows, so the table stays small without a scheduler. */
const PRUNE_EVERY = 500

/** Deletes counters whose window ended long ago (one statement; keys of every limit). */
export async function pruneExpired(payload: Payload, now = Date.now()): Promise<void> {
  await payload.db.deleteMany({ collection: RATE_LIMITS, where: { windowStart: { less_than: now - PRUNE_AFTER_MS } } })
}

/** The key's current window without counting (undefined when it has none or it ran out). One SELECT, straight from the adapter. */
export async function peekWindow(payload: Payload, key: string, windowMs: number, now = Date.now()): Promise<RateWindow | undefined> {
  const doc = await payload.db.findOne<RateWindow & TypeWithID>({
    collection: RATE_LIMITS,
    where: { and: [{ key: { equals: key } }, { windowStart: { greater_than: now - windowMs } }] },
  })
  return doc ? { windowStart: Number(doc.windowStart), count: Number(doc.count) } : undefined
}

interface MongoModel {
  findOneAndUpdate(filter: object, update: object[], options: object): { exec(): Promise<{ windowStart?: number; count?: number } | null> }
}

export interface RateLimitOptions {
  /** Prefix of every key of this limit, e.g. `signup-ip`. */
  name: string
  /** Requests (for `check`) or failures (for `blocked`/`fail`) allowed per key per window. */
  limit: number
  /** Window length in milliseconds. */
  windowMs: number
  /** Clock (tests). */
  now?: () => number
}

export interface RateLimiter {
  readonly name: string
  readonly limit: number
  readonly windowMs: number
  /** Counts this request and decides: every request counts (sign-up, forgot-password, test-send). */
  check(payload: Payload, key: string): Promise<RateDecision>
  /** Decides without counting: refused once `limit` failures were recorded in the current window. */
  blocked(payload: Payload, key: string): Promise<RateDecision>
  /** Records one failure (a wrong password, a missing, unknown, expired or used token). */
  fail(payload: Payload, key: string): Promise<void>
}

/** Pruning runs after the answer; a failure is logged, the limit itself is unaffected. */
const prune = (payload: Payload, t: number) => {
  pruneExpired(payload, t).catch((error: unknown) => payload.logger.error({ err: error }, 'Pruning old rate-limit counters failed'))
}

const refuse = (w: RateWindow, windowMs: number, t: number): RateDecision => ({
  ok: false,
  retryAfterSeconds: Math.max(1, Math.ceil((w.windowStart + windowMs - t) / 1000)),
})

/**
 * A named fixed-window limit stored in the database. Two ways to use it: `check` counts every
 * request; `blocked` + `fail` count only failures (token pages, logins), so many valid requests
 * from one shared address (a mail provider's one-click unsubscribes, an office) pass.
 */
export function createRateLimiter({ name, limit, windowMs, now = Date.now }: RateLimitOptions): RateLimiter {
  const keyOf = (key: string) => `${name}:${key}`
  return {
    name,
    limit,
    windowMs,
    async check(payload, key) {
      const t = now()
      const w = await hitWindow(payload, keyOf(key), windowMs, t)
      if (Math.random() * PRUNE_EVERY < 1) prune(payload, t)
      return w.count <= limit ? { ok: true } : refuse(w, windowMs, t)
    },
    async blocked(payload, key) {
      const t = now()
      const w = await peekWindow(payload, keyOf(key), windowMs, t)
      return !w || w.count < limit ? { ok: true } : refuse(w, windowMs, t)
    },
    async fail(payload, key) {
      const t = now()
      await hitWindow(payload, keyOf(key), windowMs, t)
      if (Math.random() * PRUNE_EVERY < 1) prune(payload, t)
    },
  }
}
