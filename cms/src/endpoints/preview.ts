import type { Endpoint } from 'payload'
import { isStaff } from '../access/index.ts'
import { readEnv } from '../env.ts'
import { draftBundle, isPreviewable, PreviewError } from '../preview/bundle.ts'
import { signPreviewToken, verifyPreviewToken } from '../preview/token.ts'

/** Every preview answer: never cached, never indexed. */
const NO_INDEX = { 'Cache-Control': 'no-store, private', 'X-Robots-Tag': 'noindex, nofollow, noarchive' }

/** The admin's "Voorbeeld" link of a document (admin.preview of every content collection). */
export const previewOpenPath = (collection: string, id: string | number) =>
  `/api/preview/open/${encodeURIComponent(collection)}/${encodeURIComponent(String(id))}`

/**
 * GET /api/preview/open/:collection/:id — "Voorbeeld" in the admin. Staff only (session): signs a
 * preview token for this document (HMAC with PAYLOAD_SECRET, valid 10 minutes) at the moment of the
 * click and sends the browser to the preview server, which builds the page from the draft.
 */
export const previewOpenEndpoint: Endpoint = {
  path: '/preview/open/:collection/:id',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Log in om een voorbeeld te bekijken.' }, { status: 401, headers: NO_INDEX })
    if (!isStaff(req.user))
      return Response.json({ error: 'Alleen de redactie kan een voorbeeld bekijken.' }, { status: 403, headers: NO_INDEX })
    const collection = String(req.routeParams?.collection ?? '')
    const id = String(req.routeParams?.id ?? '')
    if (!isPreviewable(collection) || !id)
      return Response.json({ error: `Van "${collection}" bestaat geen voorbeeld op de site.` }, { status: 404, headers: NO_INDEX })
    const env = readEnv()
    const token = signPreviewToken({ collection, id }, env.PAYLOAD_SECRET)
    const location = new URL(`/voorbeeld/${token}`, env.PREVIEW_URL).toString()
    return new Response(null, { status: 302, headers: { ...NO_INDEX, Location: location } })
  },
}

/**
 * GET /api/preview/content with `Authorization: Preview <token>` — for the preview server: the
 * bundle with this document's latest draft and the rest as published (validated like the build's),
 * and the page's path. The token is the only credential: it names one document and expires.
 */
export const previewContentEndpoint: Endpoint = {
  path: '/preview/content',
  method: 'get',
  handler: async (req) => {
    const header = req.headers.get('authorization') ?? ''
    const token = /^Preview (\S+)$/.exec(header)?.[1]
    if (!token)
      return Response.json({ error: 'Stuur de voorbeeldlink mee (Authorization: Preview …).' }, { status: 401, headers: NO_INDEX })
    const env = readEnv()
    const check = verifyPreviewToken(token, env.PAYLOAD_SECRET)
    if (!check.ok) return Response.json({ error: check.reason }, { status: 403, headers: NO_INDEX })
    try {
      const { content, path } = await draftBundle(req.payload, check.claim.collection, check.claim.id, env.SERVER_URL)
      return Response.json({ content, path, expiresAt: check.claim.exp }, { headers: NO_INDEX })
    } catch (error) {
      if (error instanceof PreviewError)
        return Response.json({ error: error.message, problems: error.problems }, { status: error.status, headers: NO_INDEX })
      throw error
    }
  },
}

export const previewEndpoints: Endpoint[] = [previewOpenEndpoint, previewContentEndpoint]
