import { type Area, PLATFORM_NAME } from '@hp/content-schemas'

/** Search engines show about this many characters of a title. */
export const TITLE_MAX = 70

const plain = (s: string) => s.toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim()

/**
 * The document title of every page and of each referral-tool step: `<title> | <site name>`. The site
 * name is left out when the title already holds it ("Voor de Helpers" never twice), on the neutral
 * home page (`siteHome`), and when the whole would not fit in `TITLE_MAX` characters; a title that
 * is too long by itself is shortened with "…". `error` puts "Fout: " in front (GOV.UK).
 */
export function documentTitle(title: string, area: Area, options: { siteHome?: boolean; error?: boolean } = {}): string {
  const name = PLATFORM_NAME[area]
  const named = options.siteHome || plain(title).includes(plain(name))
  const withSuffix = named ? title : `${title} | ${name}`
  const fitted =
    withSuffix.length <= TITLE_MAX ? withSuffix : title.length <= TITLE_MAX ? title : `${title.slice(0, TITLE_MAX - 2).trimEnd()}…`
  return options.error ? `Fout: ${fitted}` : fitted
}
