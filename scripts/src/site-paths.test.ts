import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  CHECKLISTS_BASE,
  ERVARINGEN_URL,
  listPageUrl,
  NEWSLETTER_THANKS_URL,
  ORGANISATIONS_URL,
  PLATFORM_BASE,
  SEARCH_URL,
  SHARE_THANKS_URL,
  SIGNALS_URL,
  STEP_PLANS_BASE,
  signalSectorBase,
  stepPlanSectorBase,
  themeBase,
  tipsBase,
  treeUrl,
  videosBase,
} from '@hp/content-schemas'
import { describe, expect, it } from 'vitest'
import { ROOT } from './lib/paths.ts'

// One URL module: every public path of the site is spelled in content-schemas/src/urls.ts. This
// test reads the production code of the site, the CMS and the scripts and fails on a string that
// spells a site path itself (`'/voor-de-helpers/tips/'`, `` `${base}thema/` ``), so a change of
// the URL scheme is a change of urls.ts, not a search through the tree. Comments may show
// example paths; Astro's route folders (`src/pages/voor-de-helpers/…`) are folders, not strings.

/** The path segments the URL module uses, taken from its own output (sample slugs dropped). */
const SAMPLE = 'x-sample'
const URLS = [
  tipsBase('helpers'),
  themeBase('professionals', SAMPLE),
  videosBase('helpers'),
  CHECKLISTS_BASE,
  ERVARINGEN_URL,
  STEP_PLANS_BASE,
  stepPlanSectorBase(SAMPLE),
  SIGNALS_URL,
  signalSectorBase(SAMPLE),
  treeUrl('helpers', SAMPLE),
  ORGANISATIONS_URL,
  SEARCH_URL,
  SHARE_THANKS_URL,
  NEWSLETTER_THANKS_URL,
  listPageUrl(`${PLATFORM_BASE.helpers}${SAMPLE}/`, 2),
]
const segments = (url: string) => url.split('/').filter((s) => s && s !== SAMPLE && !/^\d+$/.test(s))
/** First segments: a path that starts with one of these is a site path (`'/zoeken/'`, `/^\/voor-de-helpers\//`). */
const TOP = [...new Set(URLS.map((url) => segments(url)[0] as string))].sort()
/** Deeper segments: spelled right after an interpolation (`${base}tips/`), they build a site path. */
const SUB = [...new Set(URLS.flatMap((url) => segments(url).slice(1)))].filter((s) => !TOP.includes(s)).sort()

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const alt = (list: string[]) => list.map(escapeRegExp).join('|')
const END = `(?=\\\\?/|['"\`#?]|$)`
const SITE_PATH = new RegExp(`(?:(?:^|[^\\w.-])\\\\?/(?:${alt(TOP)})|\\}\\\\?/?(?:${alt(SUB)}))${END}`, 'm')

/** The code of a source file without its comments (line and block comments, HTML comments), lines kept. */
export function withoutComments(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ')
  return text
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(^|[\s;{}(),])\/\/[^\n]*/g, (m, before: string) => before + blank(m.slice(before.length)))
}

/** Each line of `text` that spells a site path, as `line: text`. */
export function sitePaths(text: string): string[] {
  const code = withoutComments(text).split('\n')
  const source = text.split('\n')
  return code.flatMap((line, i) => (line.match(SITE_PATH) ? [`${i + 1}: ${source[i]?.trim()}`] : []))
}

/**
 * Files that may spell site paths, and why. Keep this short: a path here does not follow a
 * change of urls.ts.
 */
const ALLOWED: Record<string, string> = {}

const SOURCE = /\.(ts|tsx|mjs|astro)$/
const SKIP = new Set(['node_modules', 'dist', '.astro', '.next', 'migrations'])
const isTest = (file: string) => /\.(test|spec)\.tsx?$|\.dom\.test\.tsx?$|\/tests?\//.test(file)

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name) || entry.name.startsWith('.')) return []
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return SOURCE.test(entry.name) && !isTest(full) ? [full] : []
  })
}

describe('site paths live in the URL module only', () => {
  it('knows the segments of the URL scheme', () => {
    expect(TOP).toEqual(['organisaties', 'voor-de-helpers', 'voor-professionals', 'zoeken'])
    expect(SUB).toContain(segments(tipsBase('helpers')).at(-1))
    expect(SUB).toContain(segments(listPageUrl('/x/', 2))[1])
  })

  it('finds a site path in code, and not in a comment', () => {
    /** Source text with a template interpolation in it: `$` + `{`. */
    const src = (text: string) => text.replaceAll('$(', '$' + '{')
    expect(sitePaths("const a = '/voor-de-helpers/tips/'")).toHaveLength(1)
    const tips = segments(tipsBase('helpers')).at(-1)
    expect(sitePaths(src(`const a = \`$(base}${tips}/$(slug}/\``))).toHaveLength(1)
    expect(sitePaths("<a href='/zoeken/'>")).toHaveLength(1)
    expect(sitePaths("href: '/organisaties/#organisatie-huisarts'")).toHaveLength(1)
    expect(sitePaths('{ match: /^\\/voor-de-helpers\\/$/ }')).toHaveLength(1)
    expect(sitePaths('// e.g. /voor-de-helpers/tips/\n/** `/zoeken/?q=` */\n<!-- /organisaties/ -->')).toEqual([])
    expect(sitePaths("const u = 'https://example.org/'; const v = tipUrl(slug)")).toEqual([])
    expect(sitePaths(src(`href={\`$(PLATFORM_BASE.helpers}${tips}/\`}`))).toHaveLength(1)
    // Paths of the CMS and files are not site paths.
    expect(sitePaths(src("import x from './tips/list.ts'; const api = `$(cms}/api/tips?limit=1`"))).toEqual([])
    expect(sitePaths(src('const admin = `/admin/collections/ervaringen/$(id}`'))).toEqual([])
  })

  for (const workspace of ['site', 'cms', 'scripts']) {
    it(`${workspace}/src spells no site path outside urls.ts`, () => {
      const found = sourceFiles(path.join(ROOT, workspace, 'src')).flatMap((file) => {
        const rel = path.relative(ROOT, file)
        if (rel in ALLOWED) return []
        return sitePaths(readFileSync(file, 'utf8')).map((hit) => `${rel}:${hit}`)
      })
      expect(found, 'Schrijf het pad met een functie uit content-schemas/src/urls.ts').toEqual([])
    })
  }
})
