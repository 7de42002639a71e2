import { describe, expect, it } from 'vitest'
import { formatIssues } from './errors.ts'
import { safeParseContract } from './messages.ts'
import { TipSchema } from './tip.ts'
import { VideoSchema } from './video.ts'

const medium = (filename: string, mimeType: string) => ({ filename, url: `http://cms/${filename}`, alt: 'Iets', mimeType })
const tip = (image: unknown) => ({
  slug: 'tip',
  title: 'Tip',
  summary: 'Kort.',
  theme: 'zelfzorg',
  platforms: ['helpers'],
  image,
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Tekst.' }] }],
})
const problems = (schema: typeof TipSchema | typeof VideoSchema, data: unknown) => {
  const result = safeParseContract(schema, data)
  return result.success ? [] : formatIssues('Tip "tip"', result.error.issues)
}

describe('where the site shows a picture, only an image fits', () => {
  it('a tip image may be a JPG', () => {
    expect(problems(TipSchema, tip(medium('foto.jpg', 'image/jpeg')))).toEqual([])
  })

  it('a video or a PDF as a tip image is refused, in Dutch, on the image', () => {
    for (const [file, type] of [
      ['film.mp4', 'video/mp4'],
      ['folder.pdf', 'application/pdf'],
    ] as const) {
      expect(problems(TipSchema, tip(medium(file, type)))).toEqual([
        'Tip "tip": image.mimeType: Kies een afbeelding (JPG, PNG, WebP of AVIF). Een video of een ander bestand kan hier niet.',
      ])
    }
  })

  it('a video file must be a video, a poster an image', () => {
    const video = {
      slug: 'v',
      title: 'Video',
      summary: 'Kort.',
      kind: 'uitleg',
      platforms: ['helpers'],
      durationSeconds: 60,
      source: { type: 'file', file: medium('foto.jpg', 'image/jpeg') },
      poster: medium('film.mp4', 'video/mp4'),
      captions: 'WEBVTT\n\n00:00.000 --> 00:04.000\nHallo.',
      transcript: [{ type: 'paragraph', children: [{ type: 'text', text: 'Tekst.' }] }],
    }
    const lines = problems(VideoSchema, video).join('\n')
    expect(lines).toContain('source.file.mimeType: Kies een videobestand (MP4 of WebM).')
    expect(lines).toContain('poster.mimeType: Kies een afbeelding')
  })
})
