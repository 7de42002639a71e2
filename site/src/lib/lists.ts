import {
  type Checklist,
  type Ervaring,
  type Offence,
  type Platform,
  SECTOR_NAMES,
  type Sector,
  type Signal,
  type StepPlan,
  signalsInGuideOrder,
  THEME_NAMES,
  type Theme,
  type Tip,
  type Video,
} from '@hp/content-schemas'

/**
 * What the list pages show, in which order: pure functions of the content bundle, so one order
 * serves page 1, page 2, the theme and sector pages and their tests.
 */

const THEME_ORDER = Object.keys(THEME_NAMES) as Theme[]

/**
 * Shared computed lists: a list page, and the layout of every page, asks for the same derived list
 * (a platform's tips in theme order, the sectors that have step plans) once per page. The build's
 * bundle is one object for the whole build, so each result is kept per input array (and key) and
 * computed once per build instead of once per page (at 5,000 documents: ~450 list pages, each of
 * which sorted all 2,750 tips again). Results are frozen: a caller cannot change the shared copy.
 */
function memo<A extends object, R>(compute: (input: A, key: string) => R): (input: A, key?: string) => R {
  const cache = new WeakMap<A, Map<string, R>>()
  return (input, key = '') => {
    let byKey = cache.get(input)
    if (!byKey) {
      byKey = new Map()
      cache.set(input, byKey)
    }
    if (!byKey.has(key)) {
      const result = compute(input, key)
      byKey.set(key, Array.isArray(result) ? (Object.freeze(result) as R) : result)
    }
    return byKey.get(key) as R
  }
}
const SECTOR_ORDER = Object.keys(SECTOR_NAMES) as Sector[]

/** A platform's tips, theme by theme in the overview's theme order; within a theme as the CMS delivers them. */
export const tipsForList = (tips: readonly Tip[], platform: Platform): readonly Tip[] => tipsForListMemo(tips, platform)
const tipsForListMemo = memo((tips: readonly Tip[], platform: string): readonly Tip[] => {
  const rank = new Map(THEME_ORDER.map((th, i) => [th as string, i]))
  // Array.prototype.sort is stable: equal themes keep their CMS order.
  return tips
    .filter((t) => t.platforms.includes(platform as Platform))
    .sort((a, b) => (rank.get(a.theme) ?? -1) - (rank.get(b.theme) ?? -1))
})

/** The themes that have at least one of these tips, in theme order. */
export const themesOf = memo((tips: readonly Tip[]): readonly Theme[] => {
  const present = new Set(tips.map((t) => t.theme))
  return THEME_ORDER.filter((th) => present.has(th))
})

/** Consecutive runs of tips with the same theme (one page of the overview shows one section per run). */
export function groupByTheme(tips: readonly Tip[]): { theme: Theme; tips: Tip[] }[] {
  const groups: { theme: Theme; tips: Tip[] }[] = []
  for (const tip of tips) {
    const last = groups.at(-1)
    if (last && last.theme === tip.theme) last.tips.push(tip)
    else groups.push({ theme: tip.theme, tips: [tip] })
  }
  return groups
}

export const videosForList = (videos: readonly Video[], platform: Platform): Video[] => videos.filter((v) => v.platforms.includes(platform))

/** Checklists in the order of their offences. */
export function checklistsForList(checklists: readonly Checklist[], offences: readonly Offence[]): Checklist[] {
  const order = (c: Checklist) => offences.find((o) => o.slug === c.offence)?.order ?? 0
  return [...checklists].sort((a, b) => order(a) - order(b))
}

/** Sectors with at least one of these documents, in the fixed sector order. */
export const sectorsOf = memo((docs: readonly { sectors: readonly Sector[] }[]): readonly Sector[] => {
  const present = new Set(docs.flatMap((d) => d.sectors))
  return SECTOR_ORDER.filter((s) => present.has(s))
})

export const stepPlansForSector = (plans: readonly StepPlan[], sector: Sector): StepPlan[] =>
  plans.filter((p) => p.sectors.includes(sector))

/** The signals for a sector: those marked for it and those for every sector (no sectors), in guide order. */
export const signalsForSector = (signals: readonly Signal[], sector: Sector): Signal[] =>
  signalsInGuideOrder(signals.filter((s) => s.sectors.length === 0 || s.sectors.includes(sector)))

/** Every sector that has a signal page: all of them when a signal is for every sector. */
export const signalSectors = memo((signals: readonly Signal[]): readonly Sector[] =>
  signals.some((s) => s.sectors.length === 0) ? [...SECTOR_ORDER] : sectorsOf(signals),
)

/** A sector name inside a sentence: "sociaal werk", but "HR en werkgevers". */
export function sectorInSentence(sector: Sector): string {
  const name = SECTOR_NAMES[sector] ?? sector
  return /^.[A-Z]/.test(name) ? name : name.charAt(0).toLowerCase() + name.slice(1)
}

/** Experiences of helpers, as the CMS delivers them (the CMS sorts by publication order). */
export const ervaringenForList = (ervaringen: readonly Ervaring[]): Ervaring[] => [...ervaringen]

/** The experiences about an offence: shown on its checklist. */
export const ervaringenAbout = (ervaringen: readonly Ervaring[], offence: string): Ervaring[] =>
  ervaringen.filter((e) => e.offences.includes(offence))
