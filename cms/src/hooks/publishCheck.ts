import { COLLECTIONS, type LinkableCollection, safeParseContract } from '@hp/content-schemas'
import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
  type RequestContext,
  ValidationError,
} from 'payload'
import type { z } from 'zod'
import { asCandidate } from '../boundary.ts'
import { readEnv } from '../env.ts'
import type { MediaDoc } from '../export/context.ts'
import { type Assembled, assembleSiteContent, type BundleProblem, loadPublished, type PublishedSet } from '../export/index.ts'
import type { PublishedDoc } from '../export/stored.ts'
import { describeFieldPath } from './fieldNames.ts'

/*
 * One check, the same everywhere: every write that changes what is published (publish, unpublish,
 * delete, slug change, media replace, media delete) is checked against the whole published bundle
 * as it would be after the write, with the check the site build runs (`validateSiteContent`, through
 * the export's own `assembleSiteContent`, with the real media records). A write that would make the
 * bundle invalid is refused with a Dutch ValidationError that names the documents depending on it.
 *
 * The bundle is read once per write (inside the write's transaction) and assembled once; the
 * "before" bundle is only assembled when the write is refused, to name what changed.
 */

export interface FieldProblem {
  path: string
  message: string
}

/** Seed and import load many documents in order and check the whole bundle once at the end. */
const bulkLoad = (context: RequestContext) => Boolean(context.seed || context.import)

const draftKey = (collection: string) => `publishCheck.draft:${collection}`

/**
 * beforeOperation (after keepEditorsToDrafts): notes whether this save is a draft save. A draft save
 * never touches the published document; the beforeChange arguments alone cannot tell it from an unpublish.
 */
export const rememberDraftFlag: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'restoreVersion')
    req.context[draftKey(collection.slug)] = Boolean((args as { draft?: boolean }).draft)
  return args
}

const MEDIA_KEYS = new Set(['filename', 'url', 'alt', 'mimeType', 'width', 'height', 'focalX', 'focalY', 'credit'])
const MEDIA_FIELDS = new Set(['image', 'poster', 'file'])

/**
 * A contract path as the admin's field path: `id` is the CMS field `key` (Payload reserves `id` in
 * arrays and blocks), and a problem inside a medium (`image.mimeType`) belongs to its upload field (`image`).
 */
export const toFieldPath = (path: readonly PropertyKey[]): string => {
  const last = path.at(-1)
  const inMedium = path.length >= 2 && MEDIA_KEYS.has(String(last)) && MEDIA_FIELDS.has(String(path.at(-2)))
  return (inMedium ? path.slice(0, -1) : path).map((p) => (p === 'id' ? 'key' : String(p))).join('.')
}

/**
 * `relatedTips[1]: Er is geen …` → field path `relatedTips.1`, when the line starts with a path;
 * the message names the field as the form shows it (`Gerelateerde tips › rij 02: Er is geen …`).
 */
function fieldOfLine(rest: string, name: (fieldPath: string) => string): FieldProblem {
  const m = /^([A-Za-z_][\w]*(?:\[\d+\]|\.[A-Za-z_]\w*)*): (.*)$/s.exec(rest)
  const field = m?.[1]
  if (!field) return { path: '', message: rest }
  const path = field.replace(/\[(\d+)\]/g, '.$1').replace(/\bid\b/g, 'key')
  return { path, message: `${name(path)}: ${m?.[2] ?? ''}` }
}

/** "Deze tip" / "Dit delict" / "Deze afbeelding". */
function thisNoun(collection: string, media?: MediaDoc): string {
  if (collection === 'media') {
    const type = media?.mimeType ?? ''
    return type.startsWith('image/') ? 'Deze afbeelding' : type.startsWith('video/') ? 'Deze video' : 'Dit bestand'
  }
  const info = COLLECTIONS[collection as LinkableCollection]
  return info ? `${info.article === 'het' ? 'Dit' : 'Deze'} ${info.noun}` : 'Dit document'
}

