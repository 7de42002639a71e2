import { z } from 'zod'
import { COLLECTIONS, SITE_SETTINGS_LABEL } from './collections.ts'

/*
 * The two messages between the CMS and whatever builds the site (Netlify, or the local receiver
 * under `npm start`): the build-hook request the CMS sends after a change, and the build-status
 * report the builder sends back. Both sides parse with these schemas, so they cannot drift.
 */

/** What a change did to the live site. */
export const REBUILD_ACTIONS = ['publish', 'unpublish', 'delete'] as const
export type RebuildAction = (typeof REBUILD_ACTIONS)[number]

/** The body of the CMS's POST to the build hook: which document, what happened, who did it, how many changes it stands for. */
export const BuildHookRequestSchema = z.object({
  /** Collection or global slug, e.g. `tips` or `site-settings`. */
  collection: z.string().max(100),
  /** The document's slug (globals have none). */
  slug: z.string().max(200).optional(),
  action: z.enum(REBUILD_ACTIONS),
  /** E-mail of the user who made the change; empty for jobs such as scheduled publishing. */
  user: z.string().max(320).optional(),
  /** Changes batched into this request by the debounce (1 or more). */
  changes: z.number().int().min(1).optional(),
})
export type BuildHookRequest = z.infer<typeof BuildHookRequestSchema>

/** The states a build goes through, as the builder reports them. */
export const BUILD_STATES = ['queued', 'building', 'succeeded', 'failed'] as const
export type BuildState = (typeof BUILD_STATES)[number]

/** Where the builder reports (with the site-builder API key), under the CMS's `/api`. */
export const BUILD_STATUS_ENDPOINT = '/build-status'

/** At most this many problems travel in one report; the message text still counts them all. */
export const MAX_BUILD_PROBLEMS = 50
export const BUILD_PROBLEM_LIMITS = { collection: 100, slug: 200, document: 300, field: 500, message: 2000 } as const

/**
 * One thing that stopped a build, tied to the document and field where the build could tell:
 * `{ collection: 'checklists', slug: 'fraude', document: 'Checklist "fraude"', field: 'sections[2].items[0].title', message: 'Vul dit veld in.' }`.
 * Without a collection it is about the build as a whole (a full disk, a crash).
 */
export const BuildProblemSchema = z.object({
  /** Collection or global slug, e.g. `checklists` or `site-settings`. */
  collection: z.string().max(BUILD_PROBLEM_LIMITS.collection).optional(),
  /** The document's slug (globals and unnamed documents have none). */
  slug: z.string().max(BUILD_PROBLEM_LIMITS.slug).optional(),
  /** How messages name the document: `Checklist "fraude"`. */
  document: z.string().max(BUILD_PROBLEM_LIMITS.document).optional(),
  /** The field path, e.g. `sections[2].items[0].title`. */
  field: z.string().max(BUILD_PROBLEM_LIMITS.field).optional(),
  /** What is wrong, in Dutch. */
  message: z.string().min(1).max(BUILD_PROBLEM_LIMITS.message),
})
export type BuildProblem = z.infer<typeof BuildProblemSchema>

/** At most this many unreached pages travel in one report; `total` still counts them all. */
export const MAX_UNREACHED_PAGES = 200

/** A page of the built site that no chain of links from the start pages reaches, and its document if it has one. */
export const UnreachedPageSchema = z.object({
  /** The site path, e.g. `/voor-de-helpers/tips/luisteren/`. */
  path: z.string().min(1).max(2000),
  /** The document the page shows, e.g. `tips`; none for a page of the site itself (a list, a filter). */
  collection: z.string().max(BUILD_PROBLEM_LIMITS.collection).optional(),
  slug: z.string().max(BUILD_PROBLEM_LIMITS.slug).optional(),
  /** How messages name the document: `Tip "luisteren"`. */
  document: z.string().max(BUILD_PROBLEM_LIMITS.document).optional(),
})
export type UnreachedPage = z.infer<typeof UnreachedPageSchema>

/** What the reach check of a finished build found (scripts/src/site/reach.ts). */
export const ReachReportSchema = z.object({
  /** Pages checked: every page of the sitemap. */
  pages: z.number().int().min(0),
  /** How many of them no link path reaches. */
  total: z.number().int().min(0),
  unreached: z.array(UnreachedPageSchema).max(MAX_UNREACHED_PAGES),
})
export type ReachReport = z.infer<typeof ReachReportSchema>

/** The body of POST /api/build-status. */
export const BuildReportSchema = z.object({
  state: z.enum(BUILD_STATES),
  /** What went wrong (the CMS keeps the first lines), e.g. `Checklist "fraude": sections[2].items[0].title: required`. */
  message: z.string().max(100_000).optional(),
  /** The same problems, one per document and field, so the admin can link to each document. */
  problems: z.array(BuildProblemSchema).max(MAX_BUILD_PROBLEMS).optional(),
  /** After a successful build: the pages no link path from the start pages reaches. */
  reach: ReachReportSchema.optional(),
})
export type BuildReport = z.infer<typeof BuildReportSchema>

