/**
 * Likely personal data in a shared tip or experience, for the moderator: names (and places),
 * e-mail addresses, phone numbers, postcodes and street names. Dutch heuristics on purpose
 * generous: a false alarm costs the moderator a glance, a miss could put a victim's name online.
 * Pure: text in, flags out (tested in personalData.test.ts).
 */

export const PERSONAL_DATA_KINDS = ['naam', 'e-mail', 'telefoon', 'postcode', 'straat'] as const
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number]

/** How the admin names each kind. */
export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, string> = {
  naam: 'Mogelijke naam of plaats',
  'e-mail': 'E-mailadres',
  telefoon: 'Telefoonnummer',
  postcode: 'Postcode',
  straat: 'Straatnaam of adres',
}

export interface PersonalDataFlag {
  kind: PersonalDataKind
  /** The words as they stand in the text. */
  text: string
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu
// 06-12345678, 06 1234 5678, 020-123 45 67, +31 6 12345678, 0031 20 1234567: a leading 0, +31
// or 0031 and nine more digits, with spaces, hyphens, dots or brackets between them.
const PHONE = /(?<![\p{N}])(?:\+31|0031|0)(?:[\s\-.()]{0,2}\p{N}){9}(?![\p{N}])/gu
// 1234 AB or 1234AB (capitals), or 1234ab written together: "in 2019 we" is not a postcode.
const POSTCODE = /(?<![\p{L}\p{N}])[1-9]\p{N}{3}(?: ?[A-Z]{2}|[a-z]{2})(?![\p{L}\p{N}])/gu
const STREET_SUFFIXES =
  'straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|pad|dreef|plantsoen|markt|hof|wal|burgwal|haven|park|erf|baan|veld|dam'
// A word ending in a street suffix, with a house number after it ("Dorpsstraat 12a") or written
// with a capital ("de Dorpsstraat"); the bare suffix ("de weg", "het park") is no street name.
const STREET = new RegExp(
  `(?<![\\p{L}])(?:\\p{Lu}\\p{L}+(?:${STREET_SUFFIXES})(?:\\s+\\p{N}{1,4}\\s?[a-zA-Z]?(?![\\p{L}\\p{N}]))?|\\p{L}+(?:${STREET_SUFFIXES})\\s+\\p{N}{1,4}[a-zA-Z]?(?![\\p{L}\\p{N}]))`,
  'gu',
)
/** Words ending like a street that are everyday words. */
const NOT_STREETS = new Set(['onderweg', 'halfweg', 'halverwege', 'zijweg', 'achterweg', 'voorhof', 'kerkhof', 'ziekenhof'])

// A word with a capital then lower-case letters (acronyms such as GGZ or PTSS are no names).
const CAPITALISED = /(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*(?![\p{L}\p{N}])/gu

/** Capitalised words that are rarely personal: days, months, holidays, the organisation, apps. */
const COMMON_CAPITALISED = new Set(
  [
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
    'januari februari maart april mei juni juli augustus september oktober november december',
    'kerst kerstmis pasen pinksteren sinterklaas oud nieuw koningsdag god allah',
    'nederland nederlands nederlandse holland europa',
    'slachtofferhulp politie justitie huisarts ggz veilig thuis whatsapp facebook instagram google tiktok youtube',
    'helpers professionals voor de het een ik u je jij hij zij wij we ze mijn jouw uw',
  ]
    .join(' ')
    .split(' '),
)

/**
 * Common Dutch first names: flagged at the start of a sentence too, where any word has a capital.
 * (Mid-sentence, every capitalised word is flagged anyway.)
 */
const FIRST_NAMES = new Set(
  [
    'anna emma julia sophie eva lisa sanne fleur lotte anne linda marieke ingrid petra monique sandra esther',
    'mirjam annemiek karin wendy ilse maria fatima aisha yasmina noor sara',
    'jan piet kees henk gerrit johan peter mark erik thomas daan sem lucas levi bram tim tom joost bas',
    'jeroen martijn sander dennis kevin mohammed mohamed ahmed ali youssef hassan',
  ]
    .join(' ')
    .split(' '),
)

/** Whether the word at `index` starts a sentence (the text's start, or after . ! ? : or a new line). */
function startsSentence(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/[\s"'“‘(«-]+$/u, '')
  return before === '' || /[.!?:…\n]$/u.test(before) || /\n\s*$/u.test(text.slice(0, index))
}

function* matches(re: RegExp, text: string): Generator<{ text: string; index: number }> {
  for (const m of text.matchAll(re)) yield { text: m[0].trim(), index: m.index ?? 0 }
}

/** Every likely piece of personal data in `text`, each once per kind, in the order they appear. */
export function findPersonalData(text: string): PersonalDataFlag[] {
  const found: (PersonalDataFlag & { index: number })[] = []
  /** Character ranges already explained by a stronger pattern (an address is not also a name). */
  const taken: [number, number][] = []
  const free = (index: number, length: number) => !taken.some(([a, b]) => index < b && index + length > a)
  const add = (kind: PersonalDataKind, m: { text: string; index: number }) => {
    found.push({ kind, text: m.text, index: m.index })
    taken.push([m.index, m.index + m.text.length])
  }

  for (const m of matches(EMAIL, text)) add('e-mail', m)
  for (const m of matches(PHONE, text)) if (free(m.index, m.text.length)) add('telefoon', m)
  for (const m of matches(POSTCODE, text)) if (free(m.index, m.text.length)) add('postcode', m)
  for (const m of matches(STREET, text)) {
    const word = m.text.split(/\s/)[0]?.toLowerCase() ?? ''
    if (!NOT_STREETS.has(word) && free(m.index, m.text.length)) add('straat', m)
  }
  for (const m of matches(CAPITALISED, text)) {
    if (!free(m.index, m.text.length)) continue
    const lower = m.text.toLowerCase()
    if (COMMON_CAPITALISED.has(lower)) continue
    if (startsSentence(text, m.index) && !FIRST_NAMES.has(lower)) continue
    add('naam', m)
  }

  const seen = new Set<string>()
  return found
    .sort((a, b) => a.index - b.index)
    .filter((f) => {
      const key = `${f.kind}:${f.text.toLowerCase()}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .map(({ kind, text: t }) => ({ kind, text: t }))
}
