import type { Assessment, Page, ReferralTree } from '@hp/content-schemas'
import { pick, richText, sentence, summary, title } from './text.ts'

// The documents every bundle has a fixed number of: one referral tree and one assessment per
// platform, and the three landing pages (as on the real site).

export function tree(rand: () => number, platform: 'helpers' | 'professionals', orgs: readonly string[]): ReferralTree {
  const outcome = (id: string) => ({
    type: 'outcome' as const,
    id,
    title: title(rand),
    body: richText(rand, 2),
    organisations: [pick(rand, orgs)],
    whatToSay: [],
  })
  return {
    slug: platform,
    title: title(rand),
    summary: summary(rand),
    platform,
    intro: richText(rand, 1),
    start: 'vraag-1',
    nodes: [
      {
        type: 'question',
        id: 'vraag-1',
        question: `${title(rand)}?`,
        options: [
          { label: 'Ja', next: 'vraag-2' },
          { label: 'Nee', next: 'uitkomst-3' },
        ],
      },
      {
        type: 'question',
        id: 'vraag-2',
        question: `${title(rand)}?`,
        options: [
          { label: 'Ja', next: 'uitkomst-1' },
          { label: 'Nee', next: 'uitkomst-2' },
        ],
      },
      outcome('uitkomst-1'),
      outcome('uitkomst-2'),
      outcome('uitkomst-3'),
    ],
  }
}

export function assessment(rand: () => number, platform: 'helpers' | 'professionals'): Assessment {
  const options = [
    { label: 'Nooit', score: 0 },
    { label: 'Soms', score: 1 },
    { label: 'Vaak', score: 2 },
  ]
  return {
    slug: platform === 'helpers' ? 'zelfscan-tijdsbesteding' : 'quickscan-grensoverschrijdend-gedrag',
    title: title(rand),
    summary: summary(rand),
    kind: platform === 'helpers' ? 'zelfscan' : 'quickscan',
    platform,
    intro: richText(rand, 1),
    themes: [{ id: 'thema', title: title(rand), threshold: 3, attentionPoint: richText(rand, 1) }],
    questions: Array.from({ length: 6 }, (_, i) => ({ id: `vraag-${i + 1}`, theme: 'thema', text: `${title(rand)}.`, options })),
    bands: [
      { id: 'laag', min: 0, title: title(rand), advice: richText(rand, 1) },
      { id: 'hoog', min: 6, title: title(rand), advice: richText(rand, 1) },
    ],
  }
}

export function pages(rand: () => number): Page[] {
  const hero = { blockType: 'hero' as const, title: title(rand), text: sentence(rand) }
  const adviceLine = { blockType: 'adviceLine' as const, title: 'Bel of chat met ons' }
  return [
    {
      slug: 'home',
      title: 'Voor de Helpers',
      summary: summary(rand),
      platform: 'helpers',
      blocks: [hero, { blockType: 'offenceTiles', title: 'Check wat u kunt doen' }, adviceLine],
    },
    {
      slug: 'home',
      title: 'Voor Professionals',
      summary: summary(rand),
      platform: 'professionals',
      blocks: [hero, { blockType: 'richText', body: richText(rand, 2) }, adviceLine],
    },
    {
      slug: 'home',
      title: 'Slachtofferhulp Voorbeeld',
      summary: summary(rand),
      platform: 'algemeen',
      blocks: [hero, { blockType: 'richText', body: richText(rand, 2) }],
    },
  ]
}
