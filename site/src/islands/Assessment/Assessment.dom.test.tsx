import { screen, within } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { embedJson } from '../shared/html.ts'
import { ASSESSMENT_DATA_ID, enhanceAssessment, readAssessmentData } from './enhance.ts'
import { exampleAnswers, helperScan, quickscan } from './examples.ts'
import { EMPTY_FORM, renderForm } from './render.ts'
import type { AssessmentProps } from './types.ts'

/** The form as the build writes it (render.ts, no JavaScript). */
const buildTimeHtml = (props: AssessmentProps) => `<div class="assessment" data-scan>${renderForm(props, EMPTY_FORM)}</div>`

/** The page as built, then the enhancement script run on it, as AssessmentEntry.astro does. */
function render(props: AssessmentProps) {
  document.body.innerHTML = buildTimeHtml(props)
  enhanceAssessment(document.querySelector('[data-scan]') as HTMLElement, props)
}
const cleanup = () => {
  document.body.innerHTML = ''
}

const TITLE = 'Hoe gaat het met u? | Voor de Helpers'
beforeEach(() => {
  document.title = TITLE
})
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

const user = () => userEvent.setup()

/** The fieldset of a question, found by its legend as a screen reader names it. */
const question = (text: string) => screen.getByRole('group', { name: (name) => name.includes(text) })

async function answer(u: ReturnType<typeof user>, props: AssessmentProps, answers: Record<string, number | undefined>) {
  for (const q of props.assessment.questions) {
    const index = answers[q.id]
    const option = index === undefined ? undefined : q.options[index]
    if (option) await u.click(within(question(q.text)).getByRole('radio', { name: option.label }))
  }
}

const submit = (u: ReturnType<typeof user>) => u.click(screen.getByRole('button', { name: /uitslag/i }))
const band = (props: AssessmentProps, id: string) => props.assessment.bands.find((b) => b.id === id)?.title ?? `no band ${id}`
const resultHeading = () => screen.getByRole('heading', { level: 2, name: /uitslag/i })

