import { displayPhone, TREE_FORM_FIELD, telHref, treeFormAction, treeStepUrl, verificationNote } from '@hp/content-schemas'
import { esc, richTextHtml } from '../shared/html.ts'
import { TOOL_COPY, type ToolCopy } from './copy.ts'
import { currentWalk, type ReferralToolProps, type ToolState } from './logic.ts'

/**
 * The referral tool as HTML. One render for both sides: the build writes it into each step page
 * (no JavaScript needed), and `enhance.ts` writes it again for every step in the browser. Controls
 * the script acts on carry `data-tool` (`back`, `change` with `data-step`, `restart`, `first`).
 */

/** The organisation's example-data notice or its last review date (verificationNote). */
const note = (text: string | undefined) => (text ? `<p class="example-note">${esc(text)}</p>` : '')

const host = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '')

/** Options of a render: `enhanced` once the script runs (the script checks the answer itself). */
export interface RenderOptions {
  enhanced: boolean
}

function question(props: ReferralToolProps, state: ToolState, copy: ToolCopy, enhanced: boolean): string {
  const { tree } = props
  const node = currentWalk(tree, state).current
  if (node.type !== 'question') return ''
  const optionId = (i: number) => `keuze-${node.id}-${i}`
  const hintId = `hint-${node.id}`
  const errorId = `fout-${node.id}`
  const describedBy = [node.hint ? hintId : '', state.error ? errorId : ''].filter(Boolean).join(' ')
  const summary = state.error
    ? `<div class="error-summary" tabindex="-1" data-tool="summary"><div role="alert"><h2 id="fout-samenvatting">${esc(copy.problem)}</h2>` +
      `<ul><li><a href="#${esc(optionId(0))}" data-tool="first">${esc(copy.chooseAnswer)}</a></li></ul></div></div>`
    : ''
  const options = node.options
    .map(
      (option, i) =>
        `<div class="tool-option"><input type="radio" id="${esc(optionId(i))}" name="${TREE_FORM_FIELD}" value="${esc(option.next)}" required${
          state.selected === i ? ' checked' : ''
        }><label for="${esc(optionId(i))}">${esc(option.label)}</label></div>`,
    )
    .join('')
  return (
    `<form method="get" action="${esc(treeFormAction(tree.platform, tree.slug))}"${enhanced ? ' novalidate' : ''} class="tool-question">` +
    summary +
    `<fieldset class="tool-fieldset${state.error ? ' tool-fieldset--error' : ''}"${describedBy ? ` aria-describedby="${esc(describedBy)}"` : ''}>` +
    `<legend><h1 tabindex="-1" id="kop-${esc(node.id)}">${esc(node.question)}</h1></legend>` +
    (node.hint ? `<p id="${esc(hintId)}" class="tool-hint">${esc(node.hint)}</p>` : '') +
    (state.error
      ? `<p id="${esc(errorId)}" class="tool-error"><span class="visually-hidden">${esc(copy.errorPrefix)} </span>${esc(copy.chooseAnswer)}</p>`
      : '') +
    `<div class="tool-options">${options}</div></fieldset>` +
    `<button type="submit" class="button tool-next">${esc(copy.next)}</button></form>`
  )
}

function outcome(props: ReferralToolProps, state: ToolState, copy: ToolCopy): string {
  const node = currentWalk(props.tree, state).current
  if (node.type !== 'outcome') return ''
  const orgs = node.organisations.map((slug) => props.organisations.find((o) => o.slug === slug)).filter((o) => o !== undefined)
  const row = (term: string, value: string) => `<dt>${esc(term)}</dt><dd>${value}</dd>`
  const orgHtml = orgs
    .map(
      (o) =>
        `<section class="org" aria-labelledby="tool-org-${esc(o.slug)}"><h3 id="tool-org-${esc(o.slug)}">${esc(o.name)}</h3>` +
        `<p>${esc(o.description)}</p><dl>` +
        (o.phone ? row('Telefoon', `<a href="${esc(telHref(o.phone))}">${esc(displayPhone(o.phone))}</a>`) : '') +
        (o.chatUrl ? row('Chat', `<a href="${esc(o.chatUrl)}" rel="noreferrer">${esc(copy.chatWith)} ${esc(o.name)}</a>`) : '') +
        (o.url ? row('Website', `<a href="${esc(o.url)}" rel="noreferrer">${esc(host(o.url))}</a>`) : '') +
        (o.hours ? row('Bereikbaar', esc(o.hours)) : '') +
        '</dl>' +
        note(verificationNote(o, copy.exampleData)) +
        '</section>',
    )
    .join('')
  return (
    `<div class="tool-outcome"><h1 tabindex="-1" id="kop-${esc(node.id)}">${esc(node.title)}</h1>` +
    richTextHtml(node.body) +
    (orgs.length > 0
      ? `<section aria-labelledby="tool-organisaties"><h2 id="tool-organisaties">${esc(copy.whereTo)}</h2>${orgHtml}</section>`
      : '') +
    (node.whatToSay.length > 0
      ? `<section aria-labelledby="tool-wat-zeggen"><h2 id="tool-wat-zeggen">${esc(copy.whatToSay)}</h2>${richTextHtml(node.whatToSay, 1)}</section>`
      : '') +
    '</div>'
  )
}

/** The answers given so far, each with "Antwoord wijzigen" (GOV.UK summary list). */
function answers(props: ReferralToolProps, state: ToolState, copy: ToolCopy): string {
  const { path } = currentWalk(props.tree, state)
  if (path.length === 0) return ''
  const rows = path
    .map(
      (step, i) =>
        `<div class="tool-answers__row"><dt>${esc(step.node.question)}</dt><dd>${esc(step.node.options[step.answer]?.label ?? '')}</dd>` +
        `<dd><button type="button" class="link-button" data-tool="change" data-step="${i}">${esc(copy.change)}` +
        `<span class="visually-hidden"> ${esc(copy.changeWhich)} “${esc(step.node.question)}”</span></button></dd></div>`,
    )
    .join('')
  return `<section class="tool-answers" aria-labelledby="tool-antwoorden"><h2 id="tool-antwoorden">${esc(copy.answers)}</h2><dl>${rows}</dl></section>`
}

/**
 * The inside of `<div class="referral-tool">` for `state`: "Vorige vraag" (after an answer), the
 * question or outcome, the answers so far, and "Opnieuw beginnen" (away from the first question).
 */
export function renderTool(props: ReferralToolProps, state: ToolState, { enhanced }: RenderOptions): string {
  const { tree } = props
  const copy = TOOL_COPY[tree.platform]
  const { path, current } = currentWalk(tree, state)
  const away = path.length > 0 || current.id !== tree.start
  return (
    (path.length > 0
      ? `<p class="tool-back"><button type="button" class="link-button" data-tool="back">${esc(copy.previous)}</button></p>`
      : '') +
    (current.type === 'question' ? question(props, state, copy, enhanced) : outcome(props, state, copy)) +
    answers(props, state, copy) +
    (path.length === 0 && current.id !== tree.start ? `<p class="tool-hint">${esc(copy.backHint)}</p>` : '') +
    (away
      ? `<p class="tool-restart"><a href="${esc(treeStepUrl(tree.platform, tree.slug, tree.start))}" data-tool="restart">${esc(copy.restart)}</a></p>`
      : '')
  )
}
