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
  return germanKey(text).trim()
}

export function sortKeyEnglish(text: string): string {
  return englishKey(text).trim()
}

function germanKey(text: string): string {
  return stripMarks(text.toLowerCase().replace(/[äöüß]/g, (c) => germanLetters[c] ?? c))
}

function englishKey(text: string): string {
  return stripMarks(text.toLowerCase().replace(/ß/g, 'ss'))
}

// Texts folded in one call by `foldEach`: enough to save the calls, few enough that the
// joined text stays megabytes long, far below the longest string V8 holds.
const textsPerFold = 50_000
// Joins the texts of one call. No fold makes or removes it, and it ends every `([aou])e` pair
// and final sigma just as the end of a text does; it is no white space that `trim` removes.
// Not U+0000, which the search index's texts hold between their columns.
const separator = '\u0001'

/**
 * `fold` of each text, folded many at a time: an import folds six search texts and two sort
 * keys for each of 100,000 members, and the calls and regular expressions cost more per text
 * than the folding. Each fold here treats a text letter by letter, so the joined texts come
 * out as the texts would one by one.
 */
function foldEach(texts: readonly string[], fold: (text: string) => string): string[] {
  const folded: string[] = []
  for (let start = 0; start < texts.length; start += textsPerFold) {
    const batch = texts.slice(start, start + textsPerFold)
    let parts = partTexts(fold(joinTexts(batch)))
    // A text holding the separator itself splits apart: its batch is folded text by text.
    if (parts.length !== batch.length) parts = batch.map(fold)
    for (const part of parts) folded.push(part)
  }
  return folded
}

/** `foldForSearch` of each text. */
export function foldAllForSearch(texts: readonly string[]): string[] {
  return foldEach(texts, foldForSearch)
}

/**
 * Texts as one, to be folded as a whole and parted again by `partTexts` (as `foldEach` does):
 * one string crosses to a thread in a copy of its letters, where 100,000 cost one by one.
 */
export function joinTexts(texts: readonly string[]): string {
  return texts.join(separator)
}

/** The texts `joinTexts` joined, after their fold; more of them where one held the separator. */
export function partTexts(joined: string): string[] {
  return joined.split(separator)
}

/** `sortKeyGerman` and `sortKeyEnglish` of each text. */
export function sortKeysOf(texts: readonly string[]): { german: string[]; english: string[] } {
  const trim = (key: string) => key.trim()
  return {
    german: foldEach(texts, germanKey).map(trim),
    english: foldEach(texts, englishKey).map(trim),
  }
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
