import { hostname } from 'node:os'
import { sql } from '@payloadcms/db-sqlite'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest, type Where } from 'payload'
import { storedId } from '../boundary.ts'
import { DELIVERIES, type DeliveryStatus, deliveryKey } from '../collections/Deliveries/index.ts'
import { SUBSCRIBERS } from '../collections/Subscribers/index.ts'
import type { PreparedIssue } from './issue.ts'
import { mailLinks } from './links.ts'
import { isTemporary, type Mailer } from './mailer.ts'
import { renderIssueMail } from './render.ts'
import type { NewsletterSettings } from './settings.ts'
import type { SubscriberDoc } from './subscribers.ts'
import { hashToken, manageToken, newToken } from './tokens.ts'

/*
 * Sending an issue exactly once per confirmed subscriber.
 *
 * 1. enqueueDeliveries creates one delivery per (issue, subscriber) with the unique key
 *    `<issue>:<subscriber>`; running it again creates nothing twice (the unique index refuses).
 * 2. A worker claims deliveries with ONE conditional UPDATE (status pending → sending, or a
 *    `sending` claim older than the lease → sending again), a batch at a time, until none are
 *    left; a row another worker claimed first no longer matches and is not returned. Then it
 *    sends and marks the row `sent`. So any number of send jobs (jobs.ts queues
 *    NEWSLETTER_SEND_JOBS per issue, and two workers run one each) share one issue: every
 *    delivery goes to the one job whose claim won it; `claimedBy` names that process (and which
 *    of its sends). A send never takes over its own claims, however long it takes to send them.
 * 3. Guarantee. A crash before the SMTP server's final "250 OK" leaves the row `sending` and the
 *    message undelivered (SMTP drops an unfinished transaction); after the lease a restarted
 *    worker sends it — once. The only window that can duplicate is between the server's 250 and
 *    our `sent` write (one write of the group commit, milliseconds; at most `concurrency` messages): those
 *    recipients get the message again with the SAME Message-ID (`<nl-<issue>-<subscriber>@host>`),
 *    which receiving servers and clients use to collapse duplicates. SMTP cannot do better
 *    (there is no two-phase commit with a remote server); we chose at-least-once over losing
 *    messages in that window, and the window is as small as one database write.
 * 4. Temporary failures (4xx, connection errors) go back to pending with exponential backoff;
 *    permanent ones (5xx) and exhausted retries end as `failed` with the server's reply.
 *
 * All reads and writes here use `overrideAccess: true`: the worker is the system acting on an
 * editor's "Verstuur" (checked by the endpoint that queued it), not an HTTP caller.
 */
const SYSTEM = { overrideAccess: true, depth: 0 } as const

export interface SendOptions {
  mailer: Mailer
  settings: NewsletterSettings
  /** Messages per second (default settings.ratePerSecond). */
  ratePerSecond?: number
  /** Messages in flight at once (default 16; the SMTP pool has 4 connections). */
  concurrency?: number
  /** A `sending` claim older than this belongs to a dead worker and is taken over. */
  leaseMs?: number
  maxAttempts?: number
  backoffMs?: (attempt: number) => number
  /** Wait for scheduled retries before returning (default true). */
  waitForRetries?: boolean
  /** Deliveries claimed at a time (default 50). */
  batchSize?: number
  onProgress?: (p: SendReport) => void
}

export interface SendReport {
  sent: number
  failed: number
  skipped: number
  retried: number
}

export const DEFAULT_LEASE_MS = 10 * 60 * 1000
/** Deliveries claimed per statement (SQLite) or transaction. */
const CLAIM_CHUNK = 50
/** The process, in `claimedBy` (`host:pid/n`: the n-th sendIssue call of this process). */
export const CLAIMER = `${hostname()}:${process.pid}`
let sendCalls = 0
export const defaultBackoff = (attempt: number) => Math.min(60 * 60 * 1000, 30_000 * 2 ** (attempt - 1))

