/**
 * The newsletter sign-up form, enhanced (the "Deel uw tip of ervaring" form uses the same script
 * with its own wording, islands/ShareForm). Without JavaScript the form posts to the CMS, which
 * answers with a page (errors) or a redirect to the thank-you page. With this script the same
 * fields go to the same URL with `Accept: application/json`; the answer shows on this page:
 * an error summary with links to the fields and an error at each field, or "Bijna klaar".
 * Nothing typed is lost on an error, and nothing is stored in the browser.
 */

/** What the CMS answered: its HTTP status and JSON body (null when there was none). */
export interface Answer {
  status: number
  json: unknown
}

/** Sends the form; rejects when the CMS cannot be reached. */
export type Post = (action: string, fields: URLSearchParams) => Promise<Answer>

/** How long the form waits for the CMS before it says the sign-up did not work. */
export const TIMEOUT_MS = 15_000

/** What the script says while sending and when sending fails; each form has its own wording. */
export interface FormMessages {
  busy: string
  unreachable: string
  failed: string
  check: string
}

/** The newsletter sign-up's wording (professionals: "je"). */
export const MESSAGES: FormMessages = {
  busy: 'Bezig met aanmelden…',
  unreachable: 'Het aanmelden lukte niet. Controleer je internetverbinding en probeer het opnieuw. Wat je hebt ingevuld, staat er nog.',
  failed: 'Het aanmelden lukte niet door een fout bij ons. Probeer het later opnieuw. Wat je hebt ingevuld, staat er nog.',
  check: 'Controleer het formulier.',
}

/** The CMS's JSON answer, read defensively: whatever it holds, the visitor gets a clear message. */
export function readAnswer(
  answer: Answer,
  messages: FormMessages = MESSAGES,
): { kind: 'done' } | { kind: 'fields'; errors: Record<string, string> } | { kind: 'error'; message: string } {
  const body = (answer.json && typeof answer.json === 'object' ? answer.json : {}) as Record<string, unknown>
  if (answer.status >= 200 && answer.status < 300) return { kind: 'done' }
  const errors = body.errors && typeof body.errors === 'object' ? (body.errors as Record<string, unknown>) : {}
  const fieldErrors = Object.fromEntries(Object.entries(errors).filter((e): e is [string, string] => typeof e[1] === 'string'))
  if (answer.status === 400 && Object.keys(fieldErrors).length > 0) return { kind: 'fields', errors: fieldErrors }
  if (typeof body.error === 'string' && answer.status < 500) return { kind: 'error', message: body.error }
  return { kind: 'error', message: messages.failed }
}

/** `fetch` without cookies or referrer; a "simple" CORS request (form-encoded, Accept), so no preflight. */
export const fetchPost: Post = async (action, fields) => {
  const response = await fetch(action, {
    method: 'POST',
    body: fields,
    headers: { Accept: 'application/json' },
    credentials: 'omit',
    cache: 'no-store',
    referrerPolicy: 'no-referrer',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })
  let json: unknown = null
  try {
    json = await response.json()
  } catch {
    // An empty or non-JSON body: readAnswer turns the status into a message.
  }
  return { status: response.status, json }
}

/**
 * Enhances the form rendered by NewsletterSignup.astro; without its parts it does nothing.
 * When the request fails while the browser is online (the CMS refused the site's origin, e.g. the
 * site is opened on www. while SITE_URL has none, or a proxy blocks it), the form is sent the
 * plain way, so the script never makes signing up harder than no script. Offline or timed out,
 * the visitor is told and keeps what they typed.
 */
export function enhanceSignup(
  root: ParentNode,
  post: Post = fetchPost,
  online: () => boolean = () => navigator.onLine,
  messages: FormMessages = MESSAGES,
): void {
  const form = root.querySelector<HTMLFormElement>('form[data-signup]')
  const summary = root.querySelector<HTMLElement>('[data-signup-summary]')
  const summaryList = summary?.querySelector<HTMLUListElement>('ul')
  const summaryText = summary?.querySelector<HTMLElement>('[data-signup-summary-text]')
  const done = root.querySelector<HTMLElement>('[data-signup-done]')
  const button = form?.querySelector<HTMLButtonElement>('button[type="submit"]')
  if (!form || !summary || !summaryList || !summaryText || !done || !button) return
  const label = button.textContent ?? ''
  let busy = false
  // Our own error summary replaces the browser's bubbles, which screen readers announce poorly.
  form.noValidate = true

  const fieldOf = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`[name="${name}"]`)
  const clearErrors = () => {
    summary.hidden = true
    summaryList.replaceChildren()
    summaryText.textContent = ''
    for (const message of form.querySelectorAll<HTMLElement>('[data-signup-error]')) {
      message.hidden = true
      message.textContent = ''
      const field = fieldOf(message.dataset.signupError ?? '')
      field?.removeAttribute('aria-invalid')
    }
  }
  const showSummary = () => {
    summary.hidden = false
    summary.focus()
  }
  const showFields = (errors: Record<string, string>) => {
    for (const [name, text] of Object.entries(errors)) {
      const field = fieldOf(name)
      const message = form.querySelector<HTMLElement>(`[data-signup-error="${name}"]`)
      if (!field || !message) continue
      message.textContent = text
      message.hidden = false
      field.setAttribute('aria-invalid', 'true')
      const item = summary.ownerDocument.createElement('li')
      const link = summary.ownerDocument.createElement('a')
      link.href = `#${field.id}`
      link.textContent = text
      link.addEventListener('click', (event) => {
        event.preventDefault()
        field.focus()
      })
      item.append(link)
      summaryList.append(item)
    }
    summaryText.textContent = summaryList.children.length > 0 ? messages.check : messages.failed
    showSummary()
  }
  const showError = (text: string) => {
    summaryText.textContent = text
    showSummary()
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault()
    if (busy) return
    busy = true
    button.textContent = messages.busy
    button.setAttribute('aria-disabled', 'true')
    clearErrors()
    const fields = new URLSearchParams()
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') fields.append(name, value)
    // The consent record says which way the sign-up came in.
    const source = form.querySelector<HTMLInputElement>('input[data-signup-source]')
    if (source && form.dataset.signupJsSource) fields.set(source.name, form.dataset.signupJsSource)
    post(form.action, fields)
      .then((answer) => {
        const result = readAnswer(answer, messages)
        if (result.kind === 'fields') return showFields(result.errors)
        if (result.kind === 'error') return showError(result.message)
        form.hidden = true
        done.hidden = false
        done.focus()
      })
      .catch((error: unknown) => {
        const timedOut = error instanceof Error && error.name === 'TimeoutError'
        if (online() && !timedOut) return form.submit()
        showError(messages.unreachable)
      })
      .finally(() => {
        busy = false
        button.textContent = label
        button.removeAttribute('aria-disabled')
      })
  })
}
