import type { NewsletterIssue, SiteContent } from '@hp/content-schemas'
import type { Payload } from 'payload'
import { NEWSLETTER_ISSUES } from '../collections/NewsletterIssues/index.ts'
import { buildSiteContent } from '../export/index.ts'

/** Thrown when an issue cannot be sent or previewed (not published, or not in the valid bundle). */
export class IssueNotSendableError extends Error {
  constructor(issueId: string | number, why: string) {
    super(`Newsletter issue ${issueId} cannot be sent: ${why}`)
    this.name = 'IssueNotSendableError'
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
  if (!doc) throw new IssueNotSendableError(issueId, 'it does not exist.')
  if (doc._status !== 'published')
    throw new IssueNotSendableError(issueId, 'publish it first (the e-mail links to its page in the archive).')
  const content = await buildSiteContent(payload, { trustedCli: true }, serverUrl)
  const issue = content.newsletterIssues.find((i) => i.slug === doc.slug)
  if (!issue) throw new IssueNotSendableError(issueId, 'it is not in the published content.')
  // The stored id (a number on SQLite), not the route's string: relations are validated against it.
  return { id: doc.id, issue, content }
}
