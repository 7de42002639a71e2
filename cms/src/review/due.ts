import type { CollectionSlug, Payload, SelectType, Where } from 'payload'
import { titleOf } from '../audit/record.ts'
import { SOON_DUE_DAYS } from '../collections/shared/review.ts'
import { collectionConfigOf } from '../collections/slugs.ts'
import { TIMEZONE } from '../fields/dates.ts'

/** The overview in the admin: /admin/controleren. */
export const REVIEW_OVERVIEW_PATH = '/controleren'

export interface DueItem {
  collection: string
  /** The content type's Dutch name (singular). */
  typeLabel: string
  id: string | number
  title: string
  /** ISO time; undefined for a document that has no review date yet. */
  reviewBefore?: string
  overdue: boolean
  ownerId?: string | number
  /** The document in the admin, relative to the server. */
  adminPath: string
}

const DAY = 24 * 60 * 60 * 1000

/** The content collections with review dates (every collection built by contentCollection). */
export const reviewedCollections = (payload: Payload): CollectionSlug[] =>
  payload.config.collections.filter((c) => c.flattenedFields.some((f) => f.name === 'reviewBefore')).map((c) => c.slug)

const dutchLabel = (payload: Payload, slug: string): string => {
  const singular = collectionConfigOf(payload, slug)?.labels?.singular
  if (typeof singular === 'string') return singular
  if (singular && typeof singular === 'object' && 'nl' in singular) return String((singular as Record<string, string>).nl)
  return slug
}

/**
 * Everything to review before `now` + SOON_DUE_DAYS (and what has no review date), oldest date
 * first: the overview in the admin and the owners' reminder mail. Reads the documents as stored
 * (the live version, or the draft of one never published).
 */
export async function dueItems(payload: Payload, now = new Date(), owner?: string | number): Promise<DueItem[]> {
  const horizon = new Date(now.getTime() + SOON_DUE_DAYS * DAY).toISOString()
  const out: DueItem[] = []
  for (const collection of reviewedCollections(payload)) {
    const useAsTitle = payload.collections[collection].config.admin?.useAsTitle ?? 'id'
    const due: Where = { or: [{ reviewBefore: { less_than: horizon } }, { reviewBefore: { exists: false } }] }
    const where: Where = owner === undefined ? due : { and: [due, { owner: { equals: owner } }] }
    const { docs } = await payload.find({
      collection,
      where,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      select: { [useAsTitle]: true, reviewBefore: true, owner: true } satisfies SelectType,
    })
    for (const found of docs) {
      const doc: Record<string, unknown> & { id: string | number } = { ...found }
      const reviewBefore = typeof doc.reviewBefore === 'string' ? doc.reviewBefore : undefined
      const ownerValue = doc.owner as unknown
      out.push({
        collection,
        typeLabel: dutchLabel(payload, collection),
        id: doc.id,
        title: titleOf(payload, collection, doc) ?? `#${doc.id}`,
        reviewBefore,
        overdue: !reviewBefore || reviewBefore < now.toISOString(),
        ownerId:
          ownerValue && typeof ownerValue === 'object' && 'id' in ownerValue
            ? (ownerValue.id as string | number)
            : ((ownerValue as string | number | undefined) ?? undefined),
        adminPath: `/admin/collections/${collection}/${doc.id}`,
      })
    }
  }
  return out.sort((a, b) => (a.reviewBefore ?? '').localeCompare(b.reviewBefore ?? ''))
}

/** 07-12-2026, the calendar day in Amsterdam. */
export function dutchDate(iso: string): string {
  const parts = new Intl.DateTimeFormat('nl-NL', { timeZone: TIMEZONE, day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(
    new Date(iso),
  )
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('day')}-${get('month')}-${get('year')}`
}

/** The ISO week in Amsterdam, e.g. 2026-W50: a reminder goes out at most once in it per owner. */
export function isoWeek(now: Date): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: TIMEZONE }).format(now).split('-').map(Number)
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1))
  const weekday = date.getUTCDay() || 7
  date.setUTCDate(date.getUTCDate() + 4 - weekday)
  const yearStart = new Date(Date.UTC(date.getUTCFullYear(), 0, 1))
  const week = Math.ceil(((date.getTime() - yearStart.getTime()) / DAY + 1) / 7)
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}
