import type { Field, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { KeyPickerSource } from '../components/KeyPicker/options.ts'
import { KEY_PICKER } from './keyPicker.ts'

/**
 * No reference in the content collections is a free-text key: every field that names another
 * document or a row of the same document is a relationship, a select shown by its labels, or a
 * text field with the key picker (components/KeyPicker). Checked on the real, sanitized config.
 */
let config: SanitizedConfig

beforeAll(async () => {
  process.env.PAYLOAD_SECRET ??= 'unit-test-secret-unit-test-secret-0123456'
  config = await (await import('../payload.config.ts')).default
}, 60_000)

type Found = { where: string; field: Field; siblings: Field[]; top: Field[] }

function walk(fields: Field[], where: string, top: Field[], out: Found[] = []): Found[] {
  for (const field of fields) {
    const here = 'name' in field && field.name ? `${where} › ${field.name}` : where
    out.push({ where: here, field, siblings: fields, top })
    if (field.type === 'array' || field.type === 'group' || field.type === 'collapsible' || field.type === 'row')
      walk(field.fields, here, top, out)
    if (field.type === 'blocks') for (const block of field.blocks ?? []) walk(block.fields, `${here} › ${block.slug}`, top, out)
    if (field.type === 'tabs') for (const tab of field.tabs) walk(tab.fields, here, top, out)
  }
  return out
}

/** The content collections: the ones with drafts that the site publishes. */
const contentFields = () =>
  config.collections.filter((c) => !c.slug.startsWith('payload-') && c.versions?.drafts).flatMap((c) => walk(c.fields, c.slug, c.fields))

/** Every field that refers to something else by its key or id, and how the editor chooses it. */
const REFERENCES: Record<string, 'picker' | 'relationship' | 'upload' | 'select'> = {
  'referral-trees › start': 'picker',
  'referral-trees › nodes › question › options › next': 'picker',
  'referral-trees › nodes › outcome › organisations': 'relationship',
  'assessments › questions › theme': 'picker',
  'assessments › questions › options › redFlagBand': 'picker',
  'tips › theme': 'select',
  'tips › offences': 'relationship',
  'checklists › offence': 'relationship',
}

/** Text fields that hold text the editor writes (titles, addresses, search words), not a reference. */
const FREE_TEXT =
  /› (title|question|label|text|slug|key|previousSlugs|searchTerms|url|href|alt|word|alternatives|phone|chatUrl|hours|name|credit|id|blockName|caption|buttonLabel|eyebrow|cta\w*|\w*Label|\w*Url)$/

const picker = (field: Field): KeyPickerSource | undefined => {
  const component = (field.admin as { components?: { Field?: { path?: string; clientProps?: { source?: KeyPickerSource } } } })?.components
    ?.Field
  return component?.path === KEY_PICKER ? component.clientProps?.source : undefined
}

describe('references in the content collections', () => {
  it('are chosen from a list, never typed as a key', () => {
    const fields = contentFields()
    const kinds = Object.fromEntries(
      fields
        .filter(({ where }) => where in REFERENCES)
        .map(({ where, field }) => [where, picker(field) ? 'picker' : field.type === 'text' ? 'free text' : field.type]),
    )
    for (const [where, kind] of Object.entries(REFERENCES)) expect(kinds[where] ?? `${where} is missing`, where).toBe(kind)
    // Every relationship, upload and key picker is listed above or is a relationship field anyway.
    const pickers = fields.filter(({ field }) => picker(field)).map(({ where }) => where)
    expect(pickers.sort()).toEqual(
      Object.entries(REFERENCES)
        .filter(([, kind]) => kind === 'picker')
        .map(([where]) => where)
        .sort(),
    )
  })

  it('leaves no other text field that could hold a key', () => {
    const loose = contentFields()
      .filter(({ field, where }) => field.type === 'text' && !picker(field) && !FREE_TEXT.test(where))
      .map(({ where }) => where)
    expect(loose).toEqual([])
  })

  it('shows every theme and sector by its Dutch name, not its key', () => {
    const selects = contentFields().filter(({ field, where }) => field.type === 'select' && /› (themes?|sectors?)$/.test(where))
    expect(selects.map(({ where }) => where)).toEqual(expect.arrayContaining(['tips › theme']))
    for (const { where, field } of selects) {
      if (field.type !== 'select') continue
      for (const option of field.options) {
        if (typeof option === 'string') throw new Error(`${where}: option "${option}" has no name`)
        const nl = (option.label as { nl?: string }).nl
        expect(nl, `${where} ${option.value}`).toBeTruthy()
        expect(nl, `${where} ${option.value}`).not.toBe(option.value)
      }
    }
  })

  it('lets each key picker choose from a list of rows with a key and a title in the same document', () => {
    for (const { where, field, top } of contentFields()) {
      const source = picker(field)
      if (!source) continue
      const list = top.find((f) => 'name' in f && f.name === source.list)
      expect(list?.type, `${where}: list ${source.list}`).toMatch(/^(array|blocks)$/)
      const rows: Field[][] =
        list?.type === 'array'
          ? [list.fields]
          : list?.type === 'blocks'
            ? list.blocks.filter((b) => !source.onlyKinds || source.onlyKinds.includes(b.slug)).map((b) => b.fields)
            : []
      for (const rowFields of rows) {
        const names = rowFields.map((f) => ('name' in f ? f.name : ''))
        expect(names, where).toContain('key')
        expect(
          source.titles.some((title) => names.includes(title)),
          `${where}: ${source.titles.join('/')}`,
        ).toBe(true)
      }
    }
  })
})
