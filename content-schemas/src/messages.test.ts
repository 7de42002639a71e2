import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { FILL_IN, FULL_URL, safeParseContract } from './messages.ts'

/** The message of the first issue when `schema` rejects `data` (parsed the way the contract parses). */
function message(schema: z.ZodType, data: unknown): string | undefined {
  const result = safeParseContract(schema, data)
  return result.success ? undefined : result.error.issues[0]?.message
}

describe('dutchErrorMap: zod built-in messages in plain Dutch', () => {
  it('asks to fill in a missing or empty field', () => {
    const schema = z.object({ title: z.string(), items: z.array(z.string()) })
    expect(message(schema, {})).toBe(FILL_IN)
    expect(message(schema, { title: null, items: [] })).toBe(FILL_IN)
    expect(message(z.string().min(1), '')).toBe(FILL_IN)
  })

  it('says which kind of value belongs in the field', () => {
    expect(message(z.string(), 42)).toBe('Vul hier tekst in.')
    expect(message(z.number(), 'tien')).toBe('Vul een getal in.')
    expect(message(z.number().int(), 1.5)).toBe('Vul een heel getal in, zonder komma.')
    expect(message(z.boolean(), 'ja')).toBe('Kies ja of nee.')
    expect(message(z.array(z.string()), 'a')).toBe('Hier hoort een lijst.')
  })

  it('names lengths and limits in words', () => {
    expect(message(z.string().min(3), 'ab')).toBe('Gebruik minstens 3 tekens.')
    expect(message(z.string().max(5), 'zes tekens')).toBe('Gebruik niet meer dan 5 tekens.')
    expect(message(z.array(z.string()).min(1), [])).toBe('Voeg er minstens één toe.')
    expect(message(z.array(z.string()).min(2), ['a'])).toBe('Voeg er minstens 2 toe.')
    expect(message(z.array(z.string()).max(3), ['a', 'b', 'c', 'd'])).toBe('Er mogen er niet meer dan 3 zijn.')
    expect(message(z.number().min(0), -1)).toBe('Vul een getal in van 0 of meer.')
    expect(message(z.number().positive(), 0)).toBe('Vul een getal in dat groter is dan 0.')
    expect(message(z.number().max(100), 101)).toBe('Vul een getal in van 100 of minder.')
  })

  it('gives an example for web addresses, dates and e-mail addresses', () => {
    expect(message(z.url(), 'www.example.nl')).toBe(FULL_URL)
    expect(message(z.iso.date(), '5 november')).toBe('Vul een datum in zoals 2026-11-05.')
    expect(message(z.email(), 'naam@')).toBe('Vul een e-mailadres in, zoals naam@voorbeeld.nl.')
  })

  it('lists the choices', () => {
    expect(message(z.enum(['helpers', 'professionals']), 'iedereen')).toBe('Kies een van deze: "helpers", "professionals".')
    expect(message(z.literal(1), 2)).toBe('Vul hier "1" in.')
    const node = z.discriminatedUnion('type', [z.object({ type: z.literal('question') }), z.object({ type: z.literal('outcome') })])
    expect(message(node, { type: 'stap' })).toBe('Kies een soort: "question", "outcome".')
  })

  it('names fields that do not belong', () => {
    expect(message(z.strictObject({ a: z.string() }), { a: 'x', b: 1 })).toBe('Het veld "b" hoort hier niet. Haal het weg.')
    expect(message(z.strictObject({}), { b: 1, c: 2 })).toBe('De velden "b", "c" horen hier niet. Haal ze weg.')
  })

  it('keeps a message set on the schema', () => {
    expect(message(z.string().min(1, 'Vul een titel in.'), '')).toBe('Vul een titel in.')
  })

  it('leaves zod itself alone: a parse without the map stays as zod wrote it', () => {
    expect(z.string().safeParse(42).error?.issues[0]?.message).toMatch(/expected string/)
  })
})
