import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** What the editor reads on the page: the visible text, toasts and the open form included. */
// biome-ignore lint/performance/useDomNodeTextContent: the text the editor sees, not hidden markup
export const visibleText = (page: Page): Promise<string> => page.evaluate(() => document.body.innerText)

/**
 * Opens `url` in the admin and waits until it is filled in: `ready` is there, no `placeholders`
 * (loading marks) are left, and the visible text stays the same for a second. The form fills in
 * after the first paint (row labels, relationship names).
 */
export async function openSettled(page: Page, url: string, ready: string, placeholders: string, timeout = 60_000): Promise<void> {
  await page.goto(url, { timeout })
  await page.locator(ready).first().waitFor({ timeout })
  let previous = ''
  await expect
    .poll(
      async () => {
        const loading = await page.locator(placeholders).count()
        const text = await visibleText(page)
        const settled = loading === 0 && text === previous
        previous = text
        return settled
      },
      { timeout, interval: 1_000 },
    )
    .toBe(true)
}