/** Creates the missing deliveries for every confirmed subscriber. Returns how many are new. */
export async function enqueueDeliveries(payload: Payload, issueId: string | number): Promise<number> {
  const existing = await payload.find({
    collection: DELIVERIES,
    where: { issue: { equals: issueId } },
    pagination: false,
    select: { key: true },
    ...SYSTEM,
  })
  const have = new Set(existing.docs.map((d) => d.key))
  let created = 0
  let page = 1
  for (;;) {
    const subs = await payload.find({
      collection: SUBSCRIBERS,
      where: { status: { equals: 'confirmed' } },
      limit: 1000,
      page,
      sort: 'id',
      select: { email: true },
      ...SYSTEM,
    })
    const missing = subs.docs.map((s) => ({ key: deliveryKey(issueId, s.id), subscriber: s.id })).filter((d) => !have.has(d.key))
    created += await createDeliveries(payload, issueId, missing)
    for (const d of missing) have.add(d.key)
    if (!subs.hasNextPage) break
    page += 1
  }
  return created
}

type NewDelivery = { key: string; subscriber: string | number }
const deliveryData = (issueId: string | number, d: NewDelivery) => {
  const now = new Date().toISOString()
  return {
    key: d.key,
    issue: storedId(issueId),
    subscriber: storedId(d.subscriber),
    status: 'pending' as const,
    attempts: 0,
    createdAt: now,
    updatedAt: now,
  }
}

/**
 * Up to 1,000 deliveries in one transaction (one disk sync instead of one per row). If anything
 * fails — typically another enqueue created some of them first — the transaction is rolled back
 * and the rows are created one by one, skipping keys that exist: the unique key decides.
 */
async function createDeliveries(payload: Payload, issueId: string | number, rows: NewDelivery[]): Promise<number> {
  if (rows.length === 0) return 0
  const inOne = await createDeliveriesSqlite(payload, issueId, rows)
  if (inOne !== null) return inOne
  const req = await createLocalReq({}, payload)
  const inTransaction = await initTransaction(req)
  try {
    // The adapter's create: these rows are made by code from known ids, so the Local API's field
    // validation (a lookup per relationship) only costs time; the unique key index still applies.
    for (const d of rows) await payload.db.create({ collection: DELIVERIES, data: deliveryData(issueId, d), req, returning: false })
    if (inTransaction) await commitTransaction(req)
    return rows.length
  } catch {
    if (inTransaction) await killTransaction(req)
  }
  let created = 0
  for (const d of rows) {
    try {
      await payload.create({ collection: DELIVERIES, data: deliveryData(issueId, d), ...SYSTEM })
      created += 1
    } catch (error) {
      const exists = await payload.count({ collection: DELIVERIES, where: { key: { equals: d.key } }, overrideAccess: true })
      if (exists.totalDocs === 0) throw error
    }
  }
  return created
}

/**
 * SQLite: the rows in ONE `INSERT … ON CONFLICT (key) DO NOTHING` — a key another enqueue created
 * first (two send jobs of one issue start at the same moment) is skipped by the unique index
 * itself, instead of failing the batch and falling back to one create per row. Null elsewhere.
 */
async function createDeliveriesSqlite(payload: Payload, issueId: string | number, rows: NewDelivery[]): Promise<number | null> {
  const db = sqliteOf(payload)
  if (!db) return null
  const values = sql.join(
    rows.map((d) => {
      const r = deliveryData(issueId, d)
      return sql`(${r.key}, ${r.issue}, ${r.subscriber}, ${r.status}, ${r.attempts}, ${r.createdAt}, ${r.updatedAt})`
    }),
    sql`, `,
  )
  const created = await db.all<{ id: number }>(
    sql`INSERT INTO \`deliveries\` (\`key\`, \`issue_id\`, \`subscriber_id\`, \`status\`, \`attempts\`, \`created_at\`, \`updated_at\`)
        VALUES ${values} ON CONFLICT (\`key\`) DO NOTHING RETURNING \`id\``,
  )
  return created.length
}

interface DeliveryDoc {
  id: string | number
  key: string
  subscriber: string | number
  status: DeliveryStatus
  attempts?: number | null
  nextAttemptAt?: string | null
}

/** The atomic claim: one UPDATE … WHERE id = ? AND <still claimable> RETURNING. */
async function claim(
  payload: Payload,
  d: DeliveryDoc,
  now: Date,
  leaseMs: number,
  claimer: string,
  req?: PayloadRequest,
): Promise<boolean> {
  const claimable: Where = d.status === 'pending' ? { status: { equals: 'pending' } } : staleClaim(now, leaseMs, claimer)
  const row = await payload.db.updateOne({
    collection: DELIVERIES,
    where: { and: [{ id: { equals: d.id } }, claimable] },
    data: { status: 'sending', claimedAt: now.toISOString(), claimedBy: claimer, attempts: (d.attempts ?? 0) + 1 },
    options: { atomic: true },
    returning: true,
    ...(req ? { req } : {}),
  })
  return Boolean(row)
}

