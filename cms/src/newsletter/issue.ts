import type { NewsletterIssue, SiteContent } from '@hp/content-schemas'
import type { Payload } from 'payload'
import { NEWSLETTER_ISSUES } from '../collections/NewsletterIssues/index.ts'
import { buildSiteContent } from '../export/index.ts'

/** Thrown when an issue cannot be sent or previewed (not published, or not in the valid bundle). The admin shows the message. */
export class IssueNotSendableError extends Error {
  readonly issueId: string | number
  constructor(issueId: string | number, why: string) {
    super(`Deze nieuwsbrief kan niet worden verstuurd. ${why}`)
    this.name = 'IssueNotSendableError'
    this.issueId = issueId
  }
}

export interface PreparedIssue {
  id: string | number
  issue: NewsletterIssue
  /** The published bundle: internal links resolve through the site's URL scheme. */
  content: SiteContent
}

/**
 * The issue in contract shape, as the site's archive shows it: only a published issue can be
 * previewed or sent, so the e-mail and its web version are the same text and every link works.
 */
export async function prepareIssue(payload: Payload, issueId: string | number, serverUrl: string): Promise<PreparedIssue> {
  const doc = (await payload.findByID({
    collection: NEWSLETTER_ISSUES,
    id: issueId,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
  })) as {
    id: string | number
    slug?: string
    _status?: string
  } | null
  if (!doc) throw new IssueNotSendableError(issueId, 'Hij bestaat niet.')
  if (doc._status !== 'published')
    throw new IssueNotSendableError(issueId, 'Publiceer hem eerst. De e-mail linkt naar zijn pagina in het archief.')
  const content = await buildSiteContent(payload, { trustedCli: true }, serverUrl)
  const issue = content.newsletterIssues.find((i) => i.slug === doc.slug)
  if (!issue) throw new IssueNotSendableError(issueId, 'Hij staat niet in de gepubliceerde inhoud.')
  // The stored id (a number on SQLite), not the route's string: relations are validated against it.
  return { id: doc.id, issue, content }
}
