import type { z } from 'zod'
import { safeParseContract } from './messages.ts'

/** A document that does not match the contract. `problems` holds one readable line per issue. */
export class ContractError extends Error {
  readonly problems: string[]
  constructor(problems: string[], options?: { cause?: unknown }) {
    super(
      `${problems.length === 1 ? 'Er is 1 probleem' : `Er zijn ${problems.length} problemen`} met de inhoud:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      options,
    )
    this.name = 'ContractError'
    this.problems = problems
  }
}

/** Formats a zod path like `sections[2].items[0].title`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out
}

/**
 * Turns zod issues into one readable line each, naming the document and field:
 * `Checklist "fraude": sections[2].items[0].title: Vul dit veld in.` The messages are the
 * issues' own: parse with `safeParseContract` so zod's built-in ones are Dutch too.
 */
export function formatIssues(docLabel: string, issues: readonly z.core.$ZodIssue[], basePath: readonly PropertyKey[] = []): string[] {
  return issues.map((issue) => {
    const path = formatPath([...basePath, ...issue.path])
    return `${docLabel}: ${path === '' ? '(document)' : path}: ${issue.message}`
  })
}

/** Parses `data` with `schema`; throws a ContractError naming `docLabel` and every failing field. */
export function parseDocument<S extends z.ZodType>(schema: S, data: unknown, docLabel: string): z.infer<S> {
  const result = safeParseContract(schema, data)
  if (result.success) return result.data
  throw new ContractError(formatIssues(docLabel, result.error.issues))
}

/** Describes a document for messages: `Checklist "fraude"`, falling back to its position. */
export function docLabel(kind: string, doc: unknown, index?: number): string {
  const slug = typeof doc === 'object' && doc !== null && 'slug' in doc ? (doc as { slug: unknown }).slug : undefined
  if (typeof slug === 'string' && slug !== '') return `${kind} "${slug}"`
  return index === undefined ? kind : `${kind} #${index + 1}`
}
