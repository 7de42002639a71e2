import { describe, expect, it } from 'vitest'
import { unpublishDialog } from './text.ts'

const issue = { collection: 'newsletter-issues', id: '7', label: 'Nieuwsbrief "42"' }
const tip = { collection: 'tips', id: '3', label: 'Tip "slaap"' }

describe('the confirm dialog before "Publicatie intrekken"', () => {
  it('nothing uses it: a plain question', () => {
    expect(unpublishDialog({ published: true, usedIn: [], blocking: [] })).toEqual({
      body: 'Dit document gaat van de website af. Weet u het zeker?',
      confirmLabel: 'Publicatie intrekken',
    })
  })

  it('pages that only change are named', () => {
    const d = unpublishDialog({ published: true, usedIn: [tip], blocking: [], alsoUnpublish: [] })
    expect(d.body).toBe(
      'Dit document wordt gebruikt in: Tip "slaap". Op die pagina’s verdwijnt de verwijzing naar dit document. Dit document gaat van de website af. Weet u het zeker?',
    )
    expect(d.confirmLabel).toBe('Publicatie intrekken')
  })

  it('a document that would break: the publisher may take it offline too', () => {
    const d = unpublishDialog({ published: true, usedIn: [issue, tip], blocking: [issue], alsoUnpublish: [issue] })
    expect(d.body).toContain('Dit document wordt gebruikt in: Nieuwsbrief "42", Tip "slaap".')
    expect(d.body).toContain('Zonder dit document kloppen deze niet meer: Nieuwsbrief "42".')
    expect(d.body).toContain('U kunt annuleren en eerst die documenten aanpassen. Of u haalt ook dat document offline: Nieuwsbrief "42".')
    expect(d.confirmLabel).toBe('Ook dat document offline halen')
  })

  it('when taking dependants offline cannot help (the site settings need it): fix them first', () => {
    const d = unpublishDialog({ published: true, usedIn: [issue], blocking: [issue] })
    expect(d.body).toContain('Pas eerst die documenten aan. Daarna kunt u de publicatie intrekken.')
  })
})