/**
 * A `sending` claim older than the lease, made by another send (another process, or a send of this
 * process that died). A send never takes over its own claims: those it is sending right now.
 */
const staleClaim = (now: Date, leaseMs: number, claimer: string): Where => ({
  and: [
    { status: { equals: 'sending' } },
    { claimedAt: { less_than: new Date(now.getTime() - leaseMs).toISOString() } },
    { or: [{ claimedBy: { exists: false } }, { claimedBy: { not_equals: claimer } }] },
  ],
})

/** Pending deliveries due now and stale claims of others: what a send may claim. */
const claimableWhere = (issueId: string | number, now: Date, leaseMs: number, claimer: string): Where => ({
  and: [
    { issue: { equals: issueId } },
    {
      or: [
        {
          and: [
            { status: { equals: 'pending' } },
            { or: [{ nextAttemptAt: { exists: false } }, { nextAttemptAt: { less_than_equal: now.toISOString() } }] },
          ],
        },
        staleClaim(now, leaseMs, claimer),
      ],
    },
  ],
})

/**
 * Claims the next (up to) `limit` claimable deliveries of the issue, in id order. Claiming ahead
 * of sending costs nothing in a crash: an unsent claimed row is taken over after the lease and
 * sent once. Empty when nothing is left to claim now (retries may be due later; other workers may
 * still hold claims).
 */
async function claimNext(
  payload: Payload,
  issueId: string | number,
  leaseMs: number,
  limit: number,
  claimer: string,
): Promise<DeliveryDoc[]> {
  const inOne = await claimNextSqlite(payload, issueId, leaseMs, limit, claimer)
  if (inOne) return inOne
  for (;;) {
    const now = new Date()
    const due = await payload.find({
      collection: DELIVERIES,
      where: claimableWhere(issueId, now, leaseMs, claimer),
      limit,
      sort: 'id',
      pagination: false,
      ...SYSTEM,
    })
    if (due.docs.length === 0) return []
    // One transaction for the chunk (one commit instead of one per row); each claim is still its own conditional update.
    const won: DeliveryDoc[] = []
    await inTransaction(payload, async (req) => {
      for (const d of due.docs as unknown as DeliveryDoc[]) if (await claim(payload, d, now, leaseMs, claimer, req)) won.push(d)
    })
    // All of them lost to another worker: look again (fewer are left each time).
    if (won.length > 0) return won
  }
}

type SqliteDb = { packageName?: string; drizzle?: { all<T>(query: unknown): Promise<T[]>; run(query: unknown): Promise<unknown> } }

const sqliteOf = (payload: Payload) => {
  const db = payload.db as unknown as SqliteDb
  return db.packageName === '@payloadcms/db-sqlite' && db.drizzle ? db.drizzle : null
}

/**
 * SQLite: ONE statement finds and claims the next chunk, `UPDATE … WHERE id IN (SELECT … LIMIT n)
 * AND <still claimable> RETURNING` — SQLite runs a statement atomically (one writer at a time), so
 * two workers never get the same row, and no row is read before it is claimed. Null on other databases.
 */
