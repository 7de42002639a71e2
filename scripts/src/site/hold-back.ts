import { existsSync, readFileSync } from 'node:fs'
import { rename, writeFile } from 'node:fs/promises'
import {
  type BuildProblem,
  COLLECTIONS,
  ContractError,
  type LinkableCollection,
  parseBuildProblemLine,
  type SiteContent,
  validateSiteContent,
} from '@hp/content-schemas'

/*
 * No single document may stop other editors' publishes. When the bundle holds a document the build
 * cannot use (the contract refuses it although the CMS accepted it, or its media file cannot be
 * fetched), the build keeps that document as it was in the last build that went live, or leaves it
 * out when it was not in that build, and builds everything else. It reports each document it held
 * back on stderr, in the build's problem format, so the admin's Site-build screen names it.
 */

/** The bundle of the last build that went live, next to the live folder (never inside it: it is not for visitors). */
export const lastGoodFile = (dist: string) => `${dist}.last-good.json`

export function readLastGood(dist: string): SiteContent | undefined {
  const file = lastGoodFile(dist)
  if (!existsSync(file)) return undefined
  try {
    return validateSiteContent(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    return undefined // an old or damaged copy is no fallback
  }
}

/** Written whole, then renamed: a build that reads it at the same moment never sees half a file. */
export async function saveLastGood(dist: string, content: SiteContent): Promise<void> {
  const file = lastGoodFile(dist)
  const part = `${file}.${process.pid}.part`
  await writeFile(part, JSON.stringify(content))
  await rename(part, file)
}

/**
 * The last good bundle, or a function that reads it when first needed: reading it means parsing
 * and checking the whole bundle again (~1 s at 5,000 documents), which only a build that holds a
 * document back needs.
 */
export type LastGood = SiteContent | undefined | (() => SiteContent | undefined)
const resolveLastGood = (lastGood: LastGood) => (typeof lastGood === 'function' ? lastGood() : lastGood)

/** A document the build did not take as published: which one, why, and what the site shows instead. */
export interface HeldDocument {
  collection: LinkableCollection
  slug: string
  /** Its problems, as the build prints them (`Tip "x": image: …`). */
  lines: string[]
  /** `previous`: the last live version stays on the site; `removed`: it was not live before and is left out. */
  kept: 'previous' | 'removed'
}

type Bundle = Record<string, unknown>
type Doc = { slug?: unknown }

const keyOf = (collection: LinkableCollection) => COLLECTIONS[collection].key as string

/**
 * The bundle with each named document replaced by its version in `lastGood`, or left out when it had
 * none (or when that version cannot be used either, e.g. it shows the same missing file).
 */
function withPrevious(
  bundle: Bundle,
  lastGoodSource: LastGood,
  held: Map<string, HeldDocument>,
  usable: (doc: unknown) => boolean = () => true,
): Bundle {
  const lastGood = resolveLastGood(lastGoodSource)
  const out: Bundle = { ...bundle }
  for (const h of held.values()) {
    const key = keyOf(h.collection)
    const list = Array.isArray(out[key]) ? [...(out[key] as Doc[])] : []
    const found = ((lastGood as Bundle | undefined)?.[key] as Doc[] | undefined)?.find((d) => d.slug === h.slug)
    const previous = found && usable(found) ? found : undefined
    const at = list.findIndex((d) => d.slug === h.slug)
    h.kept = previous ? 'previous' : 'removed'
    if (previous && at >= 0) list[at] = previous
    else if (previous) list.push(previous)
    else if (at >= 0) list.splice(at, 1)
    out[key] = list
  }
  return out
}

/** The documents each problem line names; undefined when a line names none that can be held back (the site settings, the bundle itself). */
function documentsOf(lines: string[]): Map<string, { collection: LinkableCollection; slug: string; lines: string[] }> | undefined {
  const found = new Map<string, { collection: LinkableCollection; slug: string; lines: string[] }>()
  for (const line of lines) {
    const p: BuildProblem | undefined = parseBuildProblemLine(line)
    if (!p?.collection || !p.slug || !Object.hasOwn(COLLECTIONS, p.collection)) return undefined
    const id = `${p.collection}/${p.slug}`
    const entry = found.get(id) ?? { collection: p.collection as LinkableCollection, slug: p.slug, lines: [] }
    entry.lines.push(line)
    found.set(id, entry)
  }
  return found
}

/**
 * Validates the bundle; when the contract refuses documents, holds them back (their last live
 * version, or none) and validates again. Throws the original error when holding back cannot make a
 * valid bundle (a problem in the site settings, or one that other documents then trip over).
 */
export function validateHoldingBack(
  raw: unknown,
  lastGood: LastGood,
  held: Map<string, HeldDocument>,
  rounds = 3,
): { content: SiteContent; bundle: Bundle } {
  let bundle = raw as Bundle
  let first: ContractError | undefined
  for (let round = 0; ; round++) {
    try {
      return { content: validateSiteContent(bundle), bundle }
    } catch (error) {
      if (!(error instanceof ContractError)) throw error
      first ??= error
      const docs = documentsOf(error.problems)
      if (!docs || round === rounds) throw first
      for (const [id, d] of docs) {
        const known = held.get(id)
        if (known) known.lines.push(...d.lines.filter((l) => !known.lines.includes(l)))
        else held.set(id, { ...d, kept: 'previous' })
      }
      bundle = withPrevious(raw as Bundle, lastGood, held)
    }
  }
}

/** Each document (by `collection/slug`) whose contract shape shows one of these media files. */
export function documentsUsingMedia(
  content: SiteContent,
  filenames: Set<string>,
): Map<string, { collection: LinkableCollection; slug: string; files: string[] }> {
  const found = new Map<string, { collection: LinkableCollection; slug: string; files: string[] }>()
  const filesIn = (value: unknown, into: Set<string>): void => {
    if (Array.isArray(value)) for (const v of value) filesIn(v, into)
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>
      if (typeof obj.filename === 'string' && filenames.has(obj.filename)) into.add(obj.filename)
      for (const v of Object.values(obj)) filesIn(v, into)
    }
  }
  for (const [collection, info] of Object.entries(COLLECTIONS)) {
    for (const doc of ((content as unknown as Bundle)[info.key] as Doc[] | undefined) ?? []) {
      const files = new Set<string>()
      filesIn(doc, files)
      if (files.size > 0 && typeof doc.slug === 'string')
        found.set(`${collection}/${doc.slug}`, { collection: collection as LinkableCollection, slug: doc.slug, files: [...files] })
    }
  }
  return found
}

