'use client'
import { ConfirmationModal, PopupList, toast, useDocumentInfo, useForm, useModal } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import { type DependantLink, type Dependants, dependantsUrl, unpublishDialog } from './text.ts'

async function loadDependants(collection: string, id: string | number): Promise<Dependants> {
  const res = await fetch(dependantsUrl(collection, id), { credentials: 'include' })
  if (!res.ok) throw new Error(`HTTP ${res.status}`)
  return (await res.json()) as Dependants
}

/** Takes one document offline (a save as draft); the server's Dutch message when it refuses. */
async function unpublishOne(collection: string, id: string | number): Promise<string | undefined> {
  const res = await fetch(`/api/${encodeURIComponent(collection)}/${encodeURIComponent(String(id))}?depth=0`, {
    method: 'PATCH',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ _status: 'draft' }),
  })
  if (res.ok) return undefined
  const body = (await res.json().catch(() => ({}))) as { errors?: { message?: string }[] }
  return body.errors?.[0]?.message ?? `Publicatie intrekken lukte niet (HTTP ${res.status}).`
}

const adminLink = (d: DependantLink) => `/admin/collections/${encodeURIComponent(d.collection)}/${encodeURIComponent(d.id)}`

/**
 * Replaces Payload's "Publicatie intrekken" (admin.components.edit.UnpublishButton): before the
 * unpublish, the dialog names the published documents that use this one (the publish check's own
 * dependency logic). The publisher can cancel, or take the documents that would break offline too.
 */
export const UnpublishWithDependants = () => {
  const {
    id,
    collectionSlug,
    data,
    hasPublishedDoc,
    hasPublishPermission,
    setHasPublishedDoc,
    incrementVersionCount,
    setUnpublishedVersionCount,
  } = useDocumentInfo()
  const { reset } = useForm()
  const { toggleModal } = useModal()
  const [found, setFound] = useState<Dependants>()
  const slug = `confirm-unpublish-dependants-${id}`

  const open = useCallback(async () => {
    if (!collectionSlug || id === undefined) return
    try {
      setFound(await loadDependants(collectionSlug, id))
    } catch {
      setFound({ published: true, usedIn: [], blocking: [] })
    }
    toggleModal(slug)
  }, [collectionSlug, id, slug, toggleModal])

  const confirm = useCallback(async () => {
    if (!collectionSlug || id === undefined) return
    for (const d of found?.alsoUnpublish ?? []) {
      const refused = await unpublishOne(d.collection, d.id)
      if (refused) {
        toast.error(`${d.label}: ${refused}`)
        return
      }
    }
    const refused = await unpublishOne(collectionSlug, id)
    if (refused) {
      toast.error(refused)
      return
    }
    const others = found?.alsoUnpublish?.length ?? 0
    toast.success(
      others > 0 ? `Publicatie ingetrokken, ook van: ${found?.alsoUnpublish?.map((d) => d.label).join(', ')}.` : 'Publicatie ingetrokken.',
    )
    void reset({ ...(data ?? {}), _status: 'draft' })
    incrementVersionCount()
    setUnpublishedVersionCount(1)
    setHasPublishedDoc(false)
  }, [collectionSlug, id, found, data, reset, incrementVersionCount, setUnpublishedVersionCount, setHasPublishedDoc])

  if (!hasPublishPermission || !hasPublishedDoc) return null
  const dialog = found ? unpublishDialog(found) : undefined
  return (
    <>
      <PopupList.Button id="action-unpublish" onClick={() => void open()}>
        Publicatie intrekken
      </PopupList.Button>
      <ConfirmationModal
        modalSlug={slug}
        heading="Publicatie intrekken?"
        body={<p data-testid="unpublish-dependants">{dialog?.body ?? ''}</p>}
        cancelLabel="Annuleren"
        confirmLabel={dialog?.confirmLabel ?? 'Publicatie intrekken'}
        confirmingLabel="Bezig …"
        onConfirm={confirm}
      />
    </>
  )
}

/**
 * "Gebruikt in" in the sidebar of every content document: the published documents that use this
 * one, with a link to each, so whoever is about to unpublish or delete it sees what changes.
 */
export const UsedInPanel = () => {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const [found, setFound] = useState<Dependants | 'error'>()

  useEffect(() => {
    if (!collectionSlug || id === undefined || !hasPublishedDoc) return
    loadDependants(collectionSlug, id).then(setFound, () => setFound('error'))
  }, [collectionSlug, id, hasPublishedDoc])

  let body: React.ReactNode
  if (id === undefined || !hasPublishedDoc) body = <p>Dit document staat niet op de website. Er hangt niets van af.</p>
  else if (found === undefined) body = <p>Bezig met nakijken …</p>
  else if (found === 'error') body = <p>Kon niet nakijken waar dit document wordt gebruikt.</p>
  else if (found.usedIn.length === 0) body = <p>Geen andere pagina op de website gebruikt dit document.</p>
  else
    body = (
      <>
        <p>Haalt u dit document offline of verwijdert u het, dan veranderen deze pagina’s:</p>
        <ul style={{ margin: '0.25rem 0 0', paddingLeft: '1.25rem' }}>
          {found.usedIn.map((d) => (
            <li key={`${d.collection}:${d.id}`}>
              <a href={adminLink(d)}>{d.label}</a>
              {found.blocking.some((b) => b.collection === d.collection && b.id === d.id) ? ' (klopt dan niet meer)' : ''}
            </li>
          ))}
        </ul>
      </>
    )
  return (
    <section data-testid="used-in" style={{ marginBottom: '1.5rem' }}>
      <h4 style={{ margin: '0 0 0.25rem' }}>Gebruikt in</h4>
      {body}
    </section>
  )
}
