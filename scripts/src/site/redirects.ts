import { MOVED_PATHS, type Redirect, redirectLine, type SiteContent, slugRedirects, treeFormRedirects } from '@hp/content-schemas'

/**
 * The build's `_redirects` file (Netlify reads it from the publish folder; the local server honours
 * it too). Changed slugs first (with a splat per renamed referral tree), then folders that moved
 * with a change of the URL scheme (`MOVED_PATHS`), then the referral tool's form rules (its
 * question forms work without JavaScript). First match wins; no rule shadows a page.
 */
export function redirectsFile(content: SiteContent, moved: readonly Redirect[] = MOVED_PATHS): { text: string; count: number } {
  const lines = [
    ...slugRedirects(content).map((r) => `${r.from} ${r.to} 301`),
    ...moved.map((r) => `${r.from} ${r.to} 301`),
    ...treeFormRedirects(content).map(redirectLine),
  ]
  return { text: lines.join('\n') + (lines.length ? '\n' : ''), count: lines.length }
}
