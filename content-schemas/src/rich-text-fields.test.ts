import { expect, it } from 'vitest'
import type { z } from 'zod'
import { COLLECTIONS } from './collections.ts'
import { BlockNodeSchema } from './rich-text.ts'
import { richTextFieldsOf } from './rich-text-fields.ts'
import { siteContentExample } from './site-content.examples.ts'
import { SiteContentSchema } from './site-content.ts'

/** Paths of every rich-text field the schema declares, like `checklists[].sections[].items[].body`. */
function richTextPaths(schema: z.core.$ZodType, path: string): string[] {
  const def = schema._zod.def
  switch (def.type) {
    case 'array': {
      const element = (def as z.core.$ZodArrayDef).element
      return element === BlockNodeSchema ? [path] : richTextPaths(element, `${path}[]`)
    }
    case 'object':
      return Object.entries((def as z.core.$ZodObjectDef).shape).flatMap(([key, s]) =>
        richTextPaths(s, path === '' ? key : `${path}.${key}`),
      )
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return richTextPaths((def as z.core.$ZodOptionalDef).innerType, path)
    case 'union':
      return [...new Set((def as z.core.$ZodUnionDef).options.flatMap((o) => richTextPaths(o, path)))]
    case 'pipe':
      return [...richTextPaths((def as z.core.$ZodPipeDef).in, path), ...richTextPaths((def as z.core.$ZodPipeDef).out, path)]
    default:
      return []
  }
}

it('finds the rich-text fields of a small object', () => {
  expect(richTextPaths(SiteContentSchema.shape.checklists, 'checklists')).toEqual([
    'checklists[].intro',
    'checklists[].sections[].items[].body',
  ])
})

it('richTextFieldsOf visits every rich-text field the contract declares', () => {
  const content = SiteContentSchema.parse(siteContentExample)
  const keyOf = Object.fromEntries(Object.entries(COLLECTIONS).map(([collection, { key }]) => [collection, key]))
  const visited = richTextFieldsOf(content).map((f) => `${keyOf[f.collection]}[].${f.path.replace(/\[\d+\]/g, '[]')}`)
  expect(new Set(visited)).toEqual(new Set(richTextPaths(SiteContentSchema, '')))
})

it('names the document and field of each rich-text field', () => {
  const content = SiteContentSchema.parse(siteContentExample)
  expect(
    richTextFieldsOf(content)
      .slice(0, 3)
      .map((f) => `${f.label}: ${f.path}`),
  ).toEqual(['Checklist "fraude": intro', 'Checklist "fraude": sections[0].items[0].body', 'Checklist "fraude": sections[0].items[1].body'])
})
