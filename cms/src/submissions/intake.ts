import { SHARE_CONSENT_VERSION } from '@hp/content-schemas'
import type { Payload } from 'payload'
import { SUBMISSIONS } from '../collections/Submissions/index.ts'
import type { Offence } from '../payload-types.ts'
import type { Share } from './validate.ts'
import { textHash } from './validate.ts'

/** The published offence with this slug, or undefined: the form offers published offences only. */
export async function offenceId(payload: Payload, slug: string): Promise<Offence['id'] | undefined> {
  const found = await payload.find({
    collection: 'offences',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    draft: false,
    overrideAccess: true,
  })
  const doc = found.docs[0]
  return doc && doc._status !== 'draft' ? doc.id : undefined
}

/**
 * Stores a checked submission as "nieuw", with the consent's version and time; the collection's
 * hook flags likely personal data. Anonymous by design, so `overrideAccess`: the submissions
 * collection itself admits no creates through the API.
 */
export async function takeIn(payload: Payload, share: Share, offence: Offence['id'] | undefined, now = new Date()) {
  return payload.create({
    collection: SUBMISSIONS,
    overrideAccess: true,
    depth: 0,
    data: {
      text: share.text,
      status: 'nieuw',
      ...(offence !== undefined ? { offence } : {}),
      ...(share.theme ? { theme: share.theme } : {}),
      ...(share.name ? { name: share.name } : {}),
      ...(share.email ? { email: share.email } : {}),
      notifyOnPublish: share.notify,
      consent: true,
      consentTextVersion: SHARE_CONSENT_VERSION,
      consentAt: now.toISOString(),
      textHash: textHash(share.text),
    },
  })
}
