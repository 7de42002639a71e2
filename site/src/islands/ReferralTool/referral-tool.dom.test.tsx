import { screen, within } from '@testing-library/dom'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { embedJson, enhanceReferralTool, readToolData, TOOL_DATA_ID } from './enhance.ts'
import { exampleProfessionalsTree, exampleProps } from './examples.ts'
import type { ReferralToolProps } from './logic.ts'
import { initialState } from './logic.ts'
import { renderTool } from './render.ts'

const fetchSpy = vi.fn()
beforeEach(() => {
  vi.stubGlobal('fetch', fetchSpy)
  document.title = 'Start'
})
let stop: (() => void) | undefined
afterEach(() => {
  // Back and Forward of a later test must not reach this test's tool.
  stop?.()
  document.body.innerHTML = ''
  vi.unstubAllGlobals()
})

/** The step page as the build writes it (render.ts, no JavaScript). */
const buildTimeHtml = (props: ReferralToolProps) =>
  `<div class="referral-tool" data-referral-tool>${renderTool(props, initialState(props.at), { enhanced: false })}</div>`

/** The page as built, then the enhancement script run on it, as TreeStep.astro does. */
function render(props: ReferralToolProps) {
  document.body.innerHTML = buildTimeHtml(props)
  stop = enhanceReferralTool(document.querySelector('[data-referral-tool]') as HTMLElement, props)
}

const BASE = '/voor-de-helpers/doorverwijstool/helpers/'
/** The address the page is at, as the browser has it before the island hydrates. */
const goTo = (address: string) => window.history.replaceState(null, '', address)
const address = () => window.location.pathname + window.location.search

function setup(at?: string) {
  const user = userEvent.setup()
  goTo(`${BASE}${at ?? 'gevaar'}/`)
  render(exampleProps(at))
  const answer = async (label: string) => {
    await user.click(screen.getByRole('radio', { name: label }))
    await user.click(screen.getByRole('button', { name: 'Volgende' }))
  }
  return { user, answer }
}

const heading = () => screen.getByRole('heading', { level: 1 })
const checked = (el: HTMLElement) => (el as HTMLInputElement).checked

