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
const SECTOR_ORDER = Object.keys(SECTOR_NAMES) as Sector[]

/** A platform's tips, theme by theme in the overview's theme order; within a theme as the CMS delivers them. */
export function tipsForList(tips: readonly Tip[], platform: Platform): Tip[] {
  const rank = (t: Tip) => THEME_ORDER.indexOf(t.theme)
  // Array.prototype.sort is stable: equal themes keep their CMS order.
  return tips.filter((t) => t.platforms.includes(platform)).sort((a, b) => rank(a) - rank(b))
}

/** The themes that have at least one of these tips, in theme order. */
export const themesOf = (tips: readonly Tip[]): Theme[] => THEME_ORDER.filter((th) => tips.some((t) => t.theme === th))

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
export const sectorsOf = (docs: readonly { sectors: readonly Sector[] }[]): Sector[] =>
  SECTOR_ORDER.filter((s) => docs.some((d) => d.sectors.includes(s)))

export const stepPlansForSector = (plans: readonly StepPlan[], sector: Sector): StepPlan[] =>
  plans.filter((p) => p.sectors.includes(sector))

/** The signals for a sector: those marked for it and those for every sector (no sectors), in guide order. */
export const signalsForSector = (signals: readonly Signal[], sector: Sector): Signal[] =>
  signalsInGuideOrder(signals.filter((s) => s.sectors.length === 0 || s.sectors.includes(sector)))

/** Every sector that has a signal page: all of them when a signal is for every sector. */
export const signalSectors = (signals: readonly Signal[]): Sector[] =>
  signals.some((s) => s.sectors.length === 0) ? [...SECTOR_ORDER] : sectorsOf(signals)

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
