import { describe, expect, it } from 'vitest'
import { type Answer, enhanceSignup, MESSAGES, type Post, readAnswer } from './enhance.ts'

// The markup NewsletterSignup.astro renders, reduced to what the script uses.
const MARKUP = `
  <div data-signup-summary tabindex="-1" hidden><h3 id="nb-problem">Er is een probleem</h3><p data-signup-summary-text></p><ul></ul></div>
  <form method="post" action="https://cms.example/api/newsletter/subscribe" data-signup data-signup-js-source="nieuwsbrief-js">
    <input type="hidden" name="source" value="nieuwsbrief-archief" data-signup-source />
    <span id="nb-email-error" data-signup-error="email" hidden></span>
    <input id="nb-email" name="email" type="email" required />
    <span id="nb-consent-error" data-signup-error="consent" hidden></span>
    <input id="nb-consent" name="consent" type="checkbox" required />
    <button type="submit">Aanmelden</button>
  </form>
  <div data-signup-done tabindex="-1" hidden><h3 id="nb-done">Bijna klaar</h3></div>`

function setup(answers: (Answer | Error)[], online = true) {
  document.body.innerHTML = MARKUP
  const sent: { action: string; fields: Record<string, string> }[] = []
  let release: () => void = () => undefined
  const post: Post = (action, fields) => {
    sent.push({ action, fields: Object.fromEntries(fields) })
    const next = answers.shift() ?? new Error('no answer scripted')
    return new Promise((resolve, reject) => {
      release = () => (next instanceof Error ? reject(next) : resolve(next))
    })
  }
  enhanceSignup(document, post, () => online)
  const form = document.querySelector('form') as HTMLFormElement
  let plainSubmits = 0
  form.submit = () => {
    plainSubmits += 1
  }
  const submit = async () => {
    form.requestSubmit()
    release()
    await new Promise((r) => setTimeout(r, 0))
  }
  const summary = document.querySelector('[data-signup-summary]') as HTMLElement
  const done = document.querySelector('[data-signup-done]') as HTMLElement
  return { sent, form, submit, summary, done, plainSubmits: () => plainSubmits }
}

describe('readAnswer', () => {
  it('turns every answer the CMS can give into something to show', () => {
    expect(readAnswer({ status: 202, json: { ok: true } })).toEqual({ kind: 'done' })
    expect(readAnswer({ status: 400, json: { errors: { email: 'Vul je e-mailadres in.' } } })).toEqual({
      kind: 'fields',
      errors: { email: 'Vul je e-mailadres in.' },
    })
    expect(readAnswer({ status: 429, json: { error: 'Te veel verzoeken. Probeer het over 60 seconden opnieuw.' } })).toEqual({
      kind: 'error',
      message: 'Te veel verzoeken. Probeer het over 60 seconden opnieuw.',
    })
    // A server error or a body that is not ours never shows raw text.
    expect(readAnswer({ status: 500, json: { error: 'stack trace' } })).toEqual({ kind: 'error', message: MESSAGES.failed })
    expect(readAnswer({ status: 502, json: null })).toEqual({ kind: 'error', message: MESSAGES.failed })
    expect(readAnswer({ status: 400, json: { errors: { email: 42 } } })).toEqual({ kind: 'error', message: MESSAGES.failed })
  })
})

describe('enhanceSignup', () => {
  it('turns off the browser bubbles and sends the fields with the JavaScript source', async () => {
    const { sent, form, submit } = setup([{ status: 202, json: { ok: true } }])
    expect(form.noValidate).toBe(true)
    ;(document.querySelector('#nb-email') as HTMLInputElement).value = 'a@b.nl'
    ;(document.querySelector('#nb-consent') as HTMLInputElement).checked = true
    await submit()
    expect(sent).toEqual([
      { action: 'https://cms.example/api/newsletter/subscribe', fields: { source: 'nieuwsbrief-js', email: 'a@b.nl', consent: 'on' } },
    ])
  })

  it('shows field errors in the summary and at the fields, and clears them on the next try', async () => {
    const { submit, summary, done } = setup([
      { status: 400, json: { errors: { email: 'Vul je e-mailadres in.' } } },
      { status: 202, json: {} },
    ])
    await submit()
    expect(summary.hidden).toBe(false)
    expect(document.activeElement).toBe(summary)
    expect(summary.querySelector('a')?.getAttribute('href')).toBe('#nb-email')
    expect(document.querySelector('#nb-email-error')?.textContent).toBe('Vul je e-mailadres in.')
    expect(document.querySelector('#nb-email')?.getAttribute('aria-invalid')).toBe('true')
    await submit()
    expect(summary.hidden).toBe(true)
    expect(document.querySelector('#nb-email')?.hasAttribute('aria-invalid')).toBe(false)
    expect(done.hidden).toBe(false)
    expect(document.activeElement).toBe(done)
  })

  it('sends the form the plain way when the request fails while online (e.g. the CMS refused this origin)', async () => {
    const { submit, summary, plainSubmits } = setup([new TypeError('Failed to fetch')])
    await submit()
    expect(plainSubmits()).toBe(1)
    expect(summary.hidden).toBe(true)
  })

  it('offline or timed out: says so and keeps the form as it was', async () => {
    const timeout = Object.assign(new Error('timed out'), { name: 'TimeoutError' })
    const online = setup([timeout])
    await online.submit()
    expect(online.plainSubmits()).toBe(0)
    expect(online.summary.textContent).toContain(MESSAGES.unreachable)

    const { submit, summary, form, plainSubmits } = setup([new TypeError('Failed to fetch')], false)
    ;(document.querySelector('#nb-email') as HTMLInputElement).value = 'a@b.nl'
    await submit()
    expect(summary.textContent).toContain(MESSAGES.unreachable)
    expect(form.hidden).toBe(false)
    expect((document.querySelector('#nb-email') as HTMLInputElement).value).toBe('a@b.nl')
    expect(form.querySelector('button')?.textContent).toBe('Aanmelden')
    expect(plainSubmits()).toBe(0)
  })

  it('sends once when the button is pressed twice while waiting', async () => {
    const { sent, form } = setup([{ status: 202, json: {} }])
    form.requestSubmit()
    form.requestSubmit()
    expect(sent).toHaveLength(1)
    expect(form.querySelector('button')?.getAttribute('aria-disabled')).toBe('true')
  })
})
