import { type AssessmentResult, questionsByTheme } from '@hp/content-schemas'
import { esc, richTextHtml } from '../shared/html.ts'
import { COPY } from './copy.ts'
import type { AssessmentProps, IslandBand } from './types.ts'

/**
 * The assessment as HTML. One render for both sides: the build writes the form into the page (every
 * question readable without JavaScript), and `enhance.ts` writes the form (with errors) and the
 * result in the browser. Controls the script acts on carry `data-assessment` (`first` on a summary
 * link, with `data-input`; `print`, `change`, `restart` on the result's buttons).
 */

/** Ids on the page: every assessment page holds one assessment, but slugs keep them unique anyway. */
export const questionId = (slug: string, id: string) => `${slug}-${id}`
export const optionId = (slug: string, id: string, option: number) => `${slug}-${id}-${option}`

/** What the visitor has done so far: answers by question id, and the questions the last try left open. */
export type FormState = {
  answers: Readonly<Record<string, number>>
  /** Ids of the questions the last attempt left unanswered; empty before an attempt or once complete. */
  missing: readonly string[]
}

export const EMPTY_FORM: FormState = { answers: {}, missing: [] }

/** The questions per theme: a fieldset with legend per question, one radio per option; the error summary on top. */
export function renderForm({ assessment }: AssessmentProps, { answers, missing }: FormState): string {
  const copy = COPY[assessment.platform]
  const groups = questionsByTheme(assessment)
  const headingId = `${assessment.slug}-vragen`
  const unanswered = new Set(missing)
  const open = groups.flatMap((g) => g.questions).filter((q) => unanswered.has(q.id))
  const summary =
    open.length > 0
      ? `<div class="assessment__error-summary" tabindex="-1" data-assessment="summary"><div role="alert">` +
        `<h2>${esc(copy.errorTitle)}</h2><p>${esc(copy.errorIntro)}</p><ul>` +
        open
          .map((q) => {
            const input = optionId(assessment.slug, q.id, 0)
            return `<li><a href="#${esc(input)}" data-assessment="first" data-input="${esc(input)}">${q.number}. ${esc(q.text)}</a></li>`
          })
          .join('') +
        '</ul></div></div>'
      : ''
  const themes = groups
    .map(({ theme, questions }) => {
      const fieldsets = questions
        .map((q) => {
          const id = questionId(assessment.slug, q.id)
          const error = unanswered.has(q.id)
          const options = q.options
            .map((o, i) => {
              const oid = optionId(assessment.slug, q.id, i)
              return (
                `<div class="assessment__option"><input type="radio" id="${esc(oid)}" name="${esc(id)}" value="${i}"${answers[q.id] === i ? ' checked' : ''}>` +
                `<label for="${esc(oid)}">${esc(o.label)}</label></div>`
              )
            })
            .join('')
          return (
            `<fieldset id="${esc(id)}" class="assessment__question${error ? ' assessment__question--error' : ''}"${error ? ` aria-describedby="${esc(id)}-fout"` : ''}>` +
            `<legend>${q.number}. ${esc(q.text)}</legend>` +
            (error
              ? `<p id="${esc(id)}-fout" class="assessment__error"><span class="visually-hidden">Fout: </span>${esc(copy.errorMessage)}</p>`
              : '') +
            `<div class="assessment__options" data-pagefind-ignore>${options}</div></fieldset>`
          )
        })
        .join('')
      return `<div class="assessment__theme"><h3>${esc(theme.title)}</h3>${fieldsets}</div>`
    })
    .join('')
  // method="dialog" outside a dialog never navigates: before the script runs (or without JavaScript) a submit sends nothing anywhere.
  // The button is in the page without JavaScript too (a form needs its button); CSS hides it when scripting is off.
  return (
    `<form method="dialog" class="assessment__form" aria-labelledby="${esc(headingId)}">` +
    summary +
    `<h2 id="${esc(headingId)}" tabindex="-1">${esc(copy.questionsHeading)}</h2>` +
    `<p class="assessment__hint">${esc(copy.questionsHint(assessment.questions.length))}</p>` +
    themes +
    `<button type="submit" class="assessment__submit">${esc(copy.submit)}</button></form>`
  )
}

