import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ContractError, type SiteContent } from '@hp/content-schemas'
import { afterAll, describe, expect, it } from 'vitest'
import { generateSiteContent } from '../bench/generate.ts'
import { loadContent } from './content-source.ts'

const dir = mkdtempSync(path.join(tmpdir(), 'hp-content-source-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The problems the site build reports for a content file changed by `change`. */
async function problems(change: (content: SiteContent) => void): Promise<string[]> {
  const content = generateSiteContent({ documents: 100 })
  change(content)
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(file, JSON.stringify(content))
  const error = await loadContent({ file }).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ContractError)
  return (error as ContractError).problems
}

describe('the site build reports broken content in Dutch, naming document and field', () => {
  it('a field that does not match the contract', async () => {
    const lines = await problems((c) => {
      const checklist = c.checklists[0] as SiteContent['checklists'][number]
      checklist.title = ''
      c.tips[0]?.platforms.splice(0)
    })
    const { checklists, tips } = generateSiteContent({ documents: 100 })
    expect(lines).toEqual([
      `Checklist "${checklists[0]?.slug}": title: Vul dit veld in.`,
      `Tip "${tips[0]?.slug}": platforms: Kies minstens één platform.`,
    ])
  })

  it('a reference to a document that is not published', async () => {
    const lines = await problems((c) => c.checklists[0]?.relatedTips.push('bestaat-niet'))
    const checklist = generateSiteContent({ documents: 100 }).checklists[0]
    expect(lines).toEqual([
      `Checklist "${checklist?.slug}": relatedTips[${checklist?.relatedTips.length}]: Er is geen gepubliceerde tip "bestaat-niet". Publiceer eerst de tip, of haal de verwijzing weg.`,
    ])
  })
})