/** Holds back the documents that show an unavailable media file (the problem line names document, file and why). */
export function holdBackMedia(
  raw: Bundle,
  content: SiteContent,
  failed: Map<string, string>,
  lastGood: LastGood,
  held: Map<string, HeldDocument>,
): SiteContent {
  for (const [file, why] of failed) unavailable.set(file, why)
  const users = documentsUsingMedia(content, new Set(failed.keys()))
  const settingsFiles = new Set<string>()
  const inSettings = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(inSettings)
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>
      if (typeof obj.filename === 'string' && failed.has(obj.filename)) settingsFiles.add(obj.filename)
      Object.values(obj).forEach(inSettings)
    }
  }
  inSettings(content.settings)
  if (settingsFiles.size > 0 || users.size === 0) throw new Error([...failed.values()].join('\n')) // the site settings need it, or no document names it: nothing to hold back
  for (const [id, u] of users) {
    const label = COLLECTIONS[u.collection].label
    const lines = u.files.map((f) => `${label} "${u.slug}": ${failed.get(f) ?? f}`)
    const known = held.get(id)
    if (known) known.lines.push(...lines)
    else held.set(id, { collection: u.collection, slug: u.slug, lines, kept: 'previous' })
  }
  // A last live version that shows a file that cannot be fetched now is no fallback either.
  const usable = (doc: unknown) =>
    !JSON.stringify(doc)
      .match(/"filename":"([^"]*)"/g)
      ?.some((m) => unavailable.has(JSON.parse(`{${m}}`).filename))
  return validateHoldingBack(withPrevious(raw, lastGood, held, usable), lastGood, held, 0).content
}

/** Every media file that could not be fetched in this build (a last live version that shows one is left out too). */
const unavailable = new Map<string, string>()

/** What the build prints on stderr for the documents it held back; the receiver reads these lines back into problems. */
export function heldBackReport(held: Map<string, HeldDocument>): string {
  if (held.size === 0) return ''
  const out = ['Niet bijgewerkt: deze documenten konden niet in de site. De rest van de site is wel bijgewerkt.']
  for (const h of held.values()) {
    const instead =
      h.kept === 'previous' ? 'De vorige versie blijft op de site tot dit is opgelost.' : 'Het staat niet op de site tot dit is opgelost.'
    for (const line of h.lines) out.push(`  - ${line} ${instead}`)
  }
  return out.join('\n')
}
