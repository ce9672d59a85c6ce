import type { Kysely, Selectable } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import { bicProblem, ibanProblem, normaliseBic, normaliseIban } from '../../api/iban.ts'
import type { Mandate, MandateInput } from '../../api/sepa.ts'
import { isoTimestamp, localToday, type Clock } from '../clock.ts'
import type { Database, MandateTable } from '../db/schema.ts'
import { addMonths } from '../../api/clubYear.ts'
import { requireMemberRow } from '../members/memberWrite.ts'
import { referenceFromPattern } from './mandateReference.ts'
import { isSepaId } from './transliterate.ts'

/** A mandate lapses when 36 months pass without a collection (SEPA rulebook, CORE 4.3.4). */
const lapseMonths = 36

export function isLapsed(
  mandate: { readonly last_used_on: string | null; readonly signed_on: string },
  day: string,
): boolean {
  return addMonths(mandate.last_used_on ?? mandate.signed_on, lapseMonths) <= day
}

export function toMandate(row: Selectable<MandateTable>, today: string): Mandate {
  return {
    id: row.id,
    memberId: row.member_id,
    reference: row.reference,
    signedOn: row.signed_on,
    debtorName: row.debtor_name,
    iban: row.iban,
    bic: row.bic,
    type: row.type,
    status: row.status,
    lastUsedOn: row.last_used_on,
    lapsed: isLapsed(row, today),
  }
}

/** The member's mandates, the newest signed first. */
export async function listMandates(
  db: Kysely<Database>,
  memberId: number,
  clock: Clock,
): Promise<Mandate[]> {
  await requireMemberRow(db, memberId)
  const rows = await db
    .selectFrom('mandate')
    .selectAll()
    .where('member_id', '=', memberId)
    .orderBy('signed_on', 'desc')
    .orderBy('id', 'desc')
    .execute()
  const today = localToday(clock)
  return rows.map((row) => toMandate(row, today))
}

/**
 * Creates or changes a mandate and returns the member's mandates. A reference typed in must
 * be one a bank takes as it is, since it has to match the signed form; an empty one is made
 * from the club's pattern (and an existing mandate keeps its own).
 */
export async function saveMandate(
  db: Kysely<Database>,
  input: MandateInput,
  clock: Clock,
): Promise<Mandate[]> {
  const member = await requireMemberRow(db, input.memberId)
  const existing =
    input.id === null
      ? undefined
      : await db
          .selectFrom('mandate')
          .select(['id', 'reference'])
          .where('id', '=', input.id)
          .where('member_id', '=', input.memberId)
          .executeTakeFirst()
  if (input.id !== null && existing === undefined) throw new KreisError('sepa.mandateNotFound')
  const iban = normaliseIban(input.iban)
  if (iban === '') throw new KreisError('input.invalid', { field: 'iban', reason: 'required' })
  const badIban = ibanProblem(iban)
  if (badIban !== null) throw new KreisError('input.invalid', { field: 'iban', reason: badIban })
  const badBic = bicProblem(input.bic, iban)
  if (badBic !== null) throw new KreisError('input.invalid', { field: 'bic', reason: badBic })
  if (input.signedOn > localToday(clock)) {
    throw new KreisError('input.invalid', { field: 'signedOn', reason: 'outOfRange' })
  }
  if (input.reference !== '' && !isSepaId(input.reference)) {
    throw new KreisError('input.invalid', { field: 'mandate.reference', reason: 'format' })
  }
  const reference =
    input.reference !== ''
      ? input.reference
      : (existing?.reference ?? (await newReference(db, input.memberId, member.member_number)))
  const taken = await db
    .selectFrom('mandate')
    .select('id')
    .where('reference', '=', reference)
    .where('id', '!=', input.id ?? 0)
    .executeTakeFirst()
  if (taken !== undefined) throw new KreisError('sepa.mandateTaken', { reference })
  const values = {
    reference,
    signed_on: input.signedOn,
    debtor_name: input.debtorName,
    iban,
    bic: normaliseBic(input.bic),
    type: input.type,
    status: input.status,
  }
  if (input.id === null) {
    await db
      .insertInto('mandate')
      .values({
        ...values,
        member_id: input.memberId,
        last_used_on: null,
        created_at: isoTimestamp(clock),
      })
      .execute()
  } else {
    await db.updateTable('mandate').set(values).where('id', '=', input.id).execute()
  }
  return listMandates(db, input.memberId, clock)
}

/**
 * The first free reference of the club's pattern for the member, counting on from the
 * member's number of mandates; a pattern without `{n}` has one reference per member only.
 */
async function newReference(
  db: Kysely<Database>,
  memberId: number,
  memberNumber: string,
): Promise<string> {
  const club = await db
    .selectFrom('club')
    .select('mandate_pattern')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow()
  const { count } = await db
    .selectFrom('mandate')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('member_id', '=', memberId)
    .executeTakeFirstOrThrow()
  const tries = club.mandate_pattern.includes('{n}') ? 1000 : 1
  let reference = ''
  for (let n = Number(count) + 1; n <= Number(count) + tries; n++) {
    reference = referenceFromPattern(club.mandate_pattern, memberNumber, n)
    const taken = await db
      .selectFrom('mandate')
      .select('id')
      .where('reference', '=', reference)
      .executeTakeFirst()
    if (taken === undefined && reference !== '') return reference
  }
  throw new KreisError('sepa.mandateTaken', { reference })
}
