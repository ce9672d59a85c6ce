import type { Kysely } from 'kysely'
import type { Locale } from '../../api/club.ts'
import { KreisError } from '../../api/errors.ts'
import { bicProblem, ibanProblem, normaliseBic, normaliseIban } from '../../api/iban.ts'
import type { SepaSettings } from '../../api/sepa.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { isValidCreditorId, normaliseCreditorId } from './creditorId.ts'
import { isValidMandatePattern } from './mandateReference.ts'

/** The club's creditor settings; without a creditor name of its own the club's name stands. */
export async function getSepaSettings(db: Kysely<Database>): Promise<SepaSettings> {
  const club = await db
    .selectFrom('club')
    .select(['name', 'creditor_id', 'creditor_name', 'iban', 'bic', 'mandate_pattern'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow()
  return {
    creditorId: club.creditor_id,
    creditorName: club.creditor_name === '' ? club.name : club.creditor_name,
    iban: club.iban,
    bic: club.bic,
    mandatePattern: club.mandate_pattern,
  }
}

/**
 * Saves the settings; each may stay empty until the first collection asks for it, but what is
 * given must be right. The IBAN and BIC are the club account of the club profile as well.
 */
export async function saveSepaSettings(
  db: Kysely<Database>,
  input: SepaSettings,
  clock: Clock,
): Promise<SepaSettings> {
  const creditorId = normaliseCreditorId(input.creditorId)
  if (creditorId !== '' && !isValidCreditorId(creditorId)) {
    throw new KreisError('sepa.creditorId', { value: input.creditorId })
  }
  const iban = normaliseIban(input.iban)
  const badIban = ibanProblem(input.iban)
  if (badIban !== null) throw new KreisError('input.invalid', { field: 'iban', reason: badIban })
  const badBic = bicProblem(input.bic, iban)
  if (badBic !== null) throw new KreisError('input.invalid', { field: 'bic', reason: badBic })
  if (!isValidMandatePattern(input.mandatePattern)) {
    throw new KreisError('sepa.mandatePattern', { pattern: input.mandatePattern })
  }
  await db
    .updateTable('club')
    .set({
      creditor_id: creditorId,
      creditor_name: input.creditorName,
      iban,
      bic: normaliseBic(input.bic),
      mandate_pattern: input.mandatePattern,
      updated_at: isoTimestamp(clock),
    })
    .where('id', '=', 1)
    .execute()
  return getSepaSettings(db)
}

export interface StructuredAddress {
  readonly street: string
  readonly houseNumber: string
  readonly postcode: string
  readonly town: string
  readonly country: string
}

/** The club as creditor of a collection. */
export interface Creditor {
  readonly creditorId: string
  readonly name: string
  readonly iban: string
  readonly bic: string
  readonly address: StructuredAddress
}

type CreditorField = 'creditorId' | 'iban' | 'bic'

const fieldNames: Record<Locale, Record<CreditorField, string>> = {
  de: {
    creditorId: 'Gläubiger-Identifikationsnummer',
    iban: 'IBAN des Clubkontos',
    bic: 'BIC des Clubkontos',
  },
  en: {
    creditorId: 'creditor identifier',
    iban: 'IBAN of the club account',
    bic: 'BIC of the club account',
  },
}

/** The creditor for a collection; what is missing is named in the club's language. */
export async function requireCreditor(db: Kysely<Database>): Promise<Creditor> {
  const club = await db
    .selectFrom('club')
    .select([
      'name',
      'locale',
      'creditor_id',
      'creditor_name',
      'iban',
      'bic',
      'street',
      'house_number',
      'postcode',
      'town',
      'country',
    ])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow()
  const missing: CreditorField[] = []
  if (!isValidCreditorId(club.creditor_id)) missing.push('creditorId')
  if (club.iban === '' || ibanProblem(club.iban) !== null) missing.push('iban')
  // An account outside the EEA saved before its BIC was asked for: the file would need it.
  else if (bicProblem(club.bic, club.iban) !== null) missing.push('bic')
  if (missing.length > 0) {
    const names = fieldNames[club.locale]
    throw new KreisError('sepa.creditorMissing', {
      fields: missing.map((field) => names[field]).join(', '),
    })
  }
  return {
    creditorId: normaliseCreditorId(club.creditor_id),
    name: club.creditor_name === '' ? club.name : club.creditor_name,
    iban: normaliseIban(club.iban),
    bic: normaliseBic(club.bic),
    address: {
      street: club.street,
      houseNumber: club.house_number,
      postcode: club.postcode,
      town: club.town,
      country: club.country,
    },
  }
}