describe('Assessment, enhanced', () => {
  it('shows the band, its advice and the attention points once every question is answered, with focus on the result heading', async () => {
    const u = user()
    render(helperScan)
    await answer(u, helperScan, exampleAnswers.busy)
    await submit(u)
    const heading = resultHeading()
    expect(heading.textContent).toContain(band(helperScan, 'midden'))
    expect(document.activeElement).toBe(heading)
    expect(screen.getByText('Helpen kost u energie. Neem ook rust.')).toBeTruthy()
    // "grenzen" reaches its threshold, "stress" does not.
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual(['Uw grenzen'])
    const attention = screen.getByRole('heading', { level: 4 }).parentElement as HTMLElement
    expect(within(attention).getByRole('link').getAttribute('href')).toBe('/voor-de-helpers/tips/grenzen/')
    expect(screen.queryByRole('group')).toBeNull()
  })

  it('says "look at these" only when a theme needs attention, and never "nothing needs attention" in a higher band', async () => {
    const u = user()
    render(helperScan)
    // Total 5 ("midden"), but no theme reaches its threshold: grenzen 3 < 4, stress 2 < 3.
    await answer(u, helperScan, { 'altijd-bereikbaar': 1, 'eigen-afspraken': 1, schuldig: 1, slaap: 1, op: 1 })
    await submit(u)
    expect(resultHeading().textContent).toContain(band(helperScan, 'midden'))
    expect(screen.queryByRole('heading', { level: 4 })).toBeNull()
    expect(screen.queryByText(/geen onderdeel dat extra aandacht vraagt/)).toBeNull()
    expect(screen.queryByText(/Kijk eerst naar deze onderdelen/)).toBeNull()
    expect(screen.getByText(/Geen onderdeel springt eruit/).textContent).toContain('Uw grenzen, Stress')
    cleanup()

    render(helperScan)
    await answer(u, helperScan, exampleAnswers.busy)
    await submit(u)
    expect(screen.getByText('Kijk eerst naar deze onderdelen:')).toBeTruthy()
    expect(screen.queryByText(/Geen onderdeel springt eruit|geen onderdeel dat extra aandacht vraagt/)).toBeNull()
    cleanup()

    render(helperScan)
    await answer(u, helperScan, exampleAnswers.calm)
    await submit(u)
    expect(resultHeading().textContent).toContain(band(helperScan, 'laag'))
    expect(screen.getByText('Er is geen onderdeel dat extra aandacht vraagt.')).toBeTruthy()
    expect(screen.queryByText(/Kijk eerst naar deze onderdelen|Geen onderdeel springt eruit/)).toBeNull()
  })

  it('links to the related content, the overview and the advice line', async () => {
    const u = user()
    render(helperScan)
    await answer(u, helperScan, exampleAnswers.calm)
    await submit(u)
    const hrefs = screen.getAllByRole('link').map((a) => a.getAttribute('href'))
    expect(hrefs).toEqual(expect.arrayContaining([...helperScan.related.map((r) => r.href), helperScan.overviewHref, 'tel:09000101']))
    expect(hrefs).toContain(helperScan.adviceLine.chatUrl)
    expect(screen.getByText(helperScan.adviceLine.hours)).toBeTruthy()
  })

  it('lists the unanswered questions in an error summary that gets focus, each linked to its first option', async () => {
    const u = user()
    render(helperScan)
    await answer(u, helperScan, { 'altijd-bereikbaar': 1, slaap: 0 })
    await submit(u)
    const summary = screen.getByRole('alert').parentElement
    expect(document.activeElement).toBe(summary)
    const links = within(screen.getByRole('alert')).getAllByRole('link')
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '#zelfscan-voorbeeld-eigen-afspraken-0',
      '#zelfscan-voorbeeld-schuldig-0',
      '#zelfscan-voorbeeld-op-0',
    ])
    expect(links[0]?.textContent).toBe('2. Ik zeg eigen afspraken af om te helpen.')
    // Each unanswered question says so itself, tied to its fieldset.
    const group = question('Ik voel me schuldig')
    const message = document.getElementById(group.getAttribute('aria-describedby') ?? '')
    expect(message?.textContent).toMatch(/Fout/)
    expect(question('Ik slaap slecht').getAttribute('aria-describedby')).toBeNull()
    expect(document.title).toBe(`Fout: ${TITLE}`)
    expect(screen.queryByRole('heading', { name: /uitslag/i })).toBeNull()

    await u.click(links[1] as HTMLElement)
    expect(document.activeElement?.id).toBe('zelfscan-voorbeeld-schuldig-0')
  })

  it('summarises again after a second incomplete try, and shows the result once complete', async () => {
    const u = user()
    render(helperScan)
    await submit(u)
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(5)
    await answer(u, helperScan, { ...exampleAnswers.calm, op: undefined })
    await submit(u)
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(1)
    expect(document.activeElement).toBe(screen.getByRole('alert').parentElement)
    await answer(u, helperScan, { op: 0 })
    await submit(u)
    expect(resultHeading().textContent).toContain(band(helperScan, 'laag'))
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it.each([
    ['helperScan', helperScan, exampleAnswers.redFlag, 'laag', 'hoog', 'Ik voel me helemaal op.', 'Vaak'],
    ['quickscan', quickscan, exampleAnswers.quickscanRedFlag, 'goed', 'actie', 'Is er een melding die niet is opgepakt?', 'Ja'],
  ])('%s: a red-flag answer lifts the band and the result says which answer did it', async (_, props, answers, from, to, text, label) => {
    const u = user()
    render(props)
    await answer(u, props, answers)
    await submit(u)
    expect(resultHeading().textContent).toContain(band(props, to))
    const why = screen.getByRole('heading', { level: 3, name: /waarom/i }).parentElement as HTMLElement
    expect(why.textContent).toContain(band(props, from))
    expect(within(why).getByRole('listitem').textContent).toContain(text)
    expect(within(why).getByRole('listitem').querySelector('strong')?.textContent).toBe(label)
  })

  it('gives no explanation when no red flag lifted the band', async () => {
    const u = user()
    render(helperScan)
    await answer(u, helperScan, exampleAnswers.calm)
    await submit(u)
    expect(screen.queryByRole('heading', { name: /waarom/i })).toBeNull()
  })

  it('"Opnieuw beginnen" clears every answer and returns to the questions', async () => {
    const u = user()
    render(helperScan)
    await answer(u, helperScan, exampleAnswers.busy)
    await submit(u)
    await u.click(screen.getByRole('button', { name: 'Opnieuw beginnen' }))
    expect(screen.queryByRole('heading', { name: /uitslag:/i })).toBeNull()
    expect(screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toEqual([])
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'De vragen' }))
    await submit(u)
    expect(within(screen.getByRole('alert')).getAllByRole('link')).toHaveLength(helperScan.assessment.questions.length)
  })

  it('"Antwoorden aanpassen" keeps the answers, and a changed answer changes the result', async () => {
    const u = user()
    render(helperScan)
    await answer(u, helperScan, exampleAnswers.calm)
    await submit(u)
    await u.click(screen.getByRole('button', { name: 'Antwoorden aanpassen' }))
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'De vragen' }))
    const checked = screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)
    expect(checked).toHaveLength(helperScan.assessment.questions.length)
    await answer(u, helperScan, { op: 2 })
    await submit(u)
    expect(resultHeading().textContent).toContain(band(helperScan, 'hoog'))
  })

  it('prints with the date, through the browser print dialog', async () => {
    // happy-dom has no print dialog.
    const print = vi.fn()
    vi.stubGlobal('print', print)
    const u = user()
    render(helperScan)
    await answer(u, helperScan, exampleAnswers.calm)
    await submit(u)
    const year = String(new Date().getFullYear())
    expect(screen.getByText((t) => t.startsWith('Uitslag van') && t.endsWith(year))).toBeTruthy()
    await u.click(screen.getByRole('button', { name: 'Afdrukken of opslaan als PDF' }))
    expect(print).toHaveBeenCalledTimes(1)
    vi.unstubAllGlobals()
  })

  it('keeps nothing and sends nothing: no storage, no cookie, no request', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch')
    const open = vi.spyOn(XMLHttpRequest.prototype, 'open')
    const u = user()
    render(quickscan)
    await submit(u)
    await answer(u, quickscan, exampleAnswers.quickscanRedFlag)
    await submit(u)
    await u.click(screen.getByRole('button', { name: 'Opnieuw beginnen' }))
    expect([fetch.mock.calls.length, open.mock.calls.length]).toEqual([0, 0])
    expect([localStorage.length, sessionStorage.length, document.cookie]).toEqual([0, 0, ''])
  })

  it('addresses professionals with "je"', async () => {
    const u = user()
    render(quickscan)
    await answer(u, quickscan, { gedragscode: 1, vertrouwenspersoon: 0, 'melding-blijft-liggen': 0 })
    await submit(u)
    expect(screen.getByText(/^Je antwoorden zijn nergens opgeslagen/)).toBeTruthy()
    expect(screen.queryByText(/\buw\b/i)).toBeNull()
  })
})

