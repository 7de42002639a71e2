import { type ContractError, formatPath, safeParseContract } from '@hp/content-schemas'
import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import type { z } from 'zod'
import { type ExportContext, validationContext } from '../export/context.ts'
import type { Loose } from '../export/loose.ts'
import { RichTextConversionError, richTextProblem } from '../fields/richText/toContract.ts'

export interface FieldProblem {
  path: string
  message: string
}

/** Contract paths use `id` where the CMS field is `key` (Payload reserves `id` in arrays and blocks). */
const toFieldPath = (path: readonly PropertyKey[]): string => path.map((p) => (p === 'id' ? 'key' : String(p))).join('.')

/**
 * Checks a document against the contract when it is published (drafts may be incomplete, so
 * editors never lose work). Problems are reported on the fields; nothing is saved.
 */
export function validateOnPublish<S extends z.ZodType>(
  collection: string,
  convert: (doc: Loose, ctx: ExportContext) => unknown,
  schema: S,
  extraChecks?: (parsed: z.infer<S>) => FieldProblem[],
): CollectionBeforeChangeHook {
  return ({ data, originalDoc, req }) => {
    const merged: Loose = { ...(originalDoc ?? {}), ...data }
    if (merged._status !== undefined && merged._status !== 'published') return data
    let shape: unknown
    try {
      shape = convert(merged, validationContext())
    } catch (error) {
      if (error instanceof RichTextConversionError) {
        throw new ValidationError({ collection, req, errors: [{ path: '', message: richTextProblem(error) }] })
      }
      throw error
    }
    const result = safeParseContract(schema, shape)
    const errors: FieldProblem[] = result.success
      ? (extraChecks?.(result.data) ?? [])
      : result.error.issues.map((i) => ({ path: toFieldPath(i.path), message: `${formatPath(i.path)}: ${i.message}` }))
    if (errors.length > 0) throw new ValidationError({ collection, req, errors })
    return data
  }
}

export type { ContractError }
