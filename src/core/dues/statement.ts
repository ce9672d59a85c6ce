import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import { localToday, type Clock } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { renderLetters } from '../letters/din5008.ts'
import { letterClub } from '../letters/letterClub.ts'
import { recipientColumns, recipientOf } from '../letters/recipient.ts'
import { statementLetter } from '../letters/statementLetter.ts'
import { statementText } from '../letters/statementText.ts'
import { displayName } from '../members/displayName.ts'
import { memberAccount } from './account.ts'
import { activeMandates } from './dunning.ts'

export interface StatementRange {
  readonly from: string
  readonly to: string
}

/** The range as asked, or `input.invalid` naming its end when it runs backwards. */
export function checkRange(range: StatementRange, field = 'range.to'): StatementRange {
  if (range.to < range.from) throw new KreisError('input.invalid', { field, reason: 'outOfRange' })
  return range
}

/** The member a statement is for, read before any dialog opens: a wrong id costs nothing. */
export async function statementMember(db: Kysely<Database>, memberId: number) {
  const member = await db
    .selectFrom('member')
    .select(recipientColumns)
    .where('id', '=', memberId)
    .executeTakeFirst()
  if (member === undefined) throw new KreisError('member.notFound')
  return member
}

/** A member's dues statement for a range as a DIN 5008 letter in the club's language. */
export async function makeStatement(
  db: Kysely<Database>,
  memberId: number,
  range: StatementRange,
  clock: Clock,
): Promise<{ bytes: Uint8Array; pages: number }> {
  checkRange(range)
  const member = await statementMember(db, memberId)
  const today = localToday(clock)
  const club = await letterClub(db, today)
  const account = await memberAccount(db, memberId, today)
  const locale = club.locale
  const letter = statementLetter(
    club,
    {
      recipient: recipientOf(member, club.country, locale),
      memberNumber: member.member_number,
      from: range.from,
      to: range.to,
      today,
      entries: account.entries,
      openCharges: account.openCharges,
      collected: (await activeMandates(db, [memberId], today)).has(memberId),
    },
    locale,
  )
  return renderLetters(
    club,
    [letter],
    locale,
    `${statementText[locale].title} · ${displayName(member)}`,
  )
}