describe('Assessment, as built (what a visitor without JavaScript gets)', () => {
  const doc = new DOMParser().parseFromString(buildTimeHtml(helperScan), 'text/html')

  it('has every question as a fieldset with its legend, and every option as a labelled radio', () => {
    const legends = [...doc.querySelectorAll('fieldset > legend')].map((l) => l.textContent)
    expect(legends).toEqual(helperScan.assessment.questions.map((q, i) => `${i + 1}. ${q.text}`))
    const radios = [...doc.querySelectorAll('input[type="radio"]')]
    expect(radios).toHaveLength(helperScan.assessment.questions.reduce((n, q) => n + q.options.length, 0))
    for (const r of radios) expect(doc.querySelector(`label[for="${r.id}"]`)?.textContent).toBeTruthy()
  })

  it('groups the questions under their theme headings', () => {
    expect([...doc.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Uw grenzen', 'Stress'])
  })

  it('cannot send the answers anywhere: the form never navigates', () => {
    expect(doc.querySelector('form')?.getAttribute('method')).toBe('dialog')
    expect(doc.querySelector('form')?.hasAttribute('action')).toBe(false)
  })
})

describe('Assessment data in the page', () => {
  it('is read back from its JSON block, even with "</script>" in a text', () => {
    const props: AssessmentProps = { ...helperScan, adviceLine: { ...helperScan.adviceLine, hours: 'Dag en nacht </script><b>' } }
    document.body.innerHTML = `<script type="application/json" id="${ASSESSMENT_DATA_ID}">${embedJson(props)}</script>`
    expect(readAssessmentData(document)).toEqual(props)
    document.body.innerHTML = `<script type="application/json" id="${ASSESSMENT_DATA_ID}">{kapot</script>`
    expect(readAssessmentData(document)).toBeNull()
  })

  it('counts an option ticked before the script ran', async () => {
    const u = user()
    document.body.innerHTML = buildTimeHtml(helperScan)
    for (const q of helperScan.assessment.questions) {
      const option = document.getElementById(
        `${helperScan.assessment.slug}-${q.id}-${(exampleAnswers.calm as Record<string, number>)[q.id]}`,
      ) as HTMLInputElement
      option.checked = true
    }
    enhanceAssessment(document.querySelector('[data-scan]') as HTMLElement, helperScan)
    await submit(u)
    expect(resultHeading().textContent).toContain(band(helperScan, 'laag'))
  })
})
