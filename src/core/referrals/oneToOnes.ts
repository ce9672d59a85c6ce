import type { InferOutput } from 'valibot'
import type { Kysely, Selectable } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { OneToOne, OneToOneInputSchema } from '../../api/business.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { OneToOneTable } from '../db/meetingSchema.ts'
import type { Database } from '../db/schema.ts'
import { inTransaction } from '../db/transaction.ts'
import { checkRange, listYears } from '../meetings/range.ts'
import { memberRefs, refOf, requireMembers } from '../meetings/memberRefs.ts'
import type { BusinessQuery } from './referrals.ts'

export type OneToOneInput = InferOutput<typeof OneToOneInputSchema>
type OneToOneRow = Selectable<OneToOneTable>

/** The one-to-ones of a period, newest first; with `memberId` those they took part in. */
export async function listOneToOnes(
  db: Kysely<Database>,
  query: BusinessQuery,
): Promise<OneToOne[]> {
  checkRange(query.from, query.to, listYears)
  let select = db
    .selectFrom('one_to_one')
    .selectAll()
    .where('date', '>=', query.from)
    .where('date', '<=', query.to)
  const memberId = query.memberId
  if (memberId !== null) {
    select = select.where((eb) =>
      eb.or([eb('member_a_id', '=', memberId), eb('member_b_id', '=', memberId)]),
    )
  }
  return toOneToOnes(db, await select.orderBy('date', 'desc').orderBy('id', 'desc').execute())
}

async function toOneToOnes(
  db: Kysely<Database>,
  rows: readonly OneToOneRow[],
): Promise<OneToOne[]> {
  const refs = await memberRefs(
    db,
    rows.flatMap((row) => [row.member_a_id, row.member_b_id]),
  )
  return rows.map((row) => ({
    id: row.id,
    a: refOf(refs, row.member_a_id),
    b: refOf(refs, row.member_b_id),
    date: row.date,
    note: row.note,
  }))
}

async function getOneToOneRow(db: Kysely<Database>, id: number): Promise<OneToOneRow> {
  const row = await db.selectFrom('one_to_one').selectAll().where('id', '=', id).executeTakeFirst()
  if (row === undefined) throw new KreisError('oneToOne.notFound', { id })
  return row
}

export async function saveOneToOne(
  db: Kysely<Database>,
  input: OneToOneInput,
  clock: Clock,
): Promise<OneToOne> {
  if (input.aId === input.bId) throw new KreisError('oneToOne.sameMember')
  const values = {
    member_a_id: input.aId,
    member_b_id: input.bId,
    date: input.date,
    note: input.note,
  }
  const id = await inTransaction(db, async (trx) => {
    await requireMembers(trx, [input.aId, input.bId])
    if (input.id === null) {
      const made = await trx
        .insertInto('one_to_one')
        .values({ ...values, created_at: isoTimestamp(clock) })
        .returning('id')
        .executeTakeFirstOrThrow()
      return made.id
    }
    const old = await getOneToOneRow(trx, input.id)
    await trx.updateTable('one_to_one').set(values).where('id', '=', old.id).execute()
    return old.id
  })
  const [saved] = await toOneToOnes(db, [await getOneToOneRow(db, id)])
  if (saved === undefined) throw new KreisError('oneToOne.notFound', { id })
  return saved
}

export async function deleteOneToOne(db: Kysely<Database>, id: number): Promise<{ deleted: true }> {
  await getOneToOneRow(db, id)
  await db.deleteFrom('one_to_one').where('id', '=', id).execute()
  return { deleted: true }
}