async function claimNextSqlite(
  payload: Payload,
  issueId: string | number,
  leaseMs: number,
  limit: number,
  claimer: string,
): Promise<DeliveryDoc[] | null> {
  const db = sqliteOf(payload)
  if (!db) return null
  const now = new Date().toISOString()
  const expired = new Date(Date.now() - leaseMs).toISOString()
  const claimable = sql`(\`status\` = 'pending' AND (\`next_attempt_at\` IS NULL OR \`next_attempt_at\` <= ${now}))
      OR (\`status\` = 'sending' AND \`claimed_at\` < ${expired} AND (\`claimed_by\` IS NULL OR \`claimed_by\` != ${claimer}))`
  const rows = await db.all<{ id: number; subscriber_id: number; attempts: number | null }>(
    sql`UPDATE \`deliveries\` SET \`status\` = 'sending', \`claimed_at\` = ${now}, \`claimed_by\` = ${claimer},
          \`attempts\` = coalesce(\`attempts\`, 0) + 1
        WHERE \`id\` IN (SELECT \`id\` FROM \`deliveries\` WHERE \`issue_id\` = ${issueId} AND (${claimable}) ORDER BY \`id\` LIMIT ${limit})
          AND (${claimable})
        RETURNING \`id\`, \`subscriber_id\`, \`attempts\``,
  )
  return rows
    .map((r) => ({
      id: r.id,
      key: deliveryKey(issueId, r.subscriber_id),
      subscriber: r.subscriber_id,
      status: 'sending' as const,
      attempts: (r.attempts ?? 1) - 1,
    }))
    .sort((a, b) => Number(a.id) - Number(b.id))
}

/** Runs `write` in one database transaction when the adapter has them (SQLite does), else as is. */
async function inTransaction(payload: Payload, write: (req?: PayloadRequest) => Promise<void>): Promise<void> {
  const transactionID = (await payload.db.beginTransaction()) ?? undefined
  const req = transactionID === undefined ? undefined : ({ transactionID } as unknown as PayloadRequest)
  try {
    await write(req)
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}

type Mark = (id: string | number, data: Record<string, unknown>) => Promise<void>
type PendingMark = { id: string | number; data: Record<string, unknown>; resolve: () => void; reject: (e: unknown) => void }

/**
 * Group commit of the delivery marks (`sent`, `failed`, back to `pending`). A mark resolves once
 * its row is written, exactly as a single UPDATE would; but the marks that arrive while a write is
 * under way are written together in the next one. No mark waits for a timer or for a batch to
 * fill, so the window between the SMTP server's 250 and the `sent` row stays one write long (see
 * the guarantee above). On SQLite the `sent` marks of a group are ONE statement (no transaction
 * around it: a statement is atomic); the rare others are one statement each.
 */
function markWriter(payload: Payload): Mark {
  let queue: PendingMark[] = []
  let flushing = false
  const db = sqliteOf(payload)
  const write = async (batch: PendingMark[]) => {
    if (!db) {
      await inTransaction(payload, async (req) => {
        for (const m of batch)
          await payload.db.updateOne({ collection: DELIVERIES, id: m.id, data: m.data, returning: false, ...(req ? { req } : {}) })
      })
      return
    }
    const sent = batch.filter((m) => m.data.status === 'sent' && typeof m.data.messageId === 'string')
    if (sent.length > 0) {
      const at = new Date().toISOString()
      const messageIds = sql.join(
        sent.map((m) => sql`WHEN ${m.id} THEN ${m.data.messageId as string}`),
        sql` `,
      )
      const ids = sql.join(
        sent.map((m) => sql`${m.id}`),
        sql`, `,
      )
      await db.run(
        sql`UPDATE \`deliveries\` SET \`status\` = 'sent', \`sent_at\` = ${at}, \`updated_at\` = ${at}, \`last_error\` = NULL,
              \`message_id\` = CASE \`id\` ${messageIds} END
            WHERE \`id\` IN (${ids})`,
      )
    }
    for (const m of batch)
      if (!sent.includes(m)) await payload.db.updateOne({ collection: DELIVERIES, id: m.id, data: m.data, returning: false })
  }
  const flush = async () => {
    flushing = true
    while (queue.length > 0) {
      const batch = queue
      queue = []
      try {
        await write(batch)
        for (const m of batch) m.resolve()
      } catch (error) {
        for (const m of batch) m.reject(error)
      }
    }
    flushing = false
  }
  return (id, data) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ id, data, resolve, reject })
      if (!flushing) void flush()
    })
}

/**
 * Subscribers without a manage nonce (added by an admin or an import, not through the sign-up) get
 * one before their mail is made: all of a batch in one transaction, instead of one update per mail.
 */
