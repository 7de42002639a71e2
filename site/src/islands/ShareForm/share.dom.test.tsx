import { describe, expect, it } from 'vitest'
import { type Answer, enhanceSignup, type Post } from '../NewsletterSignup/enhance.ts'
import { SHARE_MESSAGES } from './messages.ts'

// The markup ShareForm.astro renders, reduced to what the (sign-up's) script uses.
const MARKUP = `
  <div data-signup-summary tabindex="-1" hidden><h2>Er is een probleem</h2><p data-signup-summary-text></p><ul></ul></div>
  <form method="post" action="https://cms.example/api/share" data-signup>
    <span data-signup-error="text" hidden></span>
    <textarea id="deel-tekst" name="text"></textarea>
    <span data-signup-error="consent" hidden></span>
    <input id="deel-toestemming" name="consent" type="checkbox" />
    <input name="website" type="text" />
    <button type="submit">Verstuur</button>
  </form>
  <div data-signup-done tabindex="-1" hidden><h2>Dank u wel voor uw tip of ervaring</h2></div>`

function setup(answer: Answer | Error, online = true) {
  document.body.innerHTML = MARKUP
  const sent: Record<string, string>[] = []
  const post: Post = async (_action, fields) => {
    sent.push(Object.fromEntries(fields))
    if (answer instanceof Error) throw answer
    return answer
  }
  enhanceSignup(document, post, () => online, SHARE_MESSAGES)
  const form = document.querySelector('form') as HTMLFormElement
  const text = document.querySelector('textarea') as HTMLTextAreaElement
  const submit = async () => {
    form.requestSubmit()
    await new Promise((r) => setTimeout(r, 0))
  }
  const summary = document.querySelector('[data-signup-summary]') as HTMLElement
  const done = document.querySelector('[data-signup-done]') as HTMLElement
  return { sent, form, text, submit, summary, done }
}

describe("the share form with JavaScript (the sign-up script, in the helpers' words)", () => {
  it("shows the CMS's field errors on the page, with links, and keeps what the visitor wrote", async () => {
    const { form, text, submit, summary } = setup({
      status: 400,
      json: {
        errors: {
          text: 'Uw tekst is te lang: maximaal 2.000 tekens (nu 2.001).',
          consent: 'Vink aan dat wij uw tip of ervaring na controle op de website mogen zetten.',
        },
      },
    })
    text.value = 'x'.repeat(2001)
    await submit()
    expect(summary.hidden).toBe(false)
    expect(summary.querySelector('[data-signup-summary-text]')?.textContent).toBe('Controleer het formulier.')
    expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#deel-tekst', '#deel-toestemming'])
    expect(text.getAttribute('aria-invalid')).toBe('true')
    expect(form.querySelector('[data-signup-error="text"]')?.textContent).toContain('Uw tekst is te lang')
    expect(text.value).toHaveLength(2001)
    expect(form.hidden).toBe(false)
  })

  it('sends the same fields the form posts, and says thank you on the page', async () => {
    const { sent, text, form, submit, done } = setup({ status: 202, json: { ok: true } })
    text.value = 'Bel gewoon even op.'
    ;(form.querySelector('[name="consent"]') as HTMLInputElement).checked = true
    await submit()
    expect(sent).toEqual([{ text: 'Bel gewoon even op.', consent: 'on', website: '' }])
    expect(form.hidden).toBe(true)
    expect(done.hidden).toBe(false)
  })

  it("says in the helpers' words when the CMS cannot be reached, and keeps the text", async () => {
    const { text, submit, summary } = setup(Object.assign(new Error('offline'), { name: 'TypeError' }), false)
    text.value = 'Mijn tip.'
    await submit()
    expect(summary.querySelector('[data-signup-summary-text]')?.textContent).toBe(SHARE_MESSAGES.unreachable)
    expect(SHARE_MESSAGES.unreachable).toContain('uw internetverbinding')
    expect(text.value).toBe('Mijn tip.')
  })
})
