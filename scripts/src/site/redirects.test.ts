import { MOVED_PATHS, tipsBase } from '@hp/content-schemas'
import { describe, expect, it } from 'vitest'
import { generateSiteContent } from '../bench/generate.ts'
import { matchRedirect, parseRedirects } from '../lib/static-server.ts'
import { redirectsFile } from './redirects.ts'

const content = generateSiteContent({ documents: 20, imageShare: 0 })

describe('the _redirects file', () => {
  it('sends an old folder of the URL scheme to its new place, with the rest of the path', () => {
    // As after renaming the tips folder: the old tip URLs keep working.
    const moved = [{ from: '/voor-de-helpers/oude-tips/*', to: `${tipsBase('helpers')}:splat` }]
    const rules = parseRedirects(redirectsFile(content, moved).text)
    expect(matchRedirect(rules, new URL('http://site/voor-de-helpers/oude-tips/luisteren/'))).toEqual({
      location: `${tipsBase('helpers')}luisteren/`,
      status: 301,
    })
  })

  it('moves whole folders, each to a folder of the current scheme', () => {
    for (const { from, to } of MOVED_PATHS) {
      expect(from).toMatch(/^\/.*\/\*$/)
      expect(to).toMatch(/^\/.*\/:splat$/)
      expect(from.slice(0, -1)).not.toBe(to.slice(0, -':splat'.length))
    }
    expect(redirectsFile(content).count).toBe(redirectsFile(content, []).count + MOVED_PATHS.length)
  })
})
