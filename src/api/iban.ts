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
 * The SEPA scheme countries outside the European Economic Area. The IBAN-only rule
 * (Regulation (EU) 260/2012, art. 5(7)) covers payments within the EEA only; the EPC rulebooks
 * make the BIC mandatory whenever a non-EEA SEPA country is involved (EPC SDD Core Rulebook,
 * AT-13 "BIC of the Debtor Bank"; the countries as in EPC409-09, "EPC list of SEPA scheme
 * countries"). Jersey, Guernsey and the Isle of Man use British IBANs and so fall under GB.
 * Albania and Montenegro were admitted to the schemes later (EPC, November 2024); ibantools does
 * not count them as SEPA yet, so they need a BIC either way, and keep needing it once it does.
 */
export const nonEeaSepaCountries: ReadonlySet<string> = new Set([
  'AD', // Andorra
  'AL', // Albania
  'CH', // Switzerland
  'GB', // United Kingdom, with Jersey, Guernsey and the Isle of Man
  'GI', // Gibraltar
  'MC', // Monaco
  'ME', // Montenegro
  'SM', // San Marino
  'VA', // Vatican City State
])

/**
 * A BIC is checked when given. Within the EEA banks route by IBAN alone, so only an account
 * outside it, in SEPA or not, still needs one.
 */
export function bicProblem(bic: string, iban: string): BankProblem | null {
  const code = normaliseBic(bic)
  if (code !== '') return isValidBIC(code) ? null : 'bic'
  const electronic = normaliseIban(iban)
  if (electronic === '' || !isValidIBAN(electronic)) return null
  const country = electronic.slice(0, 2)
  return isSEPACountry(country) && !nonEeaSepaCountries.has(country) ? null : 'bicNeeded'
}
