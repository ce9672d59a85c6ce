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

function stripMarks(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
}

export function foldForSearch(text: string): string {
  return stripMarks(text.toLowerCase().replace(/ß/g, 'ss'))
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
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