describe('referral tool, enhanced', () => {
  it('asks the question as the legend of a fieldset, with a radio per answer', () => {
    setup()
    const group = screen.getByRole('group', { name: 'Is er nu direct gevaar?', description: 'Bijvoorbeeld: iemand is gewond.' })
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['bel-112', 'wat-gebeurd'])
    expect(screen.queryByRole('button', { name: 'Vorige vraag' })).toBeNull()
  })

  it('moves to the next question without loading a page, gives it its own address, focuses its heading and lists the answer', async () => {
    const { answer } = setup()
    const before = window.history.length
    expect(address()).toBe(`${BASE}gevaar/`)
    await answer('Nee')
    expect(heading().textContent).toBe('Wat is er gebeurd?')
    expect(document.activeElement).toBe(heading())
    expect(document.title).toBe('Wat is er gebeurd? | Voor de Helpers')
    const answers = screen.getByRole('region', { name: 'Uw antwoorden' })
    expect(within(answers).getByText('Is er nu direct gevaar?')).toBeTruthy()
    expect(within(answers).getByText('Nee')).toBeTruthy()
    // One new history entry, at the no-JS page of the question, with the route in the query.
    expect(window.history.length).toBe(before + 1)
    expect(address()).toBe(`${BASE}wat-gebeurd/?antwoorden=1`)
  })

  it('an error adds no history entry; going back, changing an answer and starting again each do', async () => {
    const { user, answer } = setup()
    const start = window.history.length
    await user.click(screen.getByRole('button', { name: 'Volgende' }))
    expect(window.history.length).toBe(start)
    await answer('Nee')
    await answer('Inbraak')
    expect(address()).toBe(`${BASE}steun/?antwoorden=1.0`)
    await user.click(screen.getByRole('button', { name: 'Vorige vraag' }))
    expect(address()).toBe(`${BASE}wat-gebeurd/?antwoorden=1`)
    await user.click(screen.getByRole('link', { name: 'Opnieuw beginnen' }))
    expect(address()).toBe(`${BASE}gevaar/`)
    expect(window.history.length).toBe(start + 4)
  })

  it('loaded at an address with answers, shows that step with the answers, and adds no entry', async () => {
    goTo(`${BASE}steun/?antwoorden=1.0`)
    const before = window.history.length
    // The page at /steun/ as built: its own node, no answers; the address adds them once hydrated.
    render(exampleProps('steun'))
    const answers = await screen.findByRole('region', { name: 'Uw antwoorden' })
    expect(
      within(answers)
        .getAllByRole('definition')
        .map((d) => d.textContent)
        .filter((t) => !t?.startsWith('Antwoord wijzigen')),
    ).toEqual(['Nee', 'Inbraak'])
    expect(heading().textContent).toBe('Wie zoekt er steun?')
    expect(window.history.length).toBe(before)
    expect(address()).toBe(`${BASE}steun/?antwoorden=1.0`)
  })

  it('a damaged address shows the page’s own step without answers, and is tidied in place', async () => {
    goTo(`${BASE}steun/?antwoorden=7.7`)
    const before = window.history.length
    render(exampleProps('steun'))
    await screen.findByText(/Gebruik de terugknop van uw browser/)
    expect(screen.queryByRole('region', { name: 'Uw antwoorden' })).toBeNull()
    expect(address()).toBe(`${BASE}steun/`)
    expect(window.history.length).toBe(before)
  })

  it('follows Back and Forward (popstate): shows the route of the address, focuses its heading, adds no entry', async () => {
    const { answer } = setup()
    await answer('Nee')
    await answer('Inbraak')
    const entries = window.history.length
    goTo(`${BASE}wat-gebeurd/?antwoorden=1`)
    window.dispatchEvent(new PopStateEvent('popstate'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Wat is er gebeurd?' })).toBe(document.activeElement)
    expect(document.title).toBe('Wat is er gebeurd? | Voor de Helpers')
    // The answer given here before is still selected.
    expect(checked(screen.getByRole('radio', { name: 'Inbraak' }))).toBe(true)
    expect(window.history.length).toBe(entries)
    expect(address()).toBe(`${BASE}wat-gebeurd/?antwoorden=1`)
  })

  it('shows a GOV.UK error summary when sent without a choice, and its link leads to the first answer', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Volgende' }))
    const alert = screen.getByRole('alert')
    expect(within(alert).getByRole('heading', { level: 2 }).textContent).toBe('Er is een probleem')
    expect(document.activeElement).toBe(alert.parentElement)
    expect(document.title).toBe('Fout: Is er nu direct gevaar? | Voor de Helpers')
    expect(screen.getByRole('group', { description: 'Bijvoorbeeld: iemand is gewond. Fout: Kies een antwoord.' })).toBeTruthy()
    await user.click(within(alert).getByRole('link', { name: 'Kies een antwoord.' }))
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Ja' }))
    await user.click(screen.getByRole('radio', { name: 'Nee' }))
    await user.click(screen.getByRole('button', { name: 'Volgende' }))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(heading().textContent).toBe('Wat is er gebeurd?')
  })

  it('"Vorige vraag" returns to the previous question with its answer selected', async () => {
    const { user, answer } = setup()
    await answer('Nee')
    await answer('Inbraak')
    await user.click(screen.getByRole('button', { name: 'Vorige vraag' }))
    expect(heading().textContent).toBe('Wat is er gebeurd?')
    expect(document.activeElement).toBe(heading())
    expect(checked(screen.getByRole('radio', { name: 'Inbraak' }))).toBe(true)
    expect(within(screen.getByRole('region', { name: 'Uw antwoorden' })).queryByText('Inbraak')).toBeNull()
  })

  it('"Antwoord wijzigen" returns to that question and drops the later answers', async () => {
    const { user, answer } = setup()
    await answer('Nee')
    await answer('Inbraak')
    await user.click(screen.getByRole('button', { name: 'Antwoord wijzigen bij de vraag “Is er nu direct gevaar?”' }))
    expect(heading().textContent).toBe('Is er nu direct gevaar?')
    expect(document.activeElement).toBe(heading())
    expect(checked(screen.getByRole('radio', { name: 'Nee' }))).toBe(true)
    expect(screen.queryByRole('region', { name: 'Uw antwoorden' })).toBeNull()
    await answer('Ja')
    expect(heading().textContent).toBe('Bel nu 112')
  })

  it('shows the outcome with its organisations and what to say, and focuses the outcome heading', async () => {
    const { answer } = setup()
    await answer('Nee')
    await answer('Oplichting')
    expect(heading().textContent).toBe('Bel Slachtofferhulp')
    expect(document.activeElement).toBe(heading())
    const org = screen.getByRole('region', { name: 'Slachtofferhulp Nederland' })
    const phone = within(org).getByRole('link', { name: '0900\u00a00101' })
    expect(phone.getAttribute('href')).toBe('tel:09000101')
    expect(within(org).getByRole('link', { name: 'Chat met Slachtofferhulp Nederland' }).getAttribute('href')).toBe(
      'https://www.slachtofferhulp.nl/chat/',
    )
    expect(within(org).getByRole('link', { name: 'www.slachtofferhulp.nl' }).getAttribute('rel')).toBe('noreferrer')
    expect(within(org).getByText('Maandag tot en met vrijdag, 8.00 tot 20.00 uur')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'alle organisaties' }).getAttribute('href')).toBe('/organisaties/#organisatie-slachtofferhulp')
    expect(screen.getByRole('heading', { level: 2, name: 'Wat zegt u als u belt?' })).toBeTruthy()
  })

  it('"Opnieuw beginnen" goes back to the first question and forgets every answer', async () => {
    const { user, answer } = setup()
    await answer('Nee')
    await answer('Inbraak')
    await user.click(screen.getByRole('link', { name: 'Opnieuw beginnen' }))
    expect(heading().textContent).toBe('Is er nu direct gevaar?')
    expect(document.activeElement).toBe(heading())
    expect(screen.queryAllByRole('radio', { checked: true })).toEqual([])
    expect(screen.queryByRole('region', { name: 'Uw antwoorden' })).toBeNull()
  })

  it('stores nothing and sends nothing while answering', async () => {
    localStorage.clear()
    sessionStorage.clear()
    const { answer } = setup()
    await answer('Nee')
    await answer('Inbraak')
    await answer('Ik, als helper')
    expect(heading().textContent).toBe('Zorg ook voor uzelf')
    expect([localStorage.length, sessionStorage.length, document.cookie]).toEqual([0, 0, ''])
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  it('links from an outcome to the page the editor chose, in the browser as in the page as built', async () => {
    const user = userEvent.setup()
    goTo(`${BASE}gevaar/`)
    // As on a real step page: the script reads the tool's data back from the embedded JSON.
    const props = exampleProps()
    document.body.innerHTML = `${buildTimeHtml(props)}<script type="application/json" id="${TOOL_DATA_ID}">${embedJson(props)}</script>`
    const data = readToolData(document)
    if (!data) throw new Error('no tool data in the page')
    stop = enhanceReferralTool(document.querySelector('[data-referral-tool]') as HTMLElement, data)
    for (const label of ['Nee', 'Oplichting']) {
      await user.click(screen.getByRole('radio', { name: label }))
      await user.click(screen.getByRole('button', { name: 'Volgende' }))
    }
    expect(heading().textContent).toBe('Bel Slachtofferhulp')
    const link = screen.getByRole('link', { name: 'alle organisaties' })
    expect(link.getAttribute('href')).toBe('/organisaties/#organisatie-slachtofferhulp')
    expect(link.hasAttribute('rel')).toBe(false)
    stop()
    stop = undefined
    document.body.innerHTML = buildTimeHtml(exampleProps('slachtofferhulp'))
    expect(screen.getByRole('link', { name: 'alle organisaties' }).outerHTML).toBe(link.outerHTML)
  })

  it('addresses professionals with "je"', async () => {
    const user = userEvent.setup()
    render(exampleProps(undefined, exampleProfessionalsTree))
    await user.click(screen.getByRole('radio', { name: 'Ja' }))
    await user.click(screen.getByRole('button', { name: 'Volgende' }))
    expect(screen.getByRole('heading', { level: 2, name: 'Wat zeg je als je belt?' })).toBeTruthy()
    expect(screen.getByRole('region', { name: 'Je antwoorden' })).toBeTruthy()
  })
})

