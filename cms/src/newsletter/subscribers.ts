import type { Payload, Where } from 'payload'
import { DELIVERIES } from '../collections/Deliveries/index.ts'
import { SUBSCRIBERS, type SubscriberStatus } from '../collections/Subscribers/index.ts'
import { LIMITS } from '../security/limits.ts'
import { CONSENT_VERSION } from './consent.ts'
import { confirmLink, mailLinks } from './links.ts'
import type { Mailer } from './mailer.ts'
import { renderConfirmMail } from './render.ts'
import type { NewsletterSettings } from './settings.ts'
import { confirmExpiry, confirmToken, hashToken, isExpired, manageToken, newToken } from './tokens.ts'
import type { Signup } from './validate.ts'

/**
 * Subscriber changes made for an anonymous token holder. The subscribers collection is closed to
 * everyone but admins, and these callers have no user by design. What authorises them instead is
 * the token (256 random bits, looked up by its SHA-256 hash) or, for sign-up, nothing at all —
 * which is why sign-up never reveals or returns stored data. The endpoints add a per-IP rate limit.
 *
 * The public paths (sign-up, confirm, unsubscribe) talk to the database adapter directly
 * (`payload.db`): one statement per lookup or change, no access checks (these callers have no
 * user; what the Local API would check is `overrideAccess: true` anyway), no read-back of a
 * written row, and a confirm is one conditional UPDATE. The collection has no hooks, so nothing is
 * skipped but overhead; the values are checked before they get here (validate.ts, tokens.ts).
 * Under many visitors at once this is what keeps SQLite's one writer free (docs/performance.md,
 * "Public endpoints"; tests/int/newsletter-share-statements.int.spec.ts counts the statements).
 */
const SYSTEM = { overrideAccess: true, depth: 0 } as const

export interface SubscriberDoc {
  id: string | number
  email: string
  status: SubscriberStatus
  sector?: string | null
  consentAt?: string | null
  consentTextVersion?: string | null
  consentSource?: string | null
  confirmedAt?: string | null
  unsubscribedAt?: string | null
  confirmTokenHash?: string | null
  confirmTokenExpiresAt?: string | null
  manageNonce?: string | null
  createdAt?: string
}

/** One subscriber, straight from the adapter (one SELECT; no access checks or field hooks: see above). */
async function findOne(payload: Payload, where: Where): Promise<SubscriberDoc | undefined> {
  return (await payload.db.findOne<SubscriberDoc>({ collection: SUBSCRIBERS, where })) ?? undefined
}

/** Changes one subscriber's fields on the main table; one UPDATE, nothing read back. */
async function updateFields(payload: Payload, id: SubscriberDoc['id'], data: Record<string, unknown>, now: Date): Promise<void> {
  await payload.db.updateOne({ collection: SUBSCRIBERS, id, data: { ...data, updatedAt: now.toISOString() }, returning: false })
}

/**
 * Sign-up: a new, pending or unsubscribed address becomes pending and gets the confirmation mail;
 * a confirmed address stays as it is and gets nothing. The caller answers identically in every
 * case (no enumeration), and this runs after the answer.
 *
 * Against mail-bombing a stranger: at most one mail per address per 10 minutes (counted in the
 * database, LIMITS.signupMailPerAddress); a sign-up within that time changes nothing. A repeat
 * sign-up of a pending address whose link still works keeps that link: the same nonce gives the
 * same confirm token (tokens.ts `confirmToken`), so the new mail carries the link the earlier one
 * did, and only its expiry moves on. An expired or unsubscribed record gets a new nonce.
 */
