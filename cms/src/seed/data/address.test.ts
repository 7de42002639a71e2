import { describe, expect, it } from 'vitest'
import { assessments } from './assessments.ts'
import { checklists } from './checklists.ts'
import { newsletterIssues } from './newsletter-issues.ts'
import { offences } from './offences.ts'
import { organisations } from './organisations.ts'
import { pages } from './pages.ts'
import { referralTrees } from './referral-trees.ts'
import { signals } from './signals.ts'
import { stepPlans } from './step-plans.ts'
import { tips } from './tips.ts'
import { videos } from './videos.ts'

/**
 * One form of address per platform: helpers read "u", professionals "je", and content shared by
 * both platforms addresses neither. Quoted speech ("Ik geloof je.") is what someone says to
 * somebody else, so it is left out, as are video transcripts and captions, and the "what to say" scripts.
 */
const SPEECH_OR_NAMES = new Set([
  'slug',
  'id',
  'next',
  'file',
  'url',
  'transcript',
  'captions',
  'whatToSay',
  'start',
  'offences',
  'relatedTips',
  'relatedVideos',
])
const U = /\b(u|uw|uzelf)\b/i
const JE = /\b(je|jij|jou|jouw|jezelf|jullie)\b/i

function sentences(value: unknown, key = ''): string[] {
  if (SPEECH_OR_NAMES.has(key)) return []
  if (typeof value === 'string') {
    const unquoted = value.replace(/"[^"]*"|“[^”]*”|‘[^’]*’/g, ' ')
    return unquoted.split(/(?<=[.!?:])\s+|\n+/).filter((s) => s.trim() !== '')
  }
  if (Array.isArray(value)) return value.flatMap((v) => sentences(v))
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => sentences(v, k))
  return []
}

type Doc = { slug?: string; number?: number; platform?: string; platforms?: string[] }
const audience = (doc: Doc, fallback: string[]): string[] => doc.platforms ?? (doc.platform ? [doc.platform] : fallback)
const docs: { kind: string; doc: Doc; platforms: string[] }[] = [
  ...assessments.map((doc) => ({ kind: 'zelfscan/quickscan', doc, platforms: audience(doc, []) })),
  ...checklists.map((doc) => ({ kind: 'checklist', doc, platforms: ['helpers'] })),
  ...offences.map((doc) => ({ kind: 'delict', doc, platforms: ['helpers'] })),
  ...referralTrees.map((doc) => ({ kind: 'doorverwijstool', doc, platforms: audience(doc, []) })),
  ...tips.map((doc) => ({ kind: 'tip', doc, platforms: audience(doc, []) })),
  ...videos.map((doc) => ({ kind: 'video', doc, platforms: audience(doc, []) })),
  ...signals.map((doc) => ({ kind: 'signaal', doc, platforms: ['professionals'] })),
  ...stepPlans.map((doc) => ({ kind: 'stappenplan', doc, platforms: ['professionals'] })),
  // Organisations appear in both platforms' referral tools: shared.
  ...organisations.map((doc) => ({ kind: 'organisatie', doc, platforms: ['helpers', 'professionals'] })),
  ...newsletterIssues.map((doc) => ({ kind: 'nieuwsbrief', doc, platforms: ['professionals'] })),
  // The general pages (privacy, advice line) belong to neither platform and keep the formal "u".
  ...pages.filter((doc) => doc.platform !== 'algemeen').map((doc) => ({ kind: 'pagina', doc, platforms: audience(doc, []) })),
]

describe('form of address in the seed content', () => {
  it('covers both platforms and shared content', () => {
    expect(docs.filter((d) => d.platforms.length === 2).length).toBeGreaterThan(1)
    expect(docs.filter((d) => d.platforms.join() === 'professionals').length).toBeGreaterThan(10)
    expect(docs.filter((d) => d.platforms.join() === 'helpers').length).toBeGreaterThan(10)
  })

  it('helpers read "u", professionals "je", shared content neither', () => {
    const wrong = docs.flatMap(({ kind, doc, platforms }) => {
      const forbidden = platforms.length > 1 ? [U, JE] : platforms[0] === 'helpers' ? [JE] : [U]
      return sentences(doc)
        .filter((s) => forbidden.some((re) => re.test(s)))
        .map((s) => `${kind} ${doc.slug ?? doc.number} (${platforms.join('+')}): ${s.trim().slice(0, 120)}`)
    })
    expect(wrong).toEqual([])
  })
})