describe('referral tool without JavaScript (the build-time render)', () => {
  const html = (at?: string) => {
    document.body.innerHTML = buildTimeHtml(exampleProps(at))
    return document.body
  }

  it('is a plain GET form to the tree’s form route, radios required and named "naar"', () => {
    const form = html().querySelector('form')
    expect(form?.getAttribute('method')).toBe('get')
    expect(form?.getAttribute('action')).toBe('/voor-de-helpers/doorverwijstool/helpers/ga/')
    expect(form?.noValidate).toBe(false)
    const radios = [...(form?.querySelectorAll('input[type=radio]') ?? [])]
    expect(radios.map((r) => [r.getAttribute('name'), r.hasAttribute('required')])).toEqual([
      ['naar', true],
      ['naar', true],
    ])
  })

  it('points "Opnieuw beginnen" at the first question, and says how to go back', () => {
    const body = html('wat-gebeurd')
    expect(within(body).getByRole('link', { name: 'Opnieuw beginnen' }).getAttribute('href')).toBe(
      '/voor-de-helpers/doorverwijstool/helpers/gevaar/',
    )
    expect(within(body).getByText(/Gebruik de terugknop van uw browser/)).toBeTruthy()
    expect(within(html()).queryByRole('link', { name: 'Opnieuw beginnen' })).toBeNull()
  })

  it('renders an outcome page without a form', () => {
    const body = html('zelfzorg')
    expect(within(body).getByRole('heading', { level: 1 }).textContent).toBe('Zorg ook voor uzelf')
    expect(body.querySelector('form')).toBeNull()
    expect(within(body).queryByRole('heading', { name: 'Wat zegt u als u belt?' })).toBeNull()
  })
})