/** The result: band and advice, why a red flag lifted it, attention points, further reading, advice line, buttons. */
export function renderResult(
  { assessment, related, overviewHref, adviceLine }: AssessmentProps,
  result: AssessmentResult<IslandBand>,
  answers: Readonly<Record<string, number>>,
  /** The day the result was made, in words; printed on paper and PDF. */
  date: string,
): string {
  const copy = COPY[assessment.platform]
  const { band, scoreBand } = result
  const headingId = `${assessment.slug}-uitslag`
  const lifting = result.redFlags
    .filter((f) => f.lifts)
    .flatMap((f) => {
      const q = assessment.questions.find((x) => x.id === f.questionId)
      const label = q?.options[answers[f.questionId] ?? -1]?.label
      return q && label ? [{ id: q.id, text: q.text, label }] : []
    })
  const themes = assessment.themes.map((t) => ({ ...t, attention: result.themes.find((s) => s.id === t.id)?.attention ?? false }))
  const attention = themes.filter((t) => t.attention && t.attentionPoint.length > 0)
  const fine = themes.filter((t) => !t.attention)
  // The copy follows the themes: "look below" only when something is below, "nothing needs attention" only in the calmest band.
  const calmest = band.min <= Math.min(...assessment.bands.map((b) => b.min))
  const noneText = calmest ? copy.noAttention : copy.spreadOut(themes.map((t) => t.title).join(', '))
  return (
    `<section class="assessment__result" aria-labelledby="${esc(headingId)}">` +
    `<p class="assessment__printed">${esc(copy.printedOn(date))}</p>` +
    `<h2 id="${esc(headingId)}" tabindex="-1">${esc(copy.resultHeading)}: ${esc(band.title)}</h2>` +
    (lifting.length > 0
      ? `<div class="assessment__why"><h3>${esc(copy.whyHeading)}</h3><p>${esc(copy.whyIntro(scoreBand.title, band.title))}</p><ul>` +
        lifting.map((f) => `<li>${esc(f.text)} ${esc(copy.yourAnswer)}: <strong>${esc(f.label)}</strong></li>`).join('') +
        '</ul></div>'
      : '') +
    richTextHtml(band.advice, 1) +
    `<h3>${esc(copy.attentionHeading)}</h3>` +
    `<p class="assessment__attention-intro">${esc(attention.length > 0 ? copy.attentionIntro : noneText)}</p>` +
    attention.map((t) => `<div class="assessment__attention"><h4>${esc(t.title)}</h4>${richTextHtml(t.attentionPoint, 3)}</div>`).join('') +
    (attention.length > 0 && fine.length > 0 ? `<p>${esc(copy.fineThemes)}: ${esc(fine.map((t) => t.title).join(', '))}.</p>` : '') +
    `<h3>${esc(copy.relatedHeading)}</h3><ul class="assessment__related">` +
    related.map((l) => `<li><a href="${esc(l.href)}">${esc(l.title)}</a> <span class="tag">${esc(l.label)}</span></li>`).join('') +
    `<li><a href="${esc(overviewHref)}">${esc(copy.overview)}</a></li></ul>` +
    `<div class="assessment__advice"><h3>${esc(copy.adviceHeading)}</h3>` +
    `<p>${esc(copy.adviceCall)} <a href="${esc(adviceLine.telHref)}">${esc(adviceLine.phone)}</a></p>` +
    (adviceLine.chatUrl ? `<p><a href="${esc(adviceLine.chatUrl)}" rel="noreferrer">${esc(copy.adviceChat)}</a></p>` : '') +
    `<p>${esc(adviceLine.hours)}</p></div>` +
    `<p>${esc(copy.nothingKept)}</p>` +
    '<div class="assessment__actions">' +
    `<button type="button" class="assessment__primary" data-assessment="print">${esc(copy.print)}</button>` +
    `<button type="button" data-assessment="change">${esc(copy.change)}</button>` +
    `<button type="button" data-assessment="restart">${esc(copy.restart)}</button>` +
    '</div></section>'
  )
}
