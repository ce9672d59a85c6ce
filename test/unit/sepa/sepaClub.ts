import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { composeIBAN } from 'ibantools'
import type { Kysely } from 'kysely'
import type { MandateInput } from '../../../src/api/sepa.ts'
import type { Database } from '../../../src/core/db/schema.ts'
import { addCharge } from '../../../src/core/dues/charges.ts'
import { saveMandate } from '../../../src/core/sepa/mandates.ts'
import { saveSepaSettings } from '../../../src/core/sepa/settings.ts'
import { addDuesMember, inTrx } from '../../support/duesClub.ts'
import { fixedClock } from '../../support/temp.ts'

/** The schema beside the repository, where CI clones it next to `shared/`. */
export const xsdPath = fileURLToPath(
  new URL('../../../../shared/data/sepa/pain.008.001.08.xsd', import.meta.url),
)

/** Runs xmllint against the schema; a file that does not validate fails with its messages. */
export function validate(path: string): void {
  execFileSync('xmllint', ['--noout', '--schema', xsdPath, path], { stdio: 'pipe' })
}

/** A German IBAN with correct check digits for account `n` at one bank. */
export function iban(n: number): string {
  return composeIBAN({ countryCode: 'DE', bban: `37040044${String(n).padStart(10, '0')}` }) ?? ''
}

export const creditor = {
  creditorId: 'DE98ZZZ09999999999',
  creditorName: 'Förderverein Rotary Club Teststadt e.V.',
  iban: 'DE89370400440532013000',
  bic: 'COBADEFFXXX',
  mandatePattern: 'M-{number}-{n}',
}

export async function setCreditor(db: Kysely<Database>): Promise<void> {
  await saveSepaSettings(db, creditor, fixedClock)
}

export function mandate(memberId: number, fields: Partial<MandateInput> = {}): MandateInput {
  return {
    id: null,
    memberId,
    reference: '',
    signedOn: '2025-03-01',
    debtorName: 'Kontoinhaber',
    iban: iban(memberId),
    bic: '',
    type: 'RCUR',
    status: 'active',
    ...fields,
  }
}

export async function addMandate(
  db: Kysely<Database>,
  memberId: number,
  fields: Partial<MandateInput> = {},
): Promise<number> {
  const list = await saveMandate(db, mandate(memberId, fields), fixedClock)
  return Math.max(...list.map((m) => m.id))
}

/** A charge booked 2026-09-01, due 2026-10-01 unless told. */
export async function charge(
  db: Kysely<Database>,
  memberId: number,
  amountCents = 12000,
  fields: { description?: string; dueDate?: string } = {},
): Promise<number> {
  return inTrx(db, (trx) =>
    addCharge(
      trx,
      {
        memberId,
        kind: 'extra',
        description: fields.description ?? 'Jahresbeitrag 2026/27',
        amountCents,
        bookedOn: '2026-09-01',
        dueDate: fields.dueDate ?? '2026-10-01',
      },
      fixedClock,
    ),
  )
}

const privateAddress = (street: string, houseNumber: string, postcode: string, town: string) => ({
  street,
  houseNumber,
  postcode,
  town,
  country: 'DE',
})

export interface SepaClub {
  /** Anna Müller, Hauptstraße 5, Berlin: recurrent mandate used before, two open charges. */
  readonly anna: number
  /** Jürgen Weiß-Groß, a 66-character account holder name that transliterates past 70: recurrent, never used (first debit). */
  readonly juergen: number
  /** Łukasz Ørsted-Ærø: one-off mandate, never used. */
  readonly lukasz: number
  /** Firma Straßenbau & Söhne GmbH: business address, recurrent mandate with BIC. */
  readonly firma: number
  /** Dora Ohnemandat: no mandate. */
  readonly dora: number
  /** Erik Widerruf: his only mandate is revoked. */
  readonly erik: number
  /** Frieda Alt: signed 2020, never used: lapsed. */
  readonly frieda: number
  /** Gustav Falsch: a mandate whose IBAN has wrong check digits (from an old import). */
  readonly gustav: number
}

/** Creditor settings and eight members with open charges of €120 (Anna: also €35.50). */
export async function makeSepaClub(db: Kysely<Database>): Promise<SepaClub> {
  await setCreditor(db)
  const anna = await addDuesMember(db, {
    firstName: 'Anna',
    lastName: 'Müller',
    privateAddress: privateAddress('Hauptstraße', '5a', '10115', 'Berlin'),
  })
  await addMandate(db, anna, { debtorName: 'Anna Müller', signedOn: '2021-02-01' })
  await db
    .updateTable('mandate')
    .set({ last_used_on: '2026-06-01' })
    .where('member_id', '=', anna)
    .execute()
  const juergen = await addDuesMember(db, {
    firstName: 'Jürgen',
    lastName: 'Weiß-Groß',
    privateAddress: privateAddress('Königsallee', '100', '40212', 'Düsseldorf'),
  })
  await addMandate(db, juergen, {
    debtorName: 'Jürgen Weiß-Groß und Bärbel Weiß-Groß geb. Müller-Lüdenscheidt-Öhr',
  })
  const lukasz = await addDuesMember(db, { firstName: 'Łukasz', lastName: 'Ørsted-Ærø' })
  await addMandate(db, lukasz, { debtorName: 'Łukasz Ørsted-Ærø 😀', type: 'OOFF' })
  const firma = await addDuesMember(db, {
    kind: 'organisation',
    lastName: '',
    organisationName: 'Straßenbau & Söhne GmbH',
    businessAddress: privateAddress('Industriestraße', '12', '50667', 'Köln'),
  })
  await addMandate(db, firma, {
    debtorName: 'Straßenbau & Söhne GmbH',
    iban: 'DE89370400440532013000',
    bic: 'COBADEFFXXX',
  })
  const dora = await addDuesMember(db, { firstName: 'Dora', lastName: 'Ohnemandat' })
  const erik = await addDuesMember(db, { firstName: 'Erik', lastName: 'Widerruf' })
  await addMandate(db, erik, { status: 'revoked' })
  const frieda = await addDuesMember(db, { firstName: 'Frieda', lastName: 'Alt' })
  await addMandate(db, frieda, { signedOn: '2020-01-15' })
  const gustav = await addDuesMember(db, { firstName: 'Gustav', lastName: 'Falsch' })
  await addMandate(db, gustav)
  await db
    .updateTable('mandate')
    .set({ iban: 'DE00370400440532013000' })
    .where('member_id', '=', gustav)
    .execute()
  for (const member of [anna, juergen, lukasz, firma, dora, erik, frieda, gustav]) {
    await charge(db, member)
  }
  await charge(db, anna, 3550, { description: 'Weihnachtsessen', dueDate: '2026-11-15' })
  return { anna, juergen, lukasz, firma, dora, erik, frieda, gustav }
}