/** Throws Payload's ValidationError, with the Dutch messages as its message (the admin's toast shows it). */
function refuse(collection: string, req: PayloadRequest, errors: FieldProblem[]): never {
  const error = new ValidationError({ collection, req, errors })
  error.message = errors.map((e) => e.message).join(' ')
  throw error
}

/** Documents (other than the written one) whose page would change or break, as `collection:id`: the write's dependants. */
function dependantKeys(before: Assembled, after: Assembled, fresh: BundleProblem[], self?: string): string[] {
  // Those the write would break first, then those whose page would change.
  const keys = new Set<string>()
  for (const p of fresh) if (p.collection && p.id !== undefined && `${p.collection}:${p.id}` !== self) keys.add(`${p.collection}:${p.id}`)
  for (const [key, shape] of before.shapes)
    if (key !== self && JSON.stringify(after.shapes.get(key)) !== JSON.stringify(shape)) keys.add(key)
  return [...keys]
}

/** The write's dependants as messages name them (`Tip "slaap"`). */
function dependants(before: Assembled, after: Assembled, fresh: BundleProblem[], self?: string): string[] {
  return dependantKeys(before, after, fresh, self).map((k) => before.labels.get(k) ?? after.labels.get(k) ?? k)
}

/** Problems the write adds: the bundle's problems after it that were not there before. */
function freshProblems(before: Assembled, after: Assembled): BundleProblem[] {
  const old = new Set(before.problems.map((p) => p.line))
  return after.problems.filter((p) => !old.has(p.line))
}

function dependantsMessage(noun: string, names: string[], problems: BundleProblem[], action: string): string {
  const used = names.length > 0 ? `${noun} wordt gebruikt in: ${names.join(', ')}. ` : ''
  const lines = problems.map((p) => p.line).join(' ')
  return `${used}${action} kan niet, want dan klopt de website niet meer: ${lines} Pas eerst die documenten aan.`
}

const withDocs = (set: PublishedSet, collection: string, docs: PublishedDoc[]): PublishedSet => ({
  ...set,
  docs: new Map(set.docs).set(collection, docs),
})

const serverUrl = () => readEnv().SERVER_URL

/**
 * beforeChange of every content collection (last in the list, after the old slug is remembered):
 * publish, unpublish, slug change and any non-draft save of a live document.
 */
export function checkPublishedBundle<S extends z.ZodType>(
  collection: string,
  schema: S,
  extraChecks?: (parsed: z.infer<S>) => FieldProblem[],
): CollectionBeforeChangeHook {
  return async ({ collection: config, data, originalDoc, req }) => {
    if (bulkLoad(req.context) || req.context[draftKey(collection)] === true) return data
    const merged: Record<string, unknown> = { ...(originalDoc ?? {}), ...data }
    const liveAfter = merged._status === 'published'
    const set = await loadPublished(req.payload, { trustedCli: true }, req)
    const list = set.docs.get(collection) ?? []
    const id = originalDoc?.id as string | number | undefined
    const at = id === undefined ? -1 : list.findIndex((d) => String(d.id) === String(id))
    if (at < 0 && !liveAfter) return data // not on the site before, nor after: the bundle stays as it is

    const selfId = String(id ?? 'nieuw')
    const self = `${collection}:${selfId}`
    const next = [...list]
    if (liveAfter) {
      const doc = asCandidate({ ...merged, id: id ?? selfId })
      if (at >= 0) next[at] = doc
      else next.push(doc)
    } else next.splice(at, 1)
    const after = assembleSiteContent(withDocs(set, collection, next), serverUrl())

    // The document's own problems, on its fields (the admin marks them).
    const own: FieldProblem[] = []
    const name = (fieldPath: string) => describeFieldPath(config.fields, fieldPath.split('.'), merged)
    if (liveAfter) {
      for (const p of after.problems) {
        if (p.collection !== collection || p.id !== selfId) continue
        if (p.path && p.message !== undefined) {
          const path = toFieldPath(p.path)
          own.push({ path, message: path === '' ? p.message : `${name(path)}: ${p.message}` })
        } else own.push(fieldOfLine(p.line.slice(p.line.indexOf(': ') + 2), name))
      }
      const shape = after.shapes.get(self)
      if (shape !== undefined && extraChecks) {
        const parsed = safeParseContract(schema, shape)
        if (parsed.success) {
          // The collection's own checks place a problem on its field (a tree's graph problem on the node's key);
          // the same problem found by the bundle's reference checks has no field: keep the placed one.
          const extra = extraChecks(parsed.data)
          const placed = new Set(extra.map((e) => e.message))
          const unplaced = own.filter((o) => !(o.path === '' && placed.has(o.message)))
          own.splice(0, own.length, ...unplaced, ...extra)
        }
      }
    }
    if (after.content && own.length === 0) return data
    const before = assembleSiteContent(set, serverUrl())
    const fresh = freshProblems(before, after)
    if (own.length > 0) refuse(collection, req, own)
    if (fresh.length === 0) return data // the bundle was broken before, and this write adds nothing to it

    const action = liveAfter ? 'Deze wijziging publiceren' : 'Offline halen'
    const message = dependantsMessage(thisNoun(collection), dependants(before, after, fresh, self), fresh, action)
    // The admin marks the slug when the new slug is what breaks the others, the status on an unpublish.
    const slugChanged = at >= 0 && liveAfter && list[at]?.slug !== merged.slug
    refuse(collection, req, [{ path: slugChanged ? 'slug' : liveAfter ? '' : '_status', message }])
  }
}

