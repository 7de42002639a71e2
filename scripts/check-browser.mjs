// The browser tests drive Debian's Chromium (no browser download is possible here). On a fresh
// machine it is installed on first use when we may (root with apt-get); otherwise we say how.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!existsSync(path)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
  if (!canInstall) {
    console.error(`The browser tests need Chromium at ${path}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).`)
    process.exit(1)
  }
  console.log('Installing Debian Chromium for the browser tests (once, about a minute) …')
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' })
}