async function giveNonces(payload: Payload, subs: SubscriberDoc[], secret: string): Promise<void> {
  const missing = subs.filter((s) => s.status === 'confirmed' && !s.manageNonce)
  if (missing.length === 0) return
  const nonces = missing.map(() => newToken())
  const db = sqliteOf(payload)
  if (db) {
    // One statement for the batch; a nonce another send stored meanwhile (another issue going out
    // at the same time) is kept, and read back, so every mail carries the token that is stored.
    const ids = sql.join(
      missing.map((sub) => sql`${sub.id}`),
      sql`, `,
    )
    const cases = (value: (i: number) => string) =>
      sql.join(
        missing.map((sub, i) => sql`WHEN ${sub.id} THEN ${value(i)}`),
        sql` `,
      )
    await db.run(
      sql`UPDATE \`subscribers\` SET \`manage_nonce\` = CASE \`id\` ${cases((i) => nonces[i] as string)} END,
            \`manage_token_hash\` = CASE \`id\` ${cases((i) => hashToken(manageToken(secret, nonces[i] as string)))} END
          WHERE \`id\` IN (${ids}) AND \`manage_nonce\` IS NULL`,
    )
    const stored = await db.all<{ id: number; manage_nonce: string | null }>(
      sql`SELECT \`id\`, \`manage_nonce\` FROM \`subscribers\` WHERE \`id\` IN (${ids})`,
    )
    const byId = new Map(stored.map((r) => [String(r.id), r.manage_nonce]))
    for (const sub of missing) sub.manageNonce = byId.get(String(sub.id)) ?? null
    return
  }
  await inTransaction(payload, async (req) => {
    for (const [i, sub] of missing.entries()) {
      const nonce = nonces[i] as string
      await payload.db.updateOne({
        collection: SUBSCRIBERS,
        id: sub.id,
        data: { manageNonce: nonce, manageTokenHash: hashToken(manageToken(secret, nonce)) },
        returning: false,
        ...(req ? { req } : {}),
      })
    }
  })
  // Only once the nonces are stored do the mails carry tokens made from them.
  for (const [i, sub] of missing.entries()) sub.manageNonce = nonces[i] as string
}

/** The subscriber's manage token; an admin-created subscriber gets its nonce now (normally `giveNonces` did that). */
async function manageTokenOf(payload: Payload, sub: SubscriberDoc, secret: string): Promise<string> {
  if (sub.manageNonce) return manageToken(secret, sub.manageNonce)
  const nonce = newToken()
  const token = manageToken(secret, nonce)
  await payload.update({
    collection: SUBSCRIBERS,
    id: sub.id,
    data: { manageNonce: nonce, manageTokenHash: hashToken(token) },
    ...SYSTEM,
  })
  return token
}

const pacers = new Map<number, () => Promise<void>>()
/**
 * One pacer per rate for the whole process: send jobs running side by side in one process (the web
 * process runs the queue itself) share NEWSLETTER_RATE_PER_SECOND instead of each taking all of it.
 */
function sharedPacer(ratePerSecond: number): () => Promise<void> {
  let wait = pacers.get(ratePerSecond)
  if (!wait) {
    wait = pacer(ratePerSecond)
    pacers.set(ratePerSecond, wait)
  }
  return wait
}

function pacer(ratePerSecond: number): () => Promise<void> {
  const interval = 1000 / ratePerSecond
  let next = 0
  return async () => {
    const now = performance.now()
    const slot = Math.max(now, next)
    next = slot + interval
    if (slot > now) await new Promise((r) => setTimeout(r, slot - now))
  }
}

/**
 * Sends every due delivery of the issue that this call can claim; see the guarantee above. Other
 * calls (other send jobs, other workers) may send the same issue at the same time: each takes the
 * next batch of unclaimed deliveries, until none are left. Returns what this call did.
 */
