import { type Browser, chromium } from 'playwright-core'

/** The flags Debian's Chromium needs here: no sandbox as root, no GPU, no background traffic in request logs. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Debian's Chromium (`CHROMIUM_PATH` to use another), for the browser tests and the benches. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS })
}
