import transliterate from '@sindresorhus/transliterate'

/**
 * Banks take only the SEPA Latin character set (EPC217-08): a–z, A–Z, 0–9, space and
 * / - ? : ( ) . , ' +. Anything else in a file may get it rejected or the name mangled.
 */
const sepaOnly = /^[A-Za-z0-9/?:().,'+ -]*$/
const notSepa = /[^A-Za-z0-9/?:().,'+ -]/gu

// Before the library: what it keeps as it is but has a SEPA spelling. `&` has none; "und" or
// "and" would depend on the language, so it becomes `+` as banks themselves print it.
const ownSpellings: Readonly<Record<string, string>> = {
  '&': '+',
  '€': 'EUR',
  '’': "'",
  '‘': "'",
  '‚': "'",
  '`': "'",
  '´': "'",
  '"': '',
  '„': '',
  '“': '',
  '”': '',
  '«': '',
  '»': '',
}
const ownPattern = /[&€’‘‚`´"„“”«»]/gu

/**
 * Text in the SEPA character set, at most `max` characters: German umlauts as ae, oe, ue and
 * ß as ss (as German banks spell them), other letters without their accents (Łódź → Lodz),
 * other scripts transliterated, the rest (emoji, symbols) dropped. No space at either end.
 */
export function sepaText(text: string, max: number): string {
  const plain = sepaOnly.test(text) ? text : toSepa(text)
  return plain.replace(/\s+/g, ' ').trim().slice(0, max).trimEnd()
}

function toSepa(text: string): string {
  const own = text.replace(ownPattern, (char) => ownSpellings[char] ?? '')
  let latin = transliterate(own, { locale: 'de' })
  if (!sepaOnly.test(latin)) {
    // Letters the library's table lacks in their composed form (Greek with breathing marks,
    // ligatures like ﬁ) decompose into a base letter it knows and marks that go.
    latin = transliterate(latin.normalize('NFKD').replace(/\p{M}/gu, ''), { locale: 'de' })
  }
  return latin.replace(notSepa, ' ')
}

/**
 * An identifier (mandate reference, end-to-end id) as EPC and German banks accept it: SEPA
 * characters, never starting with `/` nor holding `//`, at most 35 characters.
 */
export function sepaId(text: string): string {
  return sepaText(text, 35)
    .replace(/\/{2,}/g, '/')
    .replace(/^[/ ]+/, '')
    .trimEnd()
}

/** Whether an identifier typed by the user is usable as it stands. */
export function isSepaId(text: string): boolean {
  return text !== '' && text.length <= 35 && sepaId(text) === text
}
