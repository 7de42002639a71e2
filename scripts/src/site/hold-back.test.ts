import { ContractError, type SiteContent } from '@hp/content-schemas'
import { describe, expect, it } from 'vitest'
import { generateSiteContent } from '../bench/generate.ts'
import { type HeldDocument, heldBackReport, holdBackMedia, validateHoldingBack } from './hold-back.ts'

const image = (filename: string) => ({ filename, url: `http://127.0.0.1:9/${filename}`, alt: 'Foto', mimeType: 'image/jpeg' })

function pair(): { live: SiteContent; next: SiteContent } {
  const live = generateSiteContent({ documents: 40, imageShare: 0 })
  return { live, next: structuredClone(live) }
}

describe('holding back a document the contract refuses', () => {
  it('keeps its last live version and names it with its problem', () => {
    const { live, next } = pair()
    const checklist = next.checklists[0]
    if (!checklist || !live.checklists[0]) throw new Error('no checklist')
    live.checklists[0].title = 'Zoals hij live stond'
    checklist.title = ''
    const held = new Map<string, HeldDocument>()
    const { content } = validateHoldingBack(next, live, held)
    expect(content.checklists.find((c) => c.slug === checklist.slug)?.title).toBe('Zoals hij live stond')
    expect([...held.values()]).toEqual([
      {
        collection: 'checklists',
        slug: checklist.slug,
        lines: [`Checklist "${checklist.slug}": title: Vul dit veld in.`],
        kept: 'previous',
      },
    ])
    expect(heldBackReport(held)).toContain(
      `  - Checklist "${checklist.slug}": title: Vul dit veld in. De vorige versie blijft op de site tot dit is opgelost.`,
    )
  })

  it('broken site settings cannot be held back: the original error', () => {
    const { live, next } = pair()
    next.settings.organisationName = ''
    expect(() => validateHoldingBack(next, live, new Map())).toThrow(ContractError)
  })
})

describe('holding back a document whose media file cannot be fetched', () => {
  it('its last live version comes back, with its own picture', () => {
    const { live, next } = pair()
    const [liveTip] = live.tips
    const [tip] = next.tips
    if (!liveTip || !tip) throw new Error('no tip')
    liveTip.image = image('oud.jpg')
    tip.image = image('weg.jpg')
    const held = new Map<string, HeldDocument>()
    const failed = new Map([['weg.jpg', 'Het bestand weg.jpg kon niet worden opgehaald (404).']])
    const content = holdBackMedia(next as never, validateHoldingBack(next, live, held).content, failed, live, held)
    expect(content.tips.find((t) => t.slug === tip.slug)?.image?.filename).toBe('oud.jpg')
    expect(held.get(`tips/${tip.slug}`)?.lines).toEqual([`Tip "${tip.slug}": Het bestand weg.jpg kon niet worden opgehaald (404).`])
  })

  it('a last live version that shows the same missing file is no fallback: the document is left out', () => {
    const { live, next } = pair()
    // A tip no other document refers to, so leaving it out breaks nothing.
    const source = live.tips[0]
    if (!source) throw new Error('no tip')
    const liveTip = { ...structuredClone(source), slug: 'losse-tip', title: 'Losse tip' }
    const tip = structuredClone(liveTip)
    live.tips.push(liveTip)
    next.tips.push(tip)
    liveTip.image = image('weg.jpg')
    tip.image = image('weg.jpg')
    tip.title = 'Nieuwe titel'
    const held = new Map<string, HeldDocument>()
    const failed = new Map([['weg.jpg', 'Het bestand weg.jpg kon niet worden opgehaald (404).']])
    const content = holdBackMedia(next as never, validateHoldingBack(next, live, held).content, failed, live, held)
    expect(content.tips.map((t) => t.slug)).not.toContain(tip.slug)
    expect(held.get(`tips/${tip.slug}`)?.kept).toBe('removed')
    expect(heldBackReport(held)).toContain('Het staat niet op de site tot dit is opgelost.')
  })

  it('a missing file the site settings show cannot be held back', () => {
    const { live, next } = pair()
    const failed = new Map([['x.jpg', 'Het bestand x.jpg kon niet worden opgehaald (404).']])
    const content = validateHoldingBack(next, live, new Map()).content
    ;(content.settings as unknown as Record<string, unknown>).logo = image('x.jpg')
    expect(() => holdBackMedia(next as never, content, failed, live, new Map())).toThrow('Het bestand x.jpg kon niet worden opgehaald')
  })
})