export async function signUp(
  payload: Payload,
  signup: Signup,
  settings: NewsletterSettings,
  mailer: Mailer,
  now = new Date(),
): Promise<void> {
  const existing = await findOne(payload, { email: { equals: signup.email } })
  if (existing?.status === 'confirmed') return
  if (!(await LIMITS.signupMailPerAddress.check(payload, signup.email)).ok) return
  const data = (sub: SubscriberDoc | undefined) => {
    const keep =
      sub?.status === 'pending' &&
      sub.manageNonce &&
      !isExpired(sub.confirmTokenExpiresAt, now) &&
      sub.confirmTokenHash === hashToken(confirmToken(settings.secret, sub.manageNonce))
    const nonce = keep && sub.manageNonce ? sub.manageNonce : newToken()
    const manage = manageToken(settings.secret, nonce)
    const token = confirmToken(settings.secret, nonce)
    return {
      token,
      manage,
      fields: {
        email: signup.email,
        status: 'pending' as const,
        sector: signup.sector ?? null,
        consentAt: now.toISOString(),
        consentTextVersion: CONSENT_VERSION,
        consentSource: signup.source,
        confirmTokenHash: hashToken(token),
        confirmTokenExpiresAt: confirmExpiry(now).toISOString(),
        manageNonce: nonce,
        manageTokenHash: hashToken(manage),
      },
    }
  }
  let next = data(existing)
  if (existing) await updateFields(payload, existing.id, next.fields, now)
  else
    try {
      const stamp = now.toISOString()
      await payload.db.create({ collection: SUBSCRIBERS, data: { ...next.fields, createdAt: stamp, updatedAt: stamp }, returning: false })
    } catch (error) {
      // Two sign-ups for one new address at once (the mail limit lets only one through, but a
      // record may also come from elsewhere): the unique email index let one create win; this one
      // becomes an update of the winner.
      const winner = await findOne(payload, { email: { equals: signup.email } })
      if (!winner) throw error
      if (winner.status === 'confirmed') return
      next = data(winner)
      await updateFields(payload, winner.id, next.fields, now)
    }
  const links = mailLinks(settings.serverUrl, next.manage)
  await mailer.send({ to: signup.email, links, ...renderConfirmMail(confirmLink(settings.serverUrl, next.token), links) })
}

export type TokenCheck = 'valid' | 'invalid' | 'expired'

/** Whether a confirm token would work now (the GET page shows the button only then). */
export async function checkConfirmToken(payload: Payload, token: string, now = new Date()): Promise<TokenCheck> {
  const sub = await findOne(payload, { confirmTokenHash: { equals: hashToken(token) } })
  if (!sub) return 'invalid'
  return isExpired(sub.confirmTokenExpiresAt, now) ? 'expired' : 'valid'
}

/**
 * Confirms and burns the token (single use): ONE conditional UPDATE that matches only an unexpired
 * token and clears it, so of two confirms with the same token at once (or from two processes)
 * exactly one succeeds. Only a failed confirm looks again, to say whether the token had expired.
 */
export async function confirm(payload: Payload, token: string, now = new Date()): Promise<TokenCheck> {
  const hash = hashToken(token)
  const stamp = now.toISOString()
  const done = await payload.db.updateOne({
    collection: SUBSCRIBERS,
    where: { and: [{ confirmTokenHash: { equals: hash } }, { confirmTokenExpiresAt: { greater_than: stamp } }] },
    data: {
      status: 'confirmed',
      confirmedAt: stamp,
      unsubscribedAt: null,
      confirmTokenHash: null,
      confirmTokenExpiresAt: null,
      updatedAt: stamp,
    },
    options: { atomic: true },
  })
  if (done) return 'valid'
  return (await findOne(payload, { confirmTokenHash: { equals: hash } })) ? 'expired' : 'invalid'
}

/** The subscriber a manage token (unsubscribe / data link) belongs to. */
export const byManageToken = (payload: Payload, token: string) => findOne(payload, { manageTokenHash: { equals: hashToken(token) } })

/** Unsubscribes at once; idempotent. */
export async function unsubscribe(payload: Payload, sub: SubscriberDoc, now = new Date()): Promise<void> {
  if (sub.status === 'unsubscribed') return
  await updateFields(
    payload,
    sub.id,
    { status: 'unsubscribed', unsubscribedAt: now.toISOString(), confirmTokenHash: null, confirmTokenExpiresAt: null },
    now,
  )
}

/** Everything stored about a subscriber, for the data download. */
export async function exportSubscriber(payload: Payload, sub: SubscriberDoc): Promise<Record<string, unknown>> {
  const deliveries = await payload.find({ collection: DELIVERIES, where: { subscriber: { equals: sub.id } }, pagination: false, ...SYSTEM })
  return {
    email: sub.email,
    status: sub.status,
    sector: sub.sector ?? null,
    aangemeldOp: sub.createdAt ?? null,
    toestemming: { op: sub.consentAt ?? null, versieTekst: sub.consentTextVersion ?? null, formulier: sub.consentSource ?? null },
    bevestigdOp: sub.confirmedAt ?? null,
    afgemeldOp: sub.unsubscribedAt ?? null,
    verzendingen: deliveries.docs.map((d) => ({
      nieuwsbrief: d.key.split(':')[0],
      status: d.status,
      verstuurdOp: d.sentAt ?? null,
    })),
  }
}

/** Deletes the subscriber and their delivery records for good. */
export async function deleteSubscriber(payload: Payload, sub: SubscriberDoc): Promise<void> {
  await payload.delete({ collection: DELIVERIES, where: { subscriber: { equals: sub.id } }, ...SYSTEM })
  await payload.delete({ collection: SUBSCRIBERS, id: sub.id, ...SYSTEM })
}
