import { ervaringUrl } from '@hp/content-schemas'
import type { CollectionAfterChangeHook, Payload } from 'payload'
import { readEnv } from '../env.ts'
import { inBackground } from '../newsletter/background.ts'
import { sharedMailer } from '../newsletter/mailer.ts'
import { newsletterSettings } from '../newsletter/settings.ts'

const SUBMISSIONS = 'submissions'

/** The mail to a sender whose experience is now on the site (Dutch, "u"; plain text and simple HTML). */
export function publishedMail(name: string | undefined, url: string): { subject: string; text: string; html: string } {
  const greeting = name ? `Beste ${name},` : 'Beste helper,'
  const lines = [
    greeting,
    'Dank u wel voor uw tip of ervaring. Hij staat nu op de website Voor de Helpers:',
    url,
    'Wij hebben namen, plaatsen en andere herkenbare details weggehaald. Uw naam en e-mailadres staan niet op de site.',
    'U krijgt hierover geen e-mail meer.',
    'Met vriendelijke groet,\nde redactie van Voor de Helpers',
  ]
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  const html = lines
    .map((l) => (l === url ? `<p><a href="${esc(url)}">${esc(url)}</a></p>` : `<p>${esc(l).replace(/\n/g, '<br>')}</p>`))
    .join('\n')
  return {
    subject: 'Uw tip of ervaring staat op Voor de Helpers',
    text: lines.join('\n\n'),
    html: `<!doctype html><html lang="nl"><body>${html}</body></html>`,
  }
}

/**
 * Marks the submission an experience was made from as published and, if its sender left an
 * address and asked for it, claims the one mail: `notifiedAt` is set only where it was empty, so
 * of any number of publishes (and republishes) exactly one sends. Returns the mail to send, if any.
 */
export async function claimNotification(
  payload: Payload,
  submissionId: string | number,
  slug: string,
  siteUrl: string,
  req?: Parameters<Payload['update']>[0]['req'],
): Promise<{ to: string; subject: string; text: string; html: string } | undefined> {
  const common = { collection: SUBMISSIONS, overrideAccess: true, depth: 0, ...(req ? { req } : {}) } as const
  await payload.update({ ...common, id: submissionId, data: { status: 'gepubliceerd' } })
  const claimed = await payload.update({
    ...common,
    where: {
      and: [
        { id: { equals: submissionId } },
        { notifyOnPublish: { equals: true } },
        { email: { exists: true } },
        { notifiedAt: { exists: false } },
      ],
    },
    data: { notifiedAt: new Date().toISOString() },
  })
  const doc = claimed.docs[0]
  if (!doc?.email) return undefined
  return { to: doc.email, ...publishedMail(doc.name || undefined, new URL(ervaringUrl(slug), siteUrl).toString()) }
}

/**
 * After an experience is published: its submission becomes "gepubliceerd" and the sender gets
 * the one mail they asked for (sent after the answer; a failure is logged, never retried, so
 * nobody gets it twice).
 */
export const notifySender: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  if (doc._status !== 'published' || context.seed) return doc
  const submission = doc.submission && typeof doc.submission === 'object' ? doc.submission.id : doc.submission
  if (submission === null || submission === undefined || submission === '') return doc
  const mail = await claimNotification(req.payload, submission, String(doc.slug), readEnv().SITE_URL, req)
  if (mail)
    inBackground(
      () => sharedMailer(newsletterSettings(readEnv()).smtp).send(mail),
      (error) => req.payload.logger.error({ err: error }, 'The mail to the sender of a published experience could not be sent'),
    )
  return doc
}
