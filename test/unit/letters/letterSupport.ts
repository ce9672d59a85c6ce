import type { Kysely } from 'kysely'
import type { Database } from '../../../src/core/db/schema.ts'
import { addCharge } from '../../../src/core/dues/charges.ts'
import { recordPayment } from '../../../src/core/dues/payments.ts'
import { inTrx } from '../../support/duesClub.ts'
import { fixedClock } from '../../support/temp.ts'

/** The club as a sender: address, bank account, creditor identifier. */
export async function giveClubLetterhead(db: Kysely<Database>): Promise<void> {
  await db
    .updateTable('club')
    .set({
      street: 'Marktplatz',
      house_number: '1',
      postcode: '12345',
      town: 'Teststadt',
      bank_name: 'Sparkasse Teststadt',
      iban: 'DE89370400440532013000',
      bic: 'COBADEFFXXX',
      creditor_id: 'DE98ZZZ09999999999',
    })
    .execute()
}

/** A private and a business address for a member; `country` as an ISO code. */
export async function giveAddress(
  db: Kysely<Database>,
  memberId: number,
  fields: { street?: string; postcode?: string; town?: string; country?: string } = {},
): Promise<void> {
  await db
    .updateTable('member')
    .set({
      private_street: fields.street ?? 'Lindenallee',
      private_house_number: '7',
      private_postcode: fields.postcode ?? '10115',
      private_town: fields.town ?? 'Berlin',
      private_country: fields.country ?? 'DE',
      business_street: 'Industriestraße',
      business_house_number: '12a',
      business_postcode: '20095',
      business_town: 'Hamburg',
      business_country: 'DE',
    })
    .where('id', '=', memberId)
    .execute()
}

/** A charge of `cents`, booked and due on `dueDate`; returns its id. */
export function charge(
  db: Kysely<Database>,
  memberId: number,
  cents: number,
  dueDate: string,
  description = 'Mitgliedsbeitrag 2026/27',
): Promise<number> {
  return inTrx(db, (trx) =>
    addCharge(
      trx,
      { memberId, kind: 'dues', description, amountCents: cents, bookedOn: dueDate, dueDate },
      fixedClock,
    ),
  )
}

export function pay(
  db: Kysely<Database>,
  memberId: number,
  cents: number,
  paidOn: string,
): Promise<number> {
  return inTrx(db, (trx) =>
    recordPayment(
      trx,
      { memberId, amountCents: cents, paidOn, method: 'transfer', reference: 'Beitrag' },
      fixedClock,
    ),
  )
}
