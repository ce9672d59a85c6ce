import type { Kysely } from 'kysely'
import type { ConsentKind } from '../../api/members.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { recordChanges } from './history.ts'
import { requireMemberRow } from './memberWrite.ts'

/** Records a member's yes or no to publishing one kind of data, with the day it was given. */
export async function setConsent(
  db: Kysely<Database>,
  memberId: number,
  kind: ConsentKind,
  granted: boolean,
  date: string,
  clock: Clock,
): Promise<void> {
  await requireMemberRow(db, memberId)
  const before = await db
    .selectFrom('consent')
    .select('granted')
    .where('member_id', '=', memberId)
    .where('kind', '=', kind)
    .executeTakeFirst()
  await db
    .insertInto('consent')
    .values({ member_id: memberId, kind, granted: granted ? 1 : 0, decided_on: date })
    .onConflict((oc) =>
      oc.columns(['member_id', 'kind']).doUpdateSet({ granted: granted ? 1 : 0, decided_on: date }),
    )
    .execute()
  await recordChanges(
    db,
    memberId,
    'consent',
    [
      {
        field: `consent.${kind}`,
        old_value: before === undefined ? null : String(before.granted === 1),
        new_value: String(granted),
      },
    ],
    isoTimestamp(clock),
    date,
  )
}
