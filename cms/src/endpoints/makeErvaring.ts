import type { Endpoint } from 'payload'
import { canPublish } from '../access/index.ts'
import { ModerationError, makeErvaring } from '../submissions/moderate.ts'

/**
 * POST /api/submissions/:id/ervaring: "Maak ervaring" in the admin. Publishers and admins only;
 * answers with the draft experience's id and its admin URL.
 */
export const makeErvaringEndpoint: Endpoint = {
  path: '/:id/ervaring',
  method: 'post',
  handler: async (req) => {
    if (!canPublish(req.user)) return Response.json({ error: 'Alleen redacteuren met publicatierechten kunnen dit doen.' }, { status: 403 })
    const id = String(req.routeParams?.id ?? '')
    try {
      const made = await makeErvaring(req.payload, req, id)
      return Response.json(
        {
          id: made.id,
          created: made.created,
          adminUrl: `/admin/collections/ervaringen/${encodeURIComponent(String(made.id))}`,
          message: made.created ? 'De ervaring is gemaakt als concept.' : 'Er is al een ervaring van deze inzending.',
        },
        { status: made.created ? 201 : 200 },
      )
    } catch (error) {
      if (error instanceof ModerationError) return Response.json({ error: error.message }, { status: error.status })
      throw error
    }
  },
}