/** A short line for logs and Netlify's deploy list, e.g. `publish tips/slaap-en-rust (+2 more)`. */
export function describeBuildRequest(request: Pick<BuildHookRequest, 'collection' | 'slug' | 'action'>, changes = 1): string {
  const what = `${request.action} ${request.collection}${request.slug ? `/${request.slug}` : ''}`
  return changes > 1 ? `${what} (+${changes - 1} more)` : what
}

const BY_LABEL = new Map<string, string>(Object.entries(COLLECTIONS).map(([collection, { label }]) => [label, collection]))
// `Checklist "fraude": rest` or `Checklist #3: rest` (a document without a slug).
const DOCUMENT_LINE = /^(.+?) (?:"([^"]*)"|#(\d+)): (.+)$/s
// A field path as formatPath writes it: `sections[2].items[0].title`, or `(document)`.
const FIELD = /^((?:[A-Za-z_$][\w$]*|\[\d+\])(?:\.[A-Za-z_$][\w$]*|\[\d+\])*|\(document\)): (.+)$/s

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

/**
 * Reads one line of the build's error output back into a problem: the inverse of the contract's
 * `formatIssues` and `collectionDocLabel` (`Checklist "fraude": sections[2].items[0].title: Vul dit veld in.`).
 * Undefined for a line that names no document (progress output, a crash's own words).
 */
export function parseBuildProblemLine(line: string): BuildProblem | undefined {
  const text = line.replace(/^\s*-\s+/, '').trim()
  let collection: string | undefined
  let slug: string | undefined
  let document: string
  let rest: string
  const settings = `${SITE_SETTINGS_LABEL}: `
  if (text.startsWith(settings)) {
    collection = 'site-settings'
    document = SITE_SETTINGS_LABEL
    rest = text.slice(settings.length)
  } else {
    const m = DOCUMENT_LINE.exec(text)
    collection = m?.[1] ? BY_LABEL.get(m[1]) : undefined
    if (!m || !collection || !m[4]) return undefined
    slug = m[2] || undefined
    document = m[2] === undefined ? `${m[1]} #${m[3]}` : `${m[1]} "${m[2]}"`
    rest = m[4]
  }
  const f = FIELD.exec(rest)
  const field = f?.[1] && f[1] !== '(document)' ? f[1] : undefined
  const message = (f?.[2] ?? rest).trim()
  if (message === '') return undefined
  return {
    collection,
    ...(slug ? { slug: cut(slug, BUILD_PROBLEM_LIMITS.slug) } : {}),
    document: cut(document, BUILD_PROBLEM_LIMITS.document),
    ...(field ? { field: cut(field, BUILD_PROBLEM_LIMITS.field) } : {}),
    message: cut(message, BUILD_PROBLEM_LIMITS.message),
  }
}

/**
 * Every problem the build's error output names, in order, without repeats, at most
 * MAX_BUILD_PROBLEMS (the report's message keeps the text). Empty when no line names a document.
 */
export function parseBuildProblems(output: string): BuildProblem[] {
  const seen = new Set<string>()
  const problems: BuildProblem[] = []
  for (const line of output.replace(/\r\n/g, '\n').split('\n')) {
    const problem = parseBuildProblemLine(line)
    if (!problem) continue
    const key = JSON.stringify(problem)
    if (seen.has(key)) continue
    seen.add(key)
    problems.push(problem)
    if (problems.length === MAX_BUILD_PROBLEMS) break
  }
  return problems
}

const REACH_LINE = /^Reach check: (\d+) pages, (\d+) not reached\b/
const UNREACHED_LINE = /^Not reached: (\S+)(?: (\{.*\}))?$/

/**
 * The reach check as the build prints it (stdout), one line per unreached page, readable in a log:
 * `Reach check: 151 pages, 1 not reached by links from /, /voor-de-helpers/, /voor-professionals/ (12 ms)`
 * `Not reached: /voor-de-helpers/tips/luisteren/ {"collection":"tips","slug":"luisteren","document":"Tip \"luisteren\""}`.
 */
export function reachLines(reach: ReachReport, startPages: readonly string[], ms: number): string[] {
  return [
    `Reach check: ${reach.pages} pages, ${reach.total} not reached by links from ${startPages.join(', ')} (${Math.round(ms)} ms)`,
    ...reach.unreached.map(({ path, ...owner }) => `Not reached: ${path}${owner.collection ? ` ${JSON.stringify(owner)}` : ''}`),
  ]
}

/** Reads the reach check back from the build's output; undefined when the output has none (an older build). */
export function parseReachLines(output: string): ReachReport | undefined {
  let head: { pages: number; total: number } | undefined
  const unreached: UnreachedPage[] = []
  for (const raw of output.replace(/\r\n/g, '\n').split('\n')) {
    const line = raw.trim()
    const summary = REACH_LINE.exec(line)
    if (summary) head = { pages: Number(summary[1]), total: Number(summary[2]) }
    const page = UNREACHED_LINE.exec(line)
    if (!page?.[1] || unreached.length === MAX_UNREACHED_PAGES) continue
    let owner: unknown = {}
    try {
      owner = page[2] ? JSON.parse(page[2]) : {}
    } catch {}
    const parsed = UnreachedPageSchema.safeParse({ ...(owner as object), path: page[1] })
    unreached.push(parsed.success ? parsed.data : { path: page[1].slice(0, 2000) })
  }
  return head ? ReachReportSchema.parse({ ...head, unreached }) : undefined
}
