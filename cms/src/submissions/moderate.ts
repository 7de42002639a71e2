import type { RichText } from '@hp/content-schemas'
import type { Payload, PayloadRequest } from 'payload'
import { asStoredRichText } from '../boundary.ts'
import { richTextToLexical } from '../fields/richText/fromContract.ts'
import type { Submission } from '../payload-types.ts'

const SUBMISSIONS = 'submissions'
const ERVARINGEN = 'ervaringen'

/** Plain text as the sender typed it → contract rich text: a paragraph per blank-line block, line breaks kept. */
export function textToRichText(text: string): RichText {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => ({
      type: 'paragraph' as const,
      children: block
        .split('\n')
        .flatMap((line, i) => [
          ...(i > 0 ? [{ type: 'linebreak' as const }] : []),
          ...(line.trim() ? [{ type: 'text' as const, text: line.trim() }] : []),
        ]),
    }))
}

/** The first words of the text, cut at a word and at most `max` characters, for a draft's title or summary. */
export function firstWords(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).trim()}…`
}

export class ModerationError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

/**
 * "Maak ervaring": a draft experience with the submission's text, theme and offence, linked both
 * ways. Done once: a second call returns the experience made before. The draft is not on the site;
 * the publisher anonymises it (the submission's flags say where to look) and publishes it.
 * Runs as the request's user, so only publishers and admins (who may read submissions and write
 * experiences) can do it.
 */
export async function makeErvaring(payload: Payload, req: PayloadRequest, id: string): Promise<{ id: string | number; created: boolean }> {
  const as = { req, user: req.user, overrideAccess: false, depth: 0 } as const
  let submission: Submission
  try {
    submission = await payload.findByID({ collection: SUBMISSIONS, id, ...as })
  } catch {
    throw new ModerationError('Deze inzending bestaat niet, of u mag hem niet zien.', 404)
  }
  const existing = submission.ervaring
  if (existing !== null && existing !== undefined) return { id: typeof existing === 'object' ? existing.id : existing, created: false }
  if (submission.status === 'afgewezen')
    throw new ModerationError('Deze inzending is afgewezen. Zet de status eerst terug op "Nieuw".', 409)
  const text = submission.text
  const ervaring = await payload.create({
    collection: ERVARINGEN,
    ...as,
    draft: true,
    data: {
      _status: 'draft',
      title: firstWords(text, 80),
      slug: `ervaring-${String(submission.id)}`,
      summary: firstWords(text, 250),
      ...(submission.theme ? { theme: submission.theme } : {}),
      offences: submission.offence ? [submission.offence] : [],
      body: asStoredRichText(
        richTextToLexical(textToRichText(text), () => {
          throw new Error('a submission has no internal links')
        }),
      ),
      submission: submission.id,
    },
  })
  await payload.update({ collection: SUBMISSIONS, id, ...as, data: { ervaring: ervaring.id } })
  return { id: ervaring.id, created: true }
}
