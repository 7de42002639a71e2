import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import path from 'node:path'
import { benchCms } from './cms.ts'
import { benchLighthouse } from './lighthouse.ts'
import { benchPageWeight } from './page-weight.ts'
import { benchSearch } from './search.ts'
import { benchSearchQuality } from './search-quality.ts'
import { BENCH_DIR, benchSiteBuild } from './site-build.ts'

/** `npm run bench`: every bench in turn (the build first: search reuses its 5,000-document site), one report. */
const BENCHES: [string, () => Promise<string>][] = [
  ['Site build scaling', benchSiteBuild],
  ['Search', benchSearch],
  ['Search quality', benchSearchQuality],
  ['Page weight', benchPageWeight],
  ['Lighthouse', benchLighthouse],
  ['CMS', benchCms],
]

const only = new RegExp(process.env.BENCH_ONLY ?? '.', 'i')
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GB memory, Node ${process.version}`
const sections: string[] = [`# Bench report ${new Date().toISOString()}\n\n${machine}`]
let failed = false
for (const [name, bench] of BENCHES.filter(([n]) => only.test(n))) {
  console.error(`\n== ${name} ==`)
  const t0 = performance.now()
  try {
    const report = await bench()
    sections.push(`## ${name} (${((performance.now() - t0) / 1000).toFixed(0)} s)\n\n${report}`)
    console.log(`\n## ${name}\n${report}`)
  } catch (error) {
    failed = true
    const message = error instanceof Error ? error.message : String(error)
    sections.push(`## ${name}\n\nFAILED: ${message}`)
    console.error(`${name} failed: ${message}`)
  }
}
const file = path.join(BENCH_DIR, 'report.md')
writeFileSync(file, `${sections.join('\n\n')}\n`)
console.log(`\nReport written to ${file}`)
// Payload (CMS bench) keeps database handles open.
process.exit(failed ? 1 : 0)
