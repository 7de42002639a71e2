/**
 * `npm run build:site:report`: the site build as a build host (Netlify) runs it, telling the CMS
 * how it went, as `npm start`'s local build hook does: "building" when it starts, then "succeeded"
 * (with the documents it held back and the reach check for Inhoudscontrole) or "failed" (with each
 * problem, linked to its document on the admin's Site-build screen). The build's own output is
 * passed through, so the host's deploy log shows it as before. The exit code is the build's.
 *
 * Needs CMS_URL and SITE_BUILDER_API_KEY (the build needs both anyway). A CMS that does not answer
 * never stops the build: the report is skipped with a warning.
 */
import { createStatusReporter, runCommand } from './lib/build-receiver.ts'

export async function buildAndReport(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const cmsUrl = env.CMS_URL
  const apiKey = env.SITE_BUILDER_API_KEY
  if (!cmsUrl || !apiKey) {
    console.error(
      "build:site:report needs CMS_URL (the CMS the site is built from) and SITE_BUILDER_API_KEY (the site-builder user's key). " +
        "Set both in the build host's environment; see docs/deploy.md.",
    )
    return 1
  }
  const status = createStatusReporter(cmsUrl, apiKey, (line) => console.warn(line))
  await status.report('building')
  const outcome = await runCommand('npm', ['run', '--silent', 'build:site'], { CMS_URL: cmsUrl }, { echo: true }).done
  await status.report(outcome.ok ? 'succeeded' : 'failed', outcome.ok ? undefined : outcome.message, outcome.problems, outcome.reach)
  console.log(`Build state reported to ${cmsUrl}: ${outcome.ok ? 'succeeded' : 'failed'}.`)
  return outcome.ok ? 0 : 1
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await buildAndReport()
