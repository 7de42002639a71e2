import type { BlockNode, InlineNode, LinkableCollection, RichText } from '@hp/content-schemas'

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same bundle on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Everyday Dutch (B1) words, so pagefind's stemming and index sizes behave like the real site's.
const WORDS = (
  'de het een en van in is dat op te met voor niet zijn er aan ook als bij om hulp helpen steun ' +
  'slachtoffer naaste vriend vriendin buurman moeder vader kind school werk huisarts politie aangifte ' +
  'inbraak oplichting fraude geweld stalking ongeval verdriet schrik boosheid angst slapen praten luisteren ' +
  'vragen rust tijd dagen weken gesprek verhaal veilig thuis samen alleen eerste later soms vaak goed ' +
  'moeilijk normaal gevoel lichaam zorg grenzen energie advies informatie organisatie telefoon afspraak ' +
  'leerling cliënt medewerker team leidinggevende signalen reactie nazorg stappen plan schadevergoeding ' +
  'rechten strafproces herstel schuld schaamte familie relatie stress zelfzorg kunt kun wilt weet'
).split(' ')

// Compounds built from Dutch syllables make the long tail of the vocabulary ("schoolzorgplan",
// "buurthulplijn"): real text has many rare words, and pagefind's index size and query cost depend on it.
const SYLLABLES = (
  'be ver ont ge zorg hulp steun school werk huis arts kind ouder buurt vriend schap heid ing lijk baar plan ' +
  'gesprek raad dienst melding recht geld schade angst slaap rust team leer ling over na voor op door wijk ' +
  'stad dorp bureau punt lijn tijd dag nacht week'
).split(' ')
const VOCABULARY = 20_000

/** The k-th word of the long tail: two or three syllables spelled from k's digits in base SYLLABLES.length. */
export function rareWord(k: number): string {
  const n = SYLLABLES.length
  const parts = [SYLLABLES[k % n], SYLLABLES[Math.floor(k / n) % n]]
  if (k >= n * n) parts.push(SYLLABLES[Math.floor(k / (n * n)) % n])
  return parts.join('')
}

/** A word: about half from the everyday list, the rest log-uniformly (≈ Zipf) from the long tail. */
function word(rand: () => number): string {
  return rand() < 0.55 ? pick(rand, WORDS) : rareWord(Math.floor(VOCABULARY ** rand()) - 1)
}

/** Picks one element; `list` must not be empty. */
export function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T
}

/** A whole number in [min, max]. */
export function int(rand: () => number, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1))
}

/** A sentence of 8–18 words (B1: about 15), capitalised, with a full stop. */
export function sentence(rand: () => number, min = 8, max = 18): string {
  const words = Array.from({ length: int(rand, min, max) }, () => word(rand))
  const text = words.join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

/** A title of 3–7 words without a full stop. */
export function title(rand: () => number): string {
  return sentence(rand, 3, 7).slice(0, -1)
}

/** A summary of one or two sentences, at most 300 characters. */
export function summary(rand: () => number): string {
  const s = rand() < 0.5 ? sentence(rand) : `${sentence(rand, 6, 12)} ${sentence(rand, 6, 12)}`
  return s.slice(0, 300).trim()
}

/** A link target the generator knows to exist. */
export type LinkTarget = { collection: LinkableCollection; slug: string }

function paragraph(rand: () => number, targets: readonly LinkTarget[]): InlineNode[] {
  const out: InlineNode[] = []
  const n = int(rand, 2, 5)
  for (let i = 0; i < n; i++) {
    const r = rand()
    if (r < 0.15) out.push({ type: 'text', text: `${sentence(rand, 3, 6)} `, bold: true })
    else if (r < 0.3 && targets.length > 0)
      out.push(
        { type: 'link', ref: pick(rand, targets), children: [{ type: 'text', text: title(rand).toLowerCase() }] },
        { type: 'text', text: '. ' },
      )
    else out.push({ type: 'text', text: `${sentence(rand)} ` })
  }
  return out
}

/**
 * Rich text of `blocks` blocks: mostly paragraphs, with a level-2 heading, a list and now and then a
 * quote, and internal links only to `targets` (so every reference resolves).
 */
export function richText(rand: () => number, blocks: number, targets: readonly LinkTarget[] = []): RichText {
  const out: BlockNode[] = [{ type: 'paragraph', children: paragraph(rand, targets) }]
  for (let i = 1; i < blocks; i++) {
    const r = rand()
    if (r < 0.15) out.push({ type: 'heading', level: 2, children: [{ type: 'text', text: title(rand) }] })
    else if (r < 0.3)
      out.push({
        type: 'list',
        ordered: rand() < 0.3,
        items: Array.from({ length: int(rand, 2, 5) }, () => [{ type: 'text' as const, text: sentence(rand, 4, 10) }]),
      })
    else if (r < 0.35) out.push({ type: 'quote', children: [{ type: 'text', text: sentence(rand) }] })
    else out.push({ type: 'paragraph', children: paragraph(rand, targets) })
  }
  return out
}
