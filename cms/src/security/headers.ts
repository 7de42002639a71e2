/**
 * Security headers of every CMS response. The constant ones (nosniff, no framing, referrer) come
 * from next.config.mjs for every path, static files included; the ones that depend on the request
 * or on SERVER_URL at run time (the admin's CSP with a fresh nonce, HSTS) are set here.
 */

/** Strict-Transport-Security for one year; only sent when the CMS is served over https. */
export const HSTS = 'max-age=31536000'

export const isHttps = (serverUrl: string | undefined): boolean => (serverUrl ?? '').startsWith('https://')

/** A random nonce per response for the admin's scripts (Next.js adds it to its own script tags). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
}

/**
 * The admin's Content-Security-Policy. Scripts: only those carrying this response's nonce, and what
 * they load ('strict-dynamic'); no 'unsafe-inline', and 'unsafe-eval' only in development (React's
 * dev build needs it). Styles need 'unsafe-inline': the admin renders style attributes.
 * Everything else comes from the CMS itself; the admin makes no third-party requests.
 */
export function adminCsp(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/**
 * The CSP of API answers (JSON and uploaded files): no script or plug-in runs in them, even when
 * one is opened directly in a browser, and `sandbox` puts a file that a browser would render as a
 * page (a crafted upload) in an origin of its own. Images and videos still display as usual.
 */
export const API_CSP = "script-src 'none'; object-src 'none'; frame-ancestors 'none'; sandbox"
