import { describe, expect, it } from 'vitest'
import { findPersonalData } from './personalData.ts'

const kinds = (text: string, kind: string) =>
  findPersonalData(text)
    .filter((f) => f.kind === kind)
    .map((f) => f.text)

describe('findPersonalData (Dutch heuristics for the moderator)', () => {
  it('finds e-mail addresses', () => {
    expect(kinds('Mail me gerust op marieke.de.vries@voorbeeld.nl als u vragen heeft.', 'e-mail')).toEqual([
      'marieke.de.vries@voorbeeld.nl',
    ])
  })

  it('finds Dutch phone numbers in the ways people write them', () => {
    const text = 'Bel 06-12345678 of 06 1234 5678, of thuis 020-123 45 67, of +31 6 12345678, of 0031 10 1234567.'
    expect(kinds(text, 'telefoon')).toEqual(['06-12345678', '06 1234 5678', '020-123 45 67', '+31 6 12345678', '0031 10 1234567'])
  })

  it('does not take years, amounts or short numbers for phone numbers', () => {
    expect(kinds('In 2019 kostte het 1500 euro. Het duurde 3 maanden.', 'telefoon')).toEqual([])
  })

  it('finds postcodes with and without a space, but not a year followed by a word', () => {
    expect(kinds('Wij wonen in 1234 AB, zij in 5678CD en hij in 9012ef.', 'postcode')).toEqual(['1234 AB', '5678CD', '9012ef'])
    expect(kinds('In 2019 we gingen samen naar de rechtbank.', 'postcode')).toEqual([])
  })

  it('finds street names and addresses, not the everyday words they end in', () => {
    expect(kinds('Het gebeurde op de Dorpsstraat, vlak bij Kerkweg 12a.', 'straat')).toEqual(['Dorpsstraat', 'Kerkweg 12a'])
    expect(kinds('Hij woont aan de lindelaan 4.', 'straat')).toEqual(['lindelaan 4'])
    expect(kinds('Onderweg naar huis liep ik over de weg en door het park.', 'straat')).toEqual([])
  })

  it('finds capitalised words inside a sentence as possible names or places', () => {
    expect(kinds('Mijn zus werd in Utrecht beroofd. Daarna belde ik met Jeroen de Boer.', 'naam')).toEqual(['Utrecht', 'Jeroen', 'Boer'])
  })

  it('finds common first names at the start of a sentence too', () => {
    expect(kinds('Marieke belde me om middernacht. Ze was in paniek.', 'naam')).toEqual(['Marieke'])
  })

  it('leaves sentence starts, days, months, acronyms and the organisation alone', () => {
    const text = 'Op maandag 3 Maart belde ik Slachtofferhulp. De GGZ hielp ook. Daarna ging het beter.'
    expect(findPersonalData(text)).toEqual([])
  })

  it('reports an address once, as an address and not also as a name', () => {
    expect(findPersonalData('We zaten bij hem thuis op de Stationsstraat 5. Daar op de Stationsstraat 5 ging het mis.')).toEqual([
      { kind: 'straat', text: 'Stationsstraat 5' },
    ])
  })

  it('finds nothing in an anonymised experience', () => {
    const text =
      'Mijn vriendin werd vorig jaar overvallen. Ik wist eerst niet wat ik moest zeggen. Wat hielp: gewoon naast haar zitten en luisteren.'
    expect(findPersonalData(text)).toEqual([])
  })
})
