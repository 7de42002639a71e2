import { type NextRequest, NextResponse } from 'next/server'
import { API_CSP, adminCsp, HSTS, isHttps, newNonce } from './security/headers.ts'

/**
 * Runs before every page of the admin (and the API, see `config`):
 * - The admin is Dutch by default: without a language the editor chose (the payload-lng cookie),
 *   the browser's Accept-Language is replaced by Dutch. English stays selectable under Account.
 * - Pages get a Content-Security-Policy with a fresh nonce (Next.js puts it on its own scripts when
 *   it finds it in the request's CSP header) and, when SERVER_URL is https, HSTS. API answers get
 *   their headers in the route wrapper (security/rest.ts); nosniff, X-Frame-Options and the
 *   Referrer-Policy come from next.config.mjs for every path.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const headers = new Headers(request.headers)
  if (!request.cookies.has('payload-lng')) headers.set('accept-language', 'nl')
  if (pathname.startsWith('/api/')) return NextResponse.next({ request: { headers } })
  if (!pathname.startsWith('/admin') && !pathname.startsWith('/_next/') && !pathname.startsWith('/__nextjs')) return outsideAdmin(request)

  const csp = adminCsp(newNonce(), process.env.NODE_ENV === 'development')
  headers.set('content-security-policy', csp)
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', csp)
  if (isHttps(process.env.SERVER_URL)) response.headers.set('Strict-Transport-Security', HSTS)
  return response
}

/**
 * The CMS is only the admin and the API: its root leads to the admin, any other address is a plain
 * 404 (Next's own 404 page is prerendered, so its scripts could not carry a nonce).
 */
function outsideAdmin(request: NextRequest): NextResponse {
  const response =
    request.nextUrl.pathname === '/'
      ? NextResponse.redirect(new URL('/admin', request.nextUrl))
      : new NextResponse('Deze pagina bestaat niet. Het beheer van de CMS staat op /admin.', {
          status: 404,
          headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': API_CSP },
        })
  if (isHttps(process.env.SERVER_URL)) response.headers.set('Strict-Transport-Security', HSTS)
  return response
}

export const config = {
  matcher: [
    {
      // Everything but Next's static files. Not for uploads: a proxy makes Next buffer the whole
      // request body in memory (and cut it at 10 MB); uploads stream to the route instead.
      source: '/((?!_next/static|_next/image|favicon.ico).*)',
      missing: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }],
    },
  ],
}
