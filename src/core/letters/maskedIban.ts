import { formatIban } from '../../api/iban.ts'

/**
 * `•••• •••• •••• •••• ••30 00`: a letter may be read by others on its way, so only the last
 * four characters of the member's IBAN show, enough to recognise the account.
 */
export function maskedIban(iban: string): string {
  const printed = formatIban(iban)
  let keep = 4
  const out: string[] = []
  for (const character of Array.from(printed).reverse()) {
    if (character === ' ') out.push(character)
    else if (keep > 0) {
      out.push(character)
      keep -= 1
    } else out.push('•')
  }
  return out.reverse().join('')
}
