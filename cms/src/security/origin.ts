/**
 * Whether a browser request comes from the site's own pages: `Origin` must be SITE_URL's origin,
 * or, when a browser sent no `Origin`, `Referer` must start on that origin. A request with
 * neither is refused too: every browser sends `Origin` with a POST from another site, so only
 * scripts without a browser send neither, and they have no reason to use the sign-up form.
 * `Origin: null` (a sandboxed frame, a page with `no-referrer`) never matches.
 */
export function fromSite(headers: Headers, siteUrl: string): boolean {
  const site = new URL(siteUrl).origin
  const origin = headers.get('origin')
  if (origin !== null) return origin === site
  const referer = headers.get('referer')
  if (!referer) return false
  try {
    return new URL(referer).origin === site
  } catch {
    return false
  }
}
