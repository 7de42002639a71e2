import { describe, expect, it } from 'vitest'
import { THEME_NAMES, themeName } from './labels.ts'

describe('themeName', () => {
  it('addresses helpers with "u" and professionals with "je"', () => {
    const themes = Object.keys(THEME_NAMES) as (keyof typeof THEME_NAMES)[]
    const forProfessionals = themes.map((t) => themeName(t, 'professionals'))
    expect(forProfessionals.filter((n) => /\b(u|uw|uzelf)\b/i.test(n))).toEqual([])
    expect(themes.map((t) => themeName(t, 'helpers')).filter((n) => /\b(je|jij|jouw|jezelf)\b/i.test(n))).toEqual([])
    expect(themeName('reageren', 'helpers')).toBe('Hoe reageert u?')
    expect(themeName('reageren', 'professionals')).toBe('Hoe reageer je?')
    expect(themeName('stress', 'professionals')).toBe('Stress')
  })
})
