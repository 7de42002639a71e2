import type { DocRef, RichText } from '@hp/content-schemas'
import { richTextToLexical } from '../fields/richText/fromContract.ts'
import type {
  SeedAssessment,
  SeedChecklist,
  SeedErvaring,
  SeedNewsletterIssue,
  SeedPage,
  SeedReferralTree,
  SeedStepPlan,
  SeedTip,
  SeedVideo,
} from './data/types.ts'

/** Looks up ids of documents created earlier in this seed run; throws a clear error for unknown slugs. */
export interface SeedIds {
  id(collection: string, slug: string): string | number
  media(file: string): string | number
}

/** Maps contract-shaped seed documents onto Payload's field shapes (the inverse of `cms/src/export`). */
export function seedMapper(ids: SeedIds) {
  const rt = (value: RichText | undefined) => richTextToLexical(value ?? [], (c, s) => ids.id(c, s))
  const many = (collection: string, slugs: string[] | undefined) => (slugs ?? []).map((s) => ids.id(collection, s))
  const ref = (r: DocRef | undefined) => (r ? { relationTo: r.collection, value: ids.id(r.collection, r.slug) } : undefined)
  return {
    /** Building blocks for a type's own mapper (in its seed data file): rich text, links by slug, one link, a media file. */
    richText: rt,
    many,
    ref,
    media: (file: string) => ids.media(file),
    checklist: (d: SeedChecklist) => ({
      ...d,
      offence: ids.id('offences', d.offence),
      intro: rt(d.intro),
      sections: d.sections.map((s) => ({ title: s.title, items: s.items.map((i) => ({ key: i.id, title: i.title, body: rt(i.body) })) })),
      relatedTips: many('tips', d.relatedTips),
      relatedVideos: many('videos', d.relatedVideos),
    }),
    tip: (d: SeedTip) => ({
      ...d,
      offences: many('offences', d.offences),
      image: d.image ? ids.media(d.image.file) : undefined,
      body: rt(d.body),
    }),
    ervaring: (d: SeedErvaring) => ({ ...d, offences: many('offences', d.offences), body: rt(d.body) }),
    video: (d: SeedVideo) => {
      const { file, poster, ...rest } = d
      return {
        ...rest,
        offences: many('offences', d.offences),
        source: { type: 'file', file: ids.media(file) },
        poster: poster ? ids.media(poster.file) : undefined,
        transcript: rt(d.transcript),
      }
    },
    stepPlan: (d: SeedStepPlan) => ({
      ...d,
      offences: many('offences', d.offences),
      organisations: many('organisations', d.organisations),
      phases: d.phases.map((p) => ({
        phase: p.phase,
        intro: rt(p.intro),
        steps: p.steps.map((s) => ({ key: s.id, title: s.title, body: rt(s.body) })),
      })),
    }),
    signal: <T extends { whatToDo: RichText }>(d: T) => ({ ...d, whatToDo: rt(d.whatToDo) }),
    referralTree: (d: SeedReferralTree) => ({
      ...d,
      intro: rt(d.intro),
      nodes: d.nodes.map((n) =>
        n.type === 'question'
          ? { blockType: 'question', key: n.id, question: n.question, hint: n.hint, options: n.options }
          : {
              blockType: 'outcome',
              key: n.id,
              title: n.title,
              body: rt(n.body),
              organisations: many('organisations', n.organisations),
              whatToSay: rt(n.whatToSay),
            },
      ),
    }),
    assessment: (d: SeedAssessment) => ({
      ...d,
      intro: rt(d.intro),
      themes: d.themes.map((th) => ({ key: th.id, title: th.title, threshold: th.threshold, attentionPoint: rt(th.attentionPoint) })),
      questions: d.questions.map((q) => ({ key: q.id, theme: q.theme, text: q.text, options: q.options })),
      bands: d.bands.map((b) => ({ key: b.id, min: b.min, title: b.title, advice: rt(b.advice) })),
    }),
    newsletterIssue: (d: SeedNewsletterIssue) => ({
      ...d,
      intro: rt(d.intro),
      items: d.items.map((i) => ({ title: i.title, summary: i.summary, ref: ref(i.ref), url: i.url })),
    }),
    page: (d: SeedPage) => ({
      ...d,
      blocks: d.blocks.map((b) => (b.blockType === 'richText' ? { ...b, body: rt(b.body) } : b)),
    }),
  }
}

/** What a seed step's `toData` gets: the mappers above and their building blocks. */
export type SeedMapper = ReturnType<typeof seedMapper>
