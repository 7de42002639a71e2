import { ContractError } from '@hp/content-schemas'
import type { Endpoint } from 'payload'
import { isAdmin, isSiteBuilder } from '../access/index.ts'
import { readEnv } from '../env.ts'
import { buildSiteContent } from '../export/index.ts'

/** GET /api/site-content: the published SiteContent bundle, for the site-builder key or an admin. */
export const siteContentEndpoint: Endpoint = {
  path: '/site-content',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Log in or send the site-builder API key.' }, { status: 401 })
    if (!isAdmin(req.user) && !isSiteBuilder(req.user)) {
      return Response.json({ error: 'Only the site-builder key and admins may export.' }, { status: 403 })
    }
    try {
      const content = await buildSiteContent(req.payload, { req }, readEnv().SERVER_URL)
      return Response.json(content, { headers: { 'Cache-Control': 'no-store' } })
    } catch (error) {
      if (error instanceof ContractError) {
        return Response.json({ error: 'Published content does not match the contract.', problems: error.problems }, { status: 422 })
      }
      throw error
    }
  },
}
