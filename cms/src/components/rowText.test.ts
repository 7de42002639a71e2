import { describe, expect, it } from 'vitest'
import { sendState } from './NewsletterSendPanel/sendState.ts'
import { rowText } from './rowText.ts'

describe('rowText', () => {
  it('shows a row by its key and title', () => {
    expect(rowText({ key: 'start', question: 'Wat is er gebeurd?' })).toBe('start: Wat is er gebeurd?')
    expect(rowText({ label: 'Ja', next: 'politie' } as never)).toBe('Ja')
    expect(rowText({ key: 'alleen-sleutel' })).toBe('alleen-sleutel')
    expect(rowText({})).toBe('')
  })
})

describe('sendState', () => {
  const stats = (s: Partial<Parameters<typeof sendState>[1] & object>) => ({
    recipients: 0,
    sent: 0,
    failed: 0,
    pending: 0,
    skipped: 0,
    ...s,
  })
  it('says the send is running only while deliveries are pending, then that it is done', () => {
    expect(sendState('De nieuwsbrief wordt verstuurd.', stats({}))).toBe('De nieuwsbrief wordt verstuurd.')
    expect(sendState('De nieuwsbrief wordt verstuurd.', stats({ recipients: 3, sent: 1, pending: 2 }))).toBe(
      'Bezig met versturen: 1 van 3 klaar.',
    )
    expect(sendState('De nieuwsbrief wordt verstuurd.', stats({ recipients: 3, sent: 3 }))).toBe(
      'Klaar: verstuurd naar 3 van 3 ontvangers.',
    )
    expect(sendState('x', stats({ recipients: 4, sent: 2, failed: 1, skipped: 1 }))).toBe(
      'Klaar: verstuurd naar 2 van 4 ontvangers. 1 mislukt: die kunt u later opnieuw versturen. 1 overgeslagen (afgemeld).',
    )
  })
})
