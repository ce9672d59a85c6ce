import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  foldAllForSearch,
  foldForSearch,
  ownLetters,
  searchQuery,
  sortKeyEnglish,
  sortKeyGerman,
  sortKeysOf,
} from '../../../src/core/members/fold.ts'

/**
 * The folds by their definition: the letters Unicode cannot decompose (Ł, Ø, Æ …) by the table,
 * then Unicode decomposition with the marks dropped, nothing taken quicker.
 */
const bare = (text: string) =>
  Array.from(text, (letter) => ownLetters[letter] ?? letter)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
const reference = {
  search: (text: string) =>
    bare(text.toLowerCase().replace(/ß/g, 'ss'))
      .replace(/ae/g, 'a')
      .replace(/oe/g, 'o')
      .replace(/ue/g, 'u'),
  german: (text: string) =>
    bare(
      text
        .toLowerCase()
        .replace(/[äöüß]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' })[c] ?? c),
    ).trim(),
  english: (text: string) => bare(text.toLowerCase().replace(/ß/g, 'ss')).trim(),
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i)

describe('folding text', () => {
  it('gives every letter of European scripts what its decomposition gives', () => {
    const differing: string[] = []
    // Latin, Greek, Cyrillic, their extensions, punctuation and letter-like symbols.
    const codes = [...range(0x20, 0x530), ...range(0x1d00, 0x2200)]
    for (const code of codes) {
      for (const before of ['', 'a', 'O', 'u']) {
        for (const after of ['', 'e', 'E', '\u0301', '\u0323\u0308', 'ß']) {
          const text = before + String.fromCharCode(code) + after
          if (
            foldForSearch(text) !== reference.search(text) ||
            sortKeyGerman(text) !== reference.german(text) ||
            sortKeyEnglish(text) !== reference.english(text)
          ) {
            differing.push(text)
          }
        }
      }
    }
    expect(differing).toEqual([])
  })

  it('files Łukasz under L and Øster under O', () => {
    expect(sortKeyGerman('Łęcki')).toBe('lecki')
    expect(sortKeyGerman('Øster') < sortKeyGerman('Paul')).toBe(true)
    expect(foldForSearch('Đorđević')).toBe('dordevic')
  })

  it('meets every German spelling of a name', () => {
    for (const name of ['Müller', 'Mueller', 'MÜLLER', 'Muller', 'Mu\u0308ller']) {
      expect(foldForSearch(name), name).toBe('muller')
    }
    expect(foldForSearch('Straße')).toBe(foldForSearch('Strasse'))
    expect(foldForSearch('Citroën Noël Łódź')).toBe('citron nol lodz')
    expect(sortKeyGerman('Öztürk')).toBe('oeztuerk')
    expect(sortKeyEnglish('Öztürk')).toBe('ozturk')
  })

  it('folds many texts at once as it folds each one', () => {
    // Letters whose fold looks beyond themselves (final sigma, ae → a, marks, İ), the separators
    // the folds join texts with, white space that trimming removes, and letters beyond Latin.
    const letter = fc.constantFrom(
      ...'aeouAEOUßÄÖÜäöüΣσςİıŁøæ\u0301\u0308 \u00a0\u0000\u0001ЖЖ–xyz-.@'.split(''),
    )
    const text = fc.array(letter, { maxLength: 12 }).map((letters) => letters.join(''))
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), (texts) => {
        expect(foldAllForSearch(texts)).toEqual(texts.map(foldForSearch))
        expect(sortKeysOf(texts)).toEqual({
          german: texts.map(sortKeyGerman),
          english: texts.map(sortKeyEnglish),
        })
      }),
      { numRuns: 500 },
    )
  })

  it('folds more texts than one call joins, in their order', () => {
    const texts = Array.from({ length: 120_001 }, (_, i) => `Müller ${String(i)}`)
    texts[70_000] = 'Σ\u0001Straße'
    const folded = foldAllForSearch(texts)
    expect(folded).toHaveLength(texts.length)
    expect(folded[0]).toBe('muller 0')
    expect(folded[70_000]).toBe('σ\u0001strasse')
    expect(folded[120_000]).toBe('muller 120000')
  })

  it('turns what people type into prefix terms and nothing else', () => {
    expect(searchQuery('Jürgen  Frankf')).toBe('"jurgen"* "frankf"*')
    expect(searchQuery('"NEAR(" OR *')).toBe('"near"* "or"*')
    expect(searchQuery(' - ')).toBeNull()
  })
})
