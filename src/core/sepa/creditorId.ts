/**
 * The SEPA creditor identifier (EPC262-08): country, two check digits, a three-character
 * business code the creditor may choose freely, and the national identifier. The business code
 * is left out of the check, so `DE98ZZZ09999999999` and `DE98ABC09999999999` are both valid.
 */

const shape = /^[A-Z]{2}[0-9]{2}[A-Z0-9]{3}[A-Z0-9]{1,28}$/

/** Upper case without spaces, as it is stored and written into the file. */
export function normaliseCreditorId(value: string): string {
  return value.replace(/\s/g, '').toUpperCase()
}

export function isValidCreditorId(value: string): boolean {
  const id = normaliseCreditorId(value)
  if (!shape.test(id)) return false
  // Germany's national part is eleven digits long: a typo that drops one is caught here.
  if (id.startsWith('DE') && id.length !== 18) return false
  return mod97(`${id.slice(7)}${id.slice(0, 4)}`) === 1
}

/** ISO 7064 MOD 97-10 over letters as numbers (A = 10 … Z = 35), digit by digit. */
function mod97(text: string): number {
  let rest = 0
  for (const char of text) {
    const value = Number.parseInt(char, 36)
    rest = value < 10 ? (rest * 10 + value) % 97 : (rest * 100 + value) % 97
  }
  return rest
}
