import { type NextRequest, NextResponse } from 'next/server'

/**
 * The admin is Dutch by default: without a language the editor chose (the payload-lng cookie),
 * the browser's Accept-Language is replaced by Dutch. English stays selectable under Account.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has('payload-lng')) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'nl')
  return NextResponse.next({ request: { headers } })
}

export const config = { matcher: ['/admin/:path*', '/api/:path*'] }
