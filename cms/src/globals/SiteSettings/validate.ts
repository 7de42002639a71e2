import { formatPath, safeParseContract } from '@hp/content-schemas'
import { type GlobalBeforeChangeHook, ValidationError } from 'payload'
import type { z } from 'zod'

/** The global's contract check when it is published (content collections: hooks/publishCheck.ts). */
export function validateGlobalOnPublish(global: string, convert: (doc: object) => unknown, schema: z.ZodType): GlobalBeforeChangeHook {
  return ({ data, originalDoc, req }) => {
    const merged: Record<string, unknown> = { ...(originalDoc ?? {}), ...data }
    if (merged._status !== undefined && merged._status !== 'published') return data
    const result = safeParseContract(schema, convert(merged))
    if (!result.success) {
      throw new ValidationError({
        global,
        req,
        errors: result.error.issues.map((i) => ({ path: i.path.join('.'), message: `${formatPath(i.path)}: ${i.message}` })),
      })
    }
    return data
  }
}