/** beforeDelete of every content collection: deleting a live document takes it off the site. */
export function checkDeleteFromBundle(collection: string): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    if (bulkLoad(req.context)) return
    const set = await loadPublished(req.payload, { trustedCli: true }, req)
    const list = set.docs.get(collection) ?? []
    const at = list.findIndex((d) => String(d.id) === String(id))
    if (at < 0) return // a draft only: not on the site
    const after = assembleSiteContent(
      withDocs(
        set,
        collection,
        list.filter((_, i) => i !== at),
      ),
      serverUrl(),
    )
    if (after.content) return
    const before = assembleSiteContent(set, serverUrl())
    const fresh = freshProblems(before, after)
    if (fresh.length === 0) return
    const message = dependantsMessage(thisNoun(collection), dependants(before, after, fresh, `${collection}:${id}`), fresh, 'Verwijderen')
    refuse(collection, req, [{ path: '', message }])
  }
}

/** beforeChange of media: a replaced file (or changed alt text) must still fit every published page that shows it. */
export const checkMediaChange: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || bulkLoad(req.context) || !originalDoc) return data
  const set = await loadPublished(req.payload, { trustedCli: true }, req)
  const merged = { ...originalDoc, ...data } as MediaDoc
  const after = assembleSiteContent(
    { ...set, media: set.media.map((m) => (String(m.id) === String(originalDoc.id) ? merged : m)) },
    serverUrl(),
  )
  if (after.content) return data
  const before = assembleSiteContent(set, serverUrl())
  const fresh = freshProblems(before, after)
  if (fresh.length === 0) return data
  const message = dependantsMessage(
    thisNoun('media', originalDoc as MediaDoc),
    dependants(before, after, fresh),
    fresh,
    'Dit bestand vervangen',
  )
  refuse('media', req, [{ path: 'file', message }])
}

/** beforeDelete of media: a medium that a published page shows cannot be deleted. */
export const checkMediaDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (bulkLoad(req.context)) return
  const set = await loadPublished(req.payload, { trustedCli: true }, req)
  const target = set.media.find((m) => String(m.id) === String(id))
  if (!target) return
  const before = assembleSiteContent(set, serverUrl())
  const after = assembleSiteContent({ ...set, media: set.media.filter((m) => m !== target) }, serverUrl())
  const fresh = freshProblems(before, after)
  const names = dependants(before, after, fresh)
  if (names.length === 0 && fresh.length === 0) return
  const noun = thisNoun('media', target)
  const problems = fresh.length > 0 ? ` Daarna klopt de website niet meer: ${fresh.map((p) => p.line).join(' ')}` : ''
  refuse('media', req, [
    {
      path: '',
      message: `${noun} wordt gebruikt in: ${names.join(', ')}. Verwijderen kan niet: haal ${noun.toLowerCase()} eerst weg uit die documenten, of kies daar een ander bestand.${problems}`,
    },
  ])
}

