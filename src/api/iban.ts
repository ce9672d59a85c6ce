import { electronicFormatIBAN, isSEPACountry, isValidBIC, isValidIBAN } from 'ibantools'

/** Why a bank account is refused; the same words the core puts into `input.invalid`. */
export type BankProblem = 'iban' | 'bic' | 'bicNeeded'

/**
 * The IBAN as stored and compared: no spaces, upper case. Pasted IBANs often carry
 * non-breaking spaces or tabs from PDFs and web pages, so all whitespace goes, not only ' '.
 */
export function normaliseIban(value: string): string {
  return electronicFormatIBAN(value.replace(/\s/g, '')) ?? ''
}

export function normaliseBic(value: string): string {
  return value.replace(/\s/g, '').toUpperCase()
}

/** `DE89370400440532013000` → `DE89 3704 0044 0532 0130 00`, as printed on statements. */
export function formatIban(iban: string): string {
  return normaliseIban(iban).replace(/(.{4})(?!$)/g, '$1 ')
}

/** Empty means "no account" and is fine; anything else must carry a correct check sum. */
export function ibanProblem(iban: string): BankProblem | null {
  const electronic = normaliseIban(iban)
  return electronic === '' || isValidIBAN(electronic) ? null : 'iban'
}

/**
 * A BIC is checked when given. Within SEPA banks route by IBAN alone, so only an account
 * outside SEPA still needs one.
 */
export function bicProblem(bic: string, iban: string): BankProblem | null {
  const code = normaliseBic(bic)
  if (code !== '') return isValidBIC(code) ? null : 'bic'
  const electronic = normaliseIban(iban)
  if (electronic === '' || !isValidIBAN(electronic)) return null
  return isSEPACountry(electronic.slice(0, 2)) ? null : 'bicNeeded'
}
