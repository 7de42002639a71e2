import { nl as payloadNl } from '@payloadcms/translations/languages/nl'
import type { Field, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The admin speaks Dutch and shows dates as dd-mm-jjjj: checked on the real, sanitized Payload
 * config (what the admin renders), over every collection and global of this project.
 */
let config: SanitizedConfig

beforeAll(async () => {
  process.env.PAYLOAD_SECRET ??= 'unit-test-secret-unit-test-secret-0123456'
  config = await (await import('../payload.config.ts')).default
}, 60_000)

type Found = { where: string; field: Field }

const shown = (field: Field) => {
  const admin = (field.admin ?? {}) as { hidden?: boolean; disabled?: boolean }
  return !('hidden' in field && field.hidden) && !admin.hidden && !admin.disabled
}

/** Every field the admin shows, with a readable path ("referral-trees › nodes › question › options"). */
function walk(fields: Field[], where: string, out: Found[] = []): Found[] {
  for (const field of fields) {
    if (!shown(field)) continue
    const here = 'name' in field && field.name ? `${where} › ${field.name}` : where
    out.push({ where: here, field })
    if (field.type === 'array' || field.type === 'group' || field.type === 'collapsible' || field.type === 'row')
      walk(field.fields, here, out)
    if (field.type === 'blocks') for (const block of field.blocks ?? []) walk(block.fields, `${here} › ${block.slug}`, out)
    if (field.type === 'tabs') for (const tab of field.tabs) walk(tab.fields, here, out)
  }
  return out
}

const ownFields = () => [
  ...config.collections.filter((c) => !c.slug.startsWith('payload-')).flatMap((c) => walk(c.fields, c.slug)),
  ...config.globals.flatMap((g) => walk(g.fields, g.slug)),
]

const dutch = (label: unknown): string | undefined =>
  label && typeof label === 'object' && 'nl' in label && typeof label.nl === 'string' ? label.nl : undefined

describe('the admin config', () => {
  it('shows and reads dates as dd-mm-jjjj, in Amsterdam time', () => {
    expect(config.admin.dateFormat).toBe('dd-MM-yyyy HH:mm')
    expect(config.admin.timezones.defaultTimezone).toBe('Europe/Amsterdam')
    const dates = ownFields().filter(({ field }) => field.type === 'date')
    expect(dates.length).toBeGreaterThan(5)
    for (const { where, field } of dates) {
      if (field.type !== 'date') continue
      const date = field.admin?.date
      if (where.endsWith('createdAt') || where.endsWith('updatedAt')) continue
      expect(date?.displayFormat ?? `${where}: no displayFormat`, where).toMatch(
        date?.pickerAppearance === 'timeOnly' ? /^HH:mm$/ : /^dd-MM-yyyy( HH:mm(:ss)?)?$/,
      )
      expect(date?.pickerAppearance, where).not.toBe('default')
    }
    const issueDate = ownFields().find(({ where }) => where === 'newsletter-issues › date')?.field
    expect(issueDate?.type === 'date' && issueDate.admin?.date?.displayFormat).toBe('dd-MM-yyyy')
  })

  it('names every array and blocks row in Dutch ("Antwoord toevoegen", not "Voeg Option toe")', () => {
    const lists = ownFields().filter(({ field }) => field.type === 'array' || field.type === 'blocks')
    expect(lists.length).toBeGreaterThan(10)
    const missing = lists
      .filter(({ field }) => {
        const labels = 'labels' in field ? field.labels : undefined
        return !dutch(labels?.singular) || !dutch(labels?.plural)
      })
      .map(({ where }) => where)
    expect(missing).toEqual([])
  })

  it('labels every select and radio option in Dutch, roles included', () => {
    const untranslated: string[] = []
    for (const { where, field } of ownFields()) {
      if (field.type !== 'select' && field.type !== 'radio') continue
      if (where.endsWith('_status')) continue // Payload's own, translated by Payload.
      for (const option of field.options) {
        if (typeof option === 'string' || !dutch(option.label)) untranslated.push(`${where}: ${JSON.stringify(option)}`)
      }
    }
    expect(untranslated).toEqual([])
    const role = ownFields().find(({ where }) => where === 'users › role')?.field
    const roles = role?.type === 'select' ? role.options.map((o) => (typeof o === 'string' ? o : dutch(o.label))) : []
    expect(roles).toEqual(['Beheerder', 'Eindredacteur (mag publiceren)', 'Redacteur (schrijft concepten)', 'Site-bouwer (API-sleutel)'])
    const theme = ownFields().find(({ where }) => where === 'tips › theme')?.field
    const een = theme?.type === 'select' ? theme.options.find((o) => typeof o !== 'string' && o.value === 'een-kind-helpen') : undefined
    expect(een && typeof een !== 'string' && dutch(een.label)).toBe('Een kind helpen')
  })

  it('replaces the Dutch texts Payload leaves half-translated', () => {
    const nl = (config.i18n.translations as Record<string, Record<string, Record<string, string>>>).nl ?? {}
    expect(Object.keys(nl)).toContain('general')
    expect(nl.general?.payloadSettings).toBe('Instellingen')
    expect(nl.general?.createNewLabel).toBe('Nieuw: {{label}}')
    expect(nl.version?.unpublishedSuccessfully).toBe('Publicatie ingetrokken.')
    expect(nl.fields?.addLabel).toBe('{{label}} toevoegen')
    // What the admin shows: Payload's Dutch with these corrections laid over it.
    const shown = Object.entries(payloadNl.translations).flatMap(([section, texts]) =>
      Object.entries(texts as Record<string, string>).map(([key, text]) => nl[section]?.[key] ?? text),
    )
    const leftovers = shown.filter((text) => /\(e\)|[Ss]uccesvol|Payload [A-Z]|\b[Jj]e\b|\b[Jj]ouw\b|You are|Bulk/.test(text))
    expect(leftovers).toEqual([])
  })

  it('labels tree nodes and rows by their content, not "Zonder titel"', () => {
    const nodes = ownFields().find(({ where }) => where === 'referral-trees › nodes')?.field
    expect(nodes?.type).toBe('blocks')
    if (nodes?.type !== 'blocks') return
    for (const block of nodes.blocks) {
      expect(block.admin?.disableBlockName, block.slug).toBe(true)
      expect(block.admin?.components?.Label, block.slug).toMatchObject({ path: '/components/RowLabel.tsx#BlockRowLabel' })
    }
  })
})
