import { scoreAssessment } from '@hp/content-schemas'
import { COPY } from './copy.ts'
import { EMPTY_FORM, type FormState, renderForm, renderResult } from './render.ts'
import type { AssessmentProps } from './types.ts'

/** The data an assessment page embeds once, as JSON in `<script type="application/json" id="…">`. */
export const ASSESSMENT_DATA_ID = 'scan-gegevens'

/** Reads the assessment's data from the page, or null when the page has none (or it is damaged). */
export function readAssessmentData(doc: Document): AssessmentProps | null {
  const text = doc.getElementById(ASSESSMENT_DATA_ID)?.textContent
  if (!text) return null
  try {
    return JSON.parse(text) as AssessmentProps
  } catch {
    return null
  }
}

const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })

/**
 * Turns the server-rendered form (`[data-assessment]`, rendered by render.ts) into the working scan:
 * "Bekijk uw uitslag" scores the answers (`scoreAssessment` from the contract) and shows the error
 * summary or the result; the result's buttons print, go back with the answers kept, or start again.
 * Answers live in this function's variables and nowhere else: nothing is stored, nothing is sent.
 */
export function enhanceAssessment(root: HTMLElement, props: AssessmentProps, win: Window = window): void {
  const { assessment } = props
  const copy = COPY[assessment.platform]
  const doc = root.ownerDocument
  const baseTitle = doc.title
  let state: FormState = EMPTY_FORM
  let showing = false

  /** The question a radio belongs to: its name is `<slug>-<question id>`. */
  const questionOf = (input: HTMLInputElement) => input.name.slice(assessment.slug.length + 1)
  const read = (input: HTMLInputElement) => {
    state = { ...state, answers: { ...state.answers, [questionOf(input)]: Number(input.value) } }
  }
  // Options ticked before the script ran count.
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked')) read(input)

  // GOV.UK: the page title says when there is an error, and that a result is shown.
  const show = (html: string, focus: string) => {
    root.innerHTML = html
    const prefix = showing ? `${copy.resultHeading}: ` : state.missing.length > 0 ? 'Fout: ' : ''
    doc.title = `${prefix}${baseTitle}`
    root.querySelector<HTMLElement>(focus)?.focus()
  }
  const showForm = (focus: string) => {
    showing = false
    show(renderForm(props, state), focus)
  }

  root.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement
    if (input.type === 'radio') read(input)
  })
  root.addEventListener('submit', (event) => {
    event.preventDefault()
    const result = scoreAssessment(assessment, state.answers)
    state = { ...state, missing: result.unanswered }
    if (result.unanswered.length > 0) return showForm('[data-assessment="summary"]')
    showing = true
    show(renderResult(props, result, state.answers, longDate.format(new Date())), '.assessment__result h2')
  })
  root.addEventListener('click', (event) => {
    const control = (event.target as Element).closest<HTMLElement>('[data-assessment]')
    const kind = control?.dataset.assessment
    if (kind === 'first') {
      const input = doc.getElementById(control?.dataset.input ?? '')
      if (!(input instanceof HTMLInputElement)) return
      event.preventDefault()
      // The legend holds the question: show it, not just the option below it.
      input.closest('fieldset')?.querySelector('legend')?.scrollIntoView?.()
      input.focus({ preventScroll: true })
    } else if (kind === 'print') win.print()
    else if (kind === 'change') showForm('.assessment__form h2')
    else if (kind === 'restart') {
      state = EMPTY_FORM
      showForm('.assessment__form h2')
    }
  })
  // Marks the scan as working: the browser tests wait for it before the first click.
  root.dataset.enhanced = ''
}
