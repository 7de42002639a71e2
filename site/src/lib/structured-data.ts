/** schema.org Article for a tip or step plan (JSON-LD). */
export function articleLd(args: { headline: string; description: string; url: URL; publisher: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: args.headline,
    description: args.description,
    inLanguage: 'nl',
    publisher: { '@type': 'Organization', name: args.publisher },
    mainEntityOfPage: args.url.toString(),
  }
}