export async function sendIssue(payload: Payload, prepared: PreparedIssue, opts: SendOptions): Promise<SendReport> {
  const { mailer, settings } = opts
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS
  const maxAttempts = opts.maxAttempts ?? 5
  const backoff = opts.backoffMs ?? defaultBackoff
  const concurrency = opts.concurrency ?? 16
  const chunk = opts.batchSize ?? CLAIM_CHUNK
  const wait = sharedPacer(opts.ratePerSecond ?? settings.ratePerSecond)
  const host = new URL(settings.serverUrl).hostname
  const report: SendReport = { sent: 0, failed: 0, skipped: 0, retried: 0 }
  const mark = markWriter(payload)
  sendCalls += 1
  const claimer = `${CLAIMER}/${sendCalls}`

  const deliver = async (d: DeliveryDoc, sub: SubscriberDoc | undefined) => {
    if (sub?.status !== 'confirmed') {
      await mark(d.id, { status: 'skipped', lastError: 'Abonnee is afgemeld of verwijderd voor verzending.' })
      report.skipped += 1
      return
    }
    const links = mailLinks(settings.serverUrl, await manageTokenOf(payload, sub, settings.secret))
    const messageId = `<nl-${String(prepared.id)}-${String(sub.id)}@${host}>`
    await wait()
    try {
      await mailer.send({
        to: sub.email,
        links,
        messageId,
        ...renderIssueMail(prepared.issue, prepared.content, settings.siteUrl, links),
      })
    } catch (error) {
      const attempts = (d.attempts ?? 0) + 1
      const message = error instanceof Error ? error.message.slice(0, 500) : String(error)
      if (isTemporary(error) && attempts < maxAttempts) {
        await mark(d.id, {
          status: 'pending',
          lastError: message,
          nextAttemptAt: new Date(Date.now() + backoff(attempts)).toISOString(),
        })
        report.retried += 1
      } else {
        await mark(d.id, { status: 'failed', lastError: message, messageId })
        report.failed += 1
      }
      opts.onProgress?.(report)
      return
    }
    await mark(d.id, { status: 'sent', sentAt: new Date().toISOString(), messageId, lastError: null })
    report.sent += 1
    opts.onProgress?.(report)
  }

  for (;;) {
    // A pipeline: `concurrency` runners take claimed deliveries from `ready`; when it runs low, the
    // next chunk is claimed (one claim at a time) while the runners keep sending.
    const ready: { d: DeliveryDoc; sub: SubscriberDoc | undefined }[] = []
    let refill: Promise<void> | undefined
    let exhausted = false
    const claimMore = async () => {
      const claimed = await claimNext(payload, prepared.id, leaseMs, chunk, claimer)
      if (claimed.length === 0) {
        exhausted = true
        return
      }
      const subs = await payload.find({
        collection: SUBSCRIBERS,
        where: { id: { in: claimed.map((d) => d.subscriber) } },
        pagination: false,
        ...SYSTEM,
      })
      await giveNonces(payload, subs.docs, settings.secret)
      const byId = new Map(subs.docs.map((sub) => [String(sub.id), sub]))
      for (const d of claimed) ready.push({ d, sub: byId.get(String(d.subscriber)) })
    }
    const next = async () => {
      for (;;) {
        if (!refill && !exhausted && ready.length <= concurrency)
          refill = claimMore().finally(() => {
            refill = undefined
          })
        const item = ready.shift()
        if (item) return item
        if (exhausted) return undefined
        await refill
      }
    }
    const runner = async () => {
      for (let item = await next(); item; item = await next()) await deliver(item.d, item.sub)
    }
    await Promise.all(Array.from({ length: concurrency }, runner))

    // Nothing left to claim now: wait for a scheduled retry, if any (and if asked to).
    const later = await payload.find({
      collection: DELIVERIES,
      where: { and: [{ issue: { equals: prepared.id } }, { status: { equals: 'pending' } }] },
      sort: 'nextAttemptAt',
      limit: 1,
      ...SYSTEM,
    })
    const nextAt = later.docs[0]?.nextAttemptAt
    if (!nextAt || opts.waitForRetries === false) return report
    await new Promise((r) => setTimeout(r, Math.max(0, new Date(nextAt).getTime() - Date.now())))
  }
}

export interface DeliveryStats {
  recipients: number
  sent: number
  failed: number
  pending: number
  skipped: number
}

/** Per issue: recipients, sent, failed, pending (incl. sending and scheduled retries), skipped. */
export async function deliveryStats(payload: Payload, issueId: string | number): Promise<DeliveryStats> {
  const count = async (status?: DeliveryStatus[]) =>
    (
      await payload.count({
        collection: DELIVERIES,
        where: { and: [{ issue: { equals: issueId } }, ...(status ? [{ status: { in: status } }] : [])] },
        overrideAccess: true,
      })
    ).totalDocs
  const [recipients, sent, failed, pending, skipped] = await Promise.all([
    count(),
    count(['sent']),
    count(['failed']),
    count(['pending', 'sending']),
    count(['skipped']),
  ])
  return { recipients, sent, failed, pending, skipped }
}
