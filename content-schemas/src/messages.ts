import type { z } from 'zod'

/**
 * Dutch validation messages for editors (taalniveau B1): what is wrong and how to fix it, one
 * idea per sentence. Editors see them on the field in the CMS and in the site-build report.
 */

/** A field that must not be empty. */
export const FILL_IN = 'Vul dit veld in.'

/** At most `max` characters. */
export const maxChars = (max: number) => `Gebruik niet meer dan ${max} tekens.`

/** An absolute http(s) URL. */
export const FULL_URL = 'Vul een volledig webadres in dat begint met https://'

/** A phone number as the site shows it. */
export const PHONE = 'Gebruik alleen cijfers, spaties en + ( ) -, zoals "0900 0101".'

/** A list that needs at least one platform. */
export const PLATFORMS = 'Kies minstens één platform.'

/** A list that needs at least one entry: `atLeastOne('vraag')` → `Voeg minstens één vraag toe.` */
export const atLeastOne = (what: string) => `Voeg minstens één ${what} toe.`

/**
 * A key (id) that appears more than once: `duplicateKey('Vraag', 'q1', 'elke vraag')` →
 * `Vraag "q1" staat er meer dan één keer in. Geef elke vraag een eigen sleutel.`
 */
export const duplicateKey = (noun: string, id: string, each: string, key = 'sleutel') =>
  `${noun} "${id}" staat er meer dan één keer in. Geef ${each} een eigen ${key}.`

const quoted = (values: readonly unknown[]) => values.map((v) => `"${String(v)}"`).join(', ')

const WRONG = 'Dit veld is niet goed ingevuld.'

/** What to fill in when a value has the wrong type (the CMS normally prevents these). */
const TYPE: Record<string, string> = {
  string: 'Vul hier tekst in.',
  number: 'Vul een getal in.',
  int: 'Vul een heel getal in, zonder komma.',
  boolean: 'Kies ja of nee.',
  array: 'Hier hoort een lijst.',
  object: 'Dit onderdeel is niet goed ingevuld.',
  date: 'Vul een datum in.',
}

/** Examples per text format (zod `invalid_format`). */
const FORMAT: Record<string, string> = {
  url: FULL_URL,
  email: 'Vul een e-mailadres in, zoals naam@voorbeeld.nl.',
  date: 'Vul een datum in zoals 2026-11-05.',
  datetime: 'Vul een datum en tijd in zoals 2026-11-05T09:30:00Z.',
}

function tooSmall(issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooSmall>): string {
  const min = Number(issue.minimum)
  if (issue.origin === 'string') return min <= 1 ? FILL_IN : `Gebruik minstens ${min} tekens.`
  if (issue.origin === 'array' || issue.origin === 'set') return min <= 1 ? 'Voeg er minstens één toe.' : `Voeg er minstens ${min} toe.`
  if (issue.origin === 'number' || issue.origin === 'int') {
    return issue.inclusive ? `Vul een getal in van ${min} of meer.` : `Vul een getal in dat groter is dan ${min}.`
  }
  return WRONG
}

function tooBig(issue: z.core.$ZodRawIssue<z.core.$ZodIssueTooBig>): string {
  const max = Number(issue.maximum)
  if (issue.origin === 'string') return maxChars(max)
  if (issue.origin === 'array' || issue.origin === 'set') return `Er mogen er niet meer dan ${max} zijn.`
  if (issue.origin === 'number' || issue.origin === 'int') {
    return issue.inclusive ? `Vul een getal in van ${max} of minder.` : `Vul een getal in dat kleiner is dan ${max}.`
  }
  return WRONG
}

function invalidFormat(issue: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidStringFormat>): string {
  if (issue.format === 'starts_with' && 'prefix' in issue) return `Begin met "${String(issue.prefix)}".`
  if (issue.format === 'ends_with' && 'suffix' in issue) return `Eindig met "${String(issue.suffix)}".`
  return FORMAT[issue.format] ?? WRONG
}

/**
 * zod's built-in messages in plain Dutch, for every issue code. Pass it per parse
 * (`schema.safeParse(data, { error: dutchErrorMap })`, or use `safeParseContract`): no global
 * `z.config`, so importing the contract changes nothing for other zod users.
 * Messages set on a schema (`.min(1, FILL_IN)`, `refine(…, message)`) take precedence over it.
 * zod's own Dutch locale is not used: it speaks of "string", "key" and ">=1 tekens".
 */
export const dutchErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return FILL_IN
      return TYPE[issue.expected] ?? WRONG
    case 'too_small':
      return tooSmall(issue)
    case 'too_big':
      return tooBig(issue)
    case 'invalid_format':
      return invalidFormat(issue)
    case 'invalid_value':
      return issue.values.length === 1 ? `Vul hier "${String(issue.values[0])}" in.` : `Kies een van deze: ${quoted(issue.values)}.`
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? `Het veld "${issue.keys[0]}" hoort hier niet. Haal het weg.`
        : `De velden ${quoted(issue.keys)} horen hier niet. Haal ze weg.`
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) return `Kies een soort: ${quoted(issue.options)}.`
      return WRONG
    case 'not_multiple_of':
      return `Vul een getal in dat deelbaar is door ${String(issue.divisor)}.`
    default:
      return WRONG
  }
}

/** `schema.safeParse(data)` with the Dutch messages: use it wherever the contract parses content. */
export function safeParseContract<S extends z.ZodType>(schema: S, data: unknown): z.ZodSafeParseResult<z.infer<S>> {
  return schema.safeParse(data, { error: dutchErrorMap })
}
