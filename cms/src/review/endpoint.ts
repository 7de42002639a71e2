import type { Endpoint, PayloadRequest } from 'payload'
import { isStaff } from '../access/index.ts'
import { recordAudit, titleOf } from '../audit/record.ts'
import { nextReviewDate } from '../collections/shared/review.ts'
import { isCollectionSlug } from '../collections/slugs.ts'
import { scheduleRebuild } from '../rebuild/scheduler.ts'

type Doc = Record<string, unknown> & { id: number | string }

const json = (status: number, message: string) => Response.json({ message }, { status })

/**
 * "Gecontroleerd" (one click, any staff member): records who reviewed the document and when, and
 * moves "Controleren vóór" one review period on. A type with example data ("Voorbeeldgegevens")
 * counts as verified after a review.
 *
 * The review is data about the document, not a new version of it: it is written on the live
 * document and on the newest version alike, so a pending draft is neither published nor lost, and
 * an editor (who may not publish) can record a review. When the document is on the site, the site
 * rebuilds (organisations show "Laatst gecontroleerd op").
 */
export async function markReviewed(req: PayloadRequest, collection: string, id: string | number, now = new Date()) {
  const user = req.user
  if (!user) throw new Error('markReviewed needs a user')
  const { payload } = req
  if (!isCollectionSlug(payload, collection)) return undefined
  const config = payload.collections[collection].config
  const review: Record<string, unknown> = {
    reviewBefore: nextReviewDate(collection, now).toISOString(),
    lastReviewedAt: now.toISOString(),
    lastReviewedBy: user.id,
  }
  if (config?.flattenedFields.some((f) => f.name === 'exampleData')) review.exampleData = false

  const main = await payload.db.findOne<Doc>({ collection, where: { id: { equals: id } }, req })
  if (!main) return undefined
  await payload.db.updateOne({ collection, id, data: { ...main, ...review }, req })
  const { docs } = await payload.db.findVersions<Doc>({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  const latest = docs[0] as (Doc & { version: Record<string, unknown> }) | undefined
  if (latest) {
    await payload.db.updateVersion({
      collection,
      id: latest.id,
      versionData: { ...latest, version: { ...latest.version, ...review } },
      req,
    })
  }
  await recordAudit(
    payload,
    { action: 'reviewed', collectionSlug: collection, docId: id, docTitle: titleOf(payload, collection, main), user },
    req,
  )
  if (main._status === 'published') {
    const email = 'email' in user && typeof user.email === 'string' ? user.email : undefined
    scheduleRebuild(payload, { collection, slug: typeof main.slug === 'string' ? main.slug : undefined, action: 'publish', user: email })
  }
  return review
}

/** POST /api/<collection>/:id/reviewed — the "Gecontroleerd" button. */
export const reviewedEndpoint = (collection: string): Endpoint => ({
  path: '/:id/reviewed',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return json(401, 'Log in om inhoud als gecontroleerd te markeren.')
    if (!isStaff(req.user)) return json(403, 'Alleen de redactie kan inhoud als gecontroleerd markeren.')
    const id = req.routeParams?.id
    if (typeof id !== 'string' && typeof id !== 'number') return json(400, 'Geen document opgegeven.')
    const review = await markReviewed(req, collection, id)
    if (!review) return json(404, `Document ${id} bestaat niet in ${collection}.`)
    return Response.json({ message: 'Gecontroleerd. De volgende controle is vóór de nieuwe datum.', review })
  },
})
