import { describe, expect, it } from 'vitest'
import { isSepaId, sepaId, sepaText } from '../../../src/core/sepa/transliterate.ts'

describe('SEPA character set', () => {
  it('spells German letters as German banks do', () => {
    expect(sepaText('Müller', 70)).toBe('Mueller')
    expect(sepaText('Straße', 70)).toBe('Strasse')
    expect(sepaText('ÄÖÜ äöü ẞ', 70)).toBe('AeOeUe aeoeue Ss')
  })

  it('takes the accents off other Latin letters', () => {
    expect(sepaText('Łódź', 70)).toBe('Lodz')
    expect(sepaText('Ørsted', 70)).toBe('Orsted')
    expect(sepaText('François Dvořák, Çelik', 70)).toBe('Francois Dvorak, Celik')
  })

  it('transliterates other scripts and drops what has no letters', () => {
    expect(sepaText('Иван Петров', 70)).toBe('Ivan Petrov')
    expect(sepaText('Ὅμηρος', 70)).toBe('Omiros')
    expect(sepaText('Anna 😀 Müller 🎉', 70)).toBe('Anna Mueller')
    expect(sepaText('😀', 70)).toBe('')
  })

  it('keeps the SEPA punctuation and replaces the rest', () => {
    expect(sepaText("O'Brien (Kassenwart) /-?:.,+", 70)).toBe("O'Brien (Kassenwart) /-?:.,+")
    expect(sepaText('Müller & Söhne', 70)).toBe('Mueller + Soehne')
    expect(sepaText('Verein „Harmonie“ e.V.; Tel: 030#1', 70)).toBe(
      'Verein Harmonie e.V. Tel: 030 1',
    )
    expect(sepaText('O’Neill – 5 €', 70)).toBe("O'Neill - 5 EUR")
    expect(sepaText('  a\t\nb  ', 70)).toBe('a b')
  })

  it('cuts long texts to the length allowed, without a trailing space', () => {
    const name = 'Ä'.repeat(100) + 'b'.repeat(100)
    expect(name).toHaveLength(200)
    expect(sepaText(name, 70)).toBe('Ae'.repeat(35))
    expect(sepaText(name, 140)).toHaveLength(140)
    expect(sepaText('a'.repeat(69) + ' b', 70)).toBe('a'.repeat(69))
  })

  it('makes identifiers banks accept', () => {
    expect(sepaId('//M-Müller//1')).toBe('M-Mueller/1')
    expect(sepaId('x'.repeat(40))).toHaveLength(35)
    expect(isSepaId('M-0001-1')).toBe(true)
    expect(isSepaId('M_0001')).toBe(false)
    expect(isSepaId('/M1')).toBe(false)
    expect(isSepaId('')).toBe(false)
  })
})
