/**
 * Text folding for search and sorting.
 *
 * Search folds so that every German spelling of a name meets the others: `Müller`, `Mueller`
 * and `Muller` all become `muller`, `Straße` and `Strasse` both `strasse`. The same fold is
 * applied to the index and to what the user types, so the rare false friend (`Michael` and
 * `Michal`) is the price of never missing a member.
 *
 * Sorting follows DIN 5007 variant 2 ("phone book") in German — ä = ae, ö = oe, ü = ue,
 * ß = ss — and plain alphabetical order in English, where diacritics are simply dropped.
 */

const germanLetters: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' }

const marks = /[\u0300-\u036f]/g

// ASCII has no marks to strip, and most names, towns and e-mail addresses are ASCII; the
// accented letters of European names are stripped by table. Only what is left after that
// goes through the Unicode decomposition, the slowest step when an import is indexed.
const beyondAscii = /[\u0080-\uffff]/
const latin = /[\u00c0-\u017f]/g
const bareLatin = new Map<string, string>()
for (let code = 0xc0; code <= 0x17f; code++) {
  const letter = String.fromCharCode(code)
  bareLatin.set(letter, letter.normalize('NFKD').replace(marks, ''))
}
// Letters Unicode does not decompose into a base letter and a mark: Łukasz files under L and
// Øster under O, as in any phone book, instead of after Z.
export const ownLetters: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  Þ: 'TH',
}
for (const [letter, bare] of Object.entries(ownLetters)) bareLatin.set(letter, bare)

function stripMarks(text: string): string {
  if (!beyondAscii.test(text)) return text
  const bare = text.replace(latin, (letter) => bareLatin.get(letter) ?? letter)
  return beyondAscii.test(bare) ? bare.normalize('NFKD').replace(marks, '') : bare
}

export function foldForSearch(text: string): string {
  // One pass for ae → a, oe → o, ue → u: no replacement can make a new pair for another.
  return stripMarks(text.toLowerCase().replace(/ß/g, 'ss')).replace(/([aou])e/g, '$1')
}

/** DIN 5007-2: what `Intl.Collator('de-u-co-phonebk')` does, as a key SQLite can index. */
export function sortKeyGerman(text: string): string {
  return stripMarks(text.toLowerCase().replace(/[äöüß]/g, (c) => germanLetters[c] ?? c)).trim()
}

export function sortKeyEnglish(text: string): string {
  return stripMarks(text.toLowerCase().replace(/ß/g, 'ss')).trim()
}

/**
 * An FTS5 query from anything a person types: each word becomes a quoted prefix term, so
 * quotes, dots, `*`, `-`, `NEAR` or `OR` are searched for, never interpreted.
 */
export function searchQuery(input: string): string | null {
  const terms = foldForSearch(input)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term !== '')
    .slice(0, 12)
  if (terms.length === 0) return null
  return terms.map((term) => `"${term}"*`).join(' ')
}
