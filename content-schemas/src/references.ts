import type { z } from 'zod'
import { COLLECTIONS, type CollectionKey, collectionDocLabel, missingDocMessage, SITE_SETTINGS_LABEL } from './collections.ts'
import type { DocRef } from './common.ts'
import { ContractError, formatIssues } from './errors.ts'
import { safeParseContract } from './messages.ts'
import { contentTypes } from './registry.ts'
import { richTextRefs } from './rich-text.ts'
import { richTextFieldsOf } from './rich-text-fields.ts'
import { type SiteContent, SiteContentSchema } from './site-content.ts'
import { validateTree } from './tree.ts'
import { CONTENT_TYPE_SLUGS } from './urls.ts'

/** Reports a second document using a slug: per collection, and per platform for pages (each platform has a `home`). */
function duplicateSlugs(content: SiteContent): string[] {
  const lines: string[] = []
  for (const collection of CONTENT_TYPE_SLUGS) {
    const { key, noun, article } = COLLECTIONS[collection]
    const each = article === 'de' ? 'elke' : 'elk'
    const first = new Map<string, number>()
    content[key].forEach((doc, i) => {
      const platform = key === 'pages' && 'platform' in doc ? doc.platform : undefined
      const id = platform === undefined ? doc.slug : `${platform}/${doc.slug}`
      const at = first.get(id)
      if (at === undefined) first.set(id, i)
      else {
        const where = platform === undefined ? '' : ` op platform "${platform}"`
        lines.push(
          `${collectionDocLabel(collection, doc, i)}: slug: Nog een ${noun}${where} heeft de slug "${doc.slug}" (${key}[${at}]). Geef ${each} ${noun} een eigen slug.`,
        )
      }
    })
  }
  return lines
}

/** Reports a checklist whose slug is not its offence, and a second checklist for one offence. */
function checklistPerOffence(content: SiteContent): string[] {
  const lines: string[] = []
  const first = new Map<string, number>()
  content.checklists.forEach((c, i) => {
    const label = collectionDocLabel('checklists', c, i)
    if (c.slug !== c.offence) lines.push(`${label}: slug: Gebruik dezelfde slug als het delict: "${c.offence}".`)
    const at = first.get(c.offence)
    if (at === undefined) first.set(c.offence, i)
    else
      lines.push(
        `${label}: offence: Delict "${c.offence}" heeft al een checklist (checklists[${at}]). Een delict heeft maar één checklist.`,
      )
  })
  return lines
}

/**
 * Checks every reference across the bundle: document fields naming other documents, rich-text
 * links, newsletter items, duplicate slugs, one checklist per offence and every referral tree's
 * graph. Returns one readable line per problem, naming document and field:
 * `Checklist "fraude": relatedTips[1]: Er is geen gepubliceerde tip "xyz". …`. An empty list means all is well.
 */
export function checkReferences(content: SiteContent): string[] {
  const slugs = new Map(
    CONTENT_TYPE_SLUGS.map((c) => [c, new Set((content[COLLECTIONS[c].key] as readonly { slug: string }[]).map((d) => d.slug))]),
  )
  const lines = [...duplicateSlugs(content), ...checklistPerOffence(content)]
  const check = (label: string, path: string, ref: DocRef, what: 'link' | 'verwijzing' = 'verwijzing') => {
    const prefix = what === 'link' ? 'Een link werkt niet. ' : ''
    if (!COLLECTIONS[ref.collection].linkable) {
      const { noun } = COLLECTIONS[ref.collection]
      lines.push(`${label}: ${path}: ${prefix}U kunt niet linken naar een ${noun}. Haal de ${what} weg.`)
    } else if (!slugs.get(ref.collection)?.has(ref.slug)) lines.push(`${label}: ${path}: ${prefix}${missingDocMessage(ref, what)}`)
  }

  // Every document's references, per content type (each type's `refs` in registry.ts).
  for (const type of contentTypes()) {
    for (const [i, doc] of (content[type.key as CollectionKey] as readonly { slug: string }[]).entries()) {
      const label = collectionDocLabel(type.slug, doc, i)
      for (const [path, ref] of type.refs(doc)) check(label, path, ref)
    }
  }
  for (const [i, t] of content.referralTrees.entries()) {
    const label = collectionDocLabel('referral-trees', t, i)
    for (const problem of validateTree(t)) lines.push(`${label}: ${problem.message}`)
  }
  for (const field of richTextFieldsOf(content)) {
    for (const ref of richTextRefs(field.value)) check(field.label, field.path, ref, 'link')
  }
  return lines
}

/** Throws a `ContractError` listing every broken reference `checkReferences` finds. */
export function assertReferences(content: SiteContent): void {
  const problems = checkReferences(content)
  if (problems.length > 0) throw new ContractError(problems)
}

/**
 * The bundle check the site build runs before Astro, and the CMS runs on every write that changes
 * what is published: the SiteContent contract, then every reference. Throws a `ContractError`
 * listing every problem; returns the parsed bundle (defaults applied) when all is well.
 */
export function validateSiteContent(raw: unknown): SiteContent {
  const result = safeParseContract(SiteContentSchema, raw)
  if (!result.success) throw new ContractError(bundleIssueLines(raw, result.error.issues))
  assertReferences(result.data)
  return result.data
}

const COLLECTION_BY_KEY = new Map(CONTENT_TYPE_SLUGS.map((c) => [COLLECTIONS[c].key as string, c]))

/**
 * One line per contract issue of the whole bundle, named after the document it is in, as the
 * CMS names it (`Checklist "fraude": title: Vul dit veld in.`), so an editor can find it; issues
 * outside any document keep the bundle's name (`Site-inhoud: version: …`).
 */
function bundleIssueLines(raw: unknown, issues: readonly z.core.$ZodIssue[]): string[] {
  const bundle = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  return issues.flatMap((issue) => {
    const [key, index] = issue.path
    const collection = typeof key === 'string' ? COLLECTION_BY_KEY.get(key) : undefined
    if (collection && typeof index === 'number') {
      const list = bundle[key as string]
      const doc = Array.isArray(list) ? list[index] : undefined
      return formatIssues(collectionDocLabel(collection, doc, index), [{ ...issue, path: issue.path.slice(2) }])
    }
    if (key === 'settings' && issue.path.length > 1) return formatIssues(SITE_SETTINGS_LABEL, [{ ...issue, path: issue.path.slice(1) }])
    return formatIssues('Site-inhoud', [issue])
  })
}