/** A published document that depends on another: `{ collection: 'tips', id: '3', label: 'Tip "slaap"' }`. */
export interface Dependant {
  collection: string
  id: string
  label: string
}

export interface DependantsReport {
  /** Whether the document is on the site at all (a draft has no dependants). */
  published: boolean
  /** Every published document whose page would change or break when this one goes offline. */
  usedIn: Dependant[]
  /** Those that would break: the site cannot be built with them while this one is offline. */
  blocking: Dependant[]
  /**
   * What to take offline, in this order, before this document itself, so that the site still builds;
   * empty when nothing blocks. Undefined when taking dependants offline cannot fix it (e.g. the site settings need it).
   */
  alsoUnpublish?: Dependant[]
}

const splitKey = (key: string, labels: Map<string, string>): Dependant => {
  const at = key.indexOf(':')
  return { collection: key.slice(0, at), id: key.slice(at + 1), label: labels.get(key) ?? key }
}

/**
 * What depends on a published document, computed with the publish check's own bundle and rules:
 * the same `assembleSiteContent`, `freshProblems` and `dependants` as the refusal of an unpublish or
 * delete. The admin asks before an unpublish or delete (GET /api/<collection>/<id>/dependants).
 */
export async function dependantsOf(req: PayloadRequest, collection: string, id: string | number): Promise<DependantsReport> {
  const set = await loadPublished(req.payload, { trustedCli: true }, req)
  const self = `${collection}:${id}`
  if (!(set.docs.get(collection) ?? []).some((d) => String(d.id) === String(id))) return { published: false, usedIn: [], blocking: [] }
  const before = assembleSiteContent(set, serverUrl())
  const without = (keys: Set<string>): PublishedSet => {
    const docs = new Map(set.docs)
    for (const [name, list] of docs)
      docs.set(
        name,
        list.filter((d) => !keys.has(`${name}:${d.id}`)),
      )
    return { ...set, docs }
  }
  const labels = before.labels
  const first = assembleSiteContent(without(new Set([self])), serverUrl())
  const firstFresh = freshProblems(before, first)
  const broken = (fresh: BundleProblem[], gone: Set<string>) => {
    const keys: string[] = []
    for (const p of fresh) {
      if (!p.collection || p.id === undefined) return undefined // not a document that can go offline
      const key = `${p.collection}:${p.id}`
      if (!gone.has(key) && !keys.includes(key)) keys.push(key)
    }
    return keys
  }
  const usedInKeys = dependantKeys(before, first, firstFresh, self)
  const blockingKeys = (broken(firstFresh, new Set([self])) ?? []).filter((k) => k !== self)

  // Take the broken ones offline too, round after round, until nothing new breaks (at most 20 rounds).
  const gone = new Set([self])
  const rounds: string[][] = []
  let fresh = firstFresh
  let fixable = true
  for (let round = 0; fresh.length > 0; round++) {
    const keys = broken(fresh, gone)
    if (!keys || keys.length === 0 || round === 20) {
      fixable = false
      break
    }
    rounds.push(keys)
    for (const k of keys) gone.add(k)
    fresh = freshProblems(before, assembleSiteContent(without(gone), serverUrl()))
  }
  // The last round's documents depend on the earlier ones: they go offline first.
  const order = rounds.reverse().flat()
  return {
    published: true,
    usedIn: usedInKeys.map((k) => splitKey(k, labels)),
    blocking: blockingKeys.map((k) => splitKey(k, labels)),
    ...(fixable ? { alsoUnpublish: order.map((k) => splitKey(k, labels)) } : {}),
  }
}
