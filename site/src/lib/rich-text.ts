import { type LinkedRichText, linkRichText, type RichText, type SiteContent, urlForRef } from '@hp/content-schemas'

/**
 * Rich text with its links resolved to site paths, at build time: the one place the site turns a
 * link to a document into its URL. A link to a document the bundle does not hold stops the build
 * with a `BrokenReferenceError` ("Een link werkt niet. …"). Render the result with `richTextHtml`.
 */
export const linkedRichText = (value: RichText, content: SiteContent): LinkedRichText =>
  linkRichText(value, (ref) => urlForRef(ref, content))
