/** What GET /api/<collection>/<id>/dependants answers (hooks/publishCheck.ts, `dependantsOf`). */
export interface DependantLink {
  collection: string
  id: string
  label: string
}
export interface Dependants {
  published: boolean
  usedIn: DependantLink[]
  blocking: DependantLink[]
  alsoUnpublish?: DependantLink[]
}

export const dependantsUrl = (collection: string, id: string | number) =>
  `/api/${encodeURIComponent(collection)}/${encodeURIComponent(String(id))}/dependants`

const names = (list: DependantLink[]) => list.map((d) => d.label).join(', ')

/** The confirm dialog before "Publicatie intrekken": what depends on the document, and what the button will do. */
export function unpublishDialog(d: Dependants): { body: string; confirmLabel: string } {
  const used = d.usedIn.length > 0 ? `Dit document wordt gebruikt in: ${names(d.usedIn)}. ` : ''
  if (d.blocking.length === 0) {
    const change = d.usedIn.length > 0 ? 'Op die pagina’s verdwijnt de verwijzing naar dit document. ' : ''
    return { body: `${used}${change}Dit document gaat van de website af. Weet u het zeker?`, confirmLabel: 'Publicatie intrekken' }
  }
  const broken = `Zonder dit document kloppen deze niet meer: ${names(d.blocking)}.`
  if (!d.alsoUnpublish)
    return {
      body: `${used}${broken} Pas eerst die documenten aan. Daarna kunt u de publicatie intrekken.`,
      confirmLabel: 'Toch proberen',
    }
  const n = d.alsoUnpublish.length
  return {
    body: `${used}${broken} U kunt annuleren en eerst die documenten aanpassen. Of u haalt ook ${n === 1 ? 'dat document' : `die ${n} documenten`} offline: ${names(d.alsoUnpublish)}.`,
    confirmLabel: n === 1 ? 'Ook dat document offline halen' : `Ook die ${n} documenten offline halen`,
  }
}