describe('referral tool data and escaping', () => {
  it('embeds the data once as JSON that no text in it can break out of, and reads it back', () => {
    const props = exampleProps()
    const tricky = { ...props, tree: { ...props.tree, title: 'Eind </script><script>alert(1)</script> & "zo"' } }
    document.body.innerHTML = `<script type="application/json" id="${TOOL_DATA_ID}">${embedJson(tricky)}</script>`
    expect(document.scripts).toHaveLength(1)
    expect(readToolData(document)).toEqual(tricky)
    document.body.innerHTML = `<script type="application/json" id="${TOOL_DATA_ID}">{kapot</script>`
    expect(readToolData(document)).toBeNull()
  })

  it('shows text from the CMS as text, never as markup', () => {
    const props = exampleProps()
    const nodes = props.tree.nodes.map((n) =>
      n.id === 'gevaar' && n.type === 'question' ? { ...n, question: '<img src=x> & "gevaar"' } : n,
    )
    document.body.innerHTML = buildTimeHtml({ ...props, tree: { ...props.tree, nodes } })
    expect(heading().textContent).toBe('<img src=x> & "gevaar"')
    expect(document.querySelector('img')).toBeNull()
  })

  it('loaded at an address with answers, leaves focus where it is and the title as built', async () => {
    goTo(`${BASE}steun/?antwoorden=1.0`)
    render(exampleProps('steun'))
    await screen.findByRole('region', { name: 'Uw antwoorden' })
    expect(document.activeElement).toBe(document.body)
    expect(document.title).toBe('Start')
  })
})
