import type { Kysely } from 'kysely'
import { KreisError } from '../../api/errors.ts'
import type { CollectionInput, CollectionLine } from '../../api/sepa.ts'
import { localToday, type Clock } from '../clock.ts'
import { idList } from '../db/idList.ts'
import { shortDate } from '../pdf/dates.ts'
import type { Database } from '../db/schema.ts'
import { renderLetters, type Letter } from '../letters/din5008.ts'
import { letterClub } from '../letters/letterClub.ts'
import { preNotificationLetter, preNotificationText } from '../letters/preNotificationLetter.ts'
import { recipientColumns, recipientOf, type RecipientRow } from '../letters/recipient.ts'
import { collectionPreview } from '../sepa/collection.ts'

export interface PreNotifications {
  readonly bytes: Uint8Array
  readonly pages: number
  readonly letters: number
}

/** The first debits of a collection, one group per member and mandate, in the preview's order. */
function firstDebits(lines: readonly CollectionLine[]): CollectionLine[][] {
  const groups = new Map<string, CollectionLine[]>()
  for (const line of lines) {
    if (!line.firstDebit) continue
    const key = `${line.memberId}|${line.mandateReference}`
    groups.set(key, [...(groups.get(key) ?? []), line])
  }
  return [...groups.values()]
}

/**
 * Checks what a collection would debit and whether any of it is a first debit, before a
 * dialog opens; refuses (as the collection does) a date too early or a club without creditor.
 * A member without a postal address gets no letter (its window would be empty); when that
 * leaves nobody, there is nothing to write.
 */
export async function preNotificationGroups(
  db: Kysely<Database>,
  input: CollectionInput,
  clock: Clock,
): Promise<CollectionLine[][]> {
  const preview = await collectionPreview(db, input, clock)
  const groups = firstDebits(preview.lines)
  const { country, locale } = await db
    .selectFrom('club')
    .select(['country', 'locale'])
    .executeTakeFirstOrThrow()
  if (groups.length === 0) {
    throw new KreisError('sepa.noFirstDebits', {
      date: shortDate(input.collectionDate, locale),
    })
  }
  const members = await recipients(db, groups)
  const sendable = groups.filter((group) => {
    const member = members.get(group[0]?.memberId ?? 0)
    return member !== undefined && recipientOf(member, country, locale).hasAddress
  })
  if (sendable.length === 0) throw new KreisError('export.nothing')
  return sendable
}

async function recipients(
  db: Kysely<Database>,
  groups: readonly (readonly CollectionLine[])[],
): Promise<Map<number, RecipientRow>> {
  const memberIds = groups.map((group) => group[0]?.memberId ?? 0)
  const rows = await db
    .selectFrom('member')
    .select(recipientColumns)
    .where('id', 'in', idList(memberIds))
    .execute()
  return new Map(rows.map((member) => [member.id, member]))
}

/**
 * One PDF with a pre-notification letter for each member whose first debit from a mandate
 * the collection would be: amount, collection date, mandate reference, creditor identifier
 * and the account, masked but for its last four characters.
 */
export async function makePreNotifications(
  db: Kysely<Database>,
  input: CollectionInput,
  groups: readonly (readonly CollectionLine[])[],
  clock: Clock,
): Promise<PreNotifications> {
  const today = localToday(clock)
  const club = await letterClub(db, today)
  const locale = club.locale
  const memberIds = groups.map((group) => group[0]?.memberId ?? 0)
  const members = await recipients(db, groups)
  const ibans = new Map(
    (
      await db
        .selectFrom('mandate')
        .select(['reference', 'iban'])
        .where('member_id', 'in', idList(memberIds))
        .execute()
    ).map((mandate) => [mandate.reference, mandate.iban]),
  )
  const charges = new Map(
    (
      await db
        .selectFrom('charge')
        .select(['id', 'description'])
        .where('id', 'in', idList(groups.flat().map((line) => line.chargeId)))
        .execute()
    ).map((charge) => [charge.id, charge.description]),
  )
  const letters: Letter[] = []
  for (const group of groups) {
    const [first] = group
    const member = first === undefined ? undefined : members.get(first.memberId)
    if (first === undefined || member === undefined) continue
    const recipient = recipientOf(member, club.country, locale)
    if (!recipient.hasAddress) continue
    letters.push(
      preNotificationLetter(
        club,
        {
          recipient,
          memberNumber: first.memberNumber,
          today,
          collectionDate: input.collectionDate,
          mandateReference: first.mandateReference,
          iban: ibans.get(first.mandateReference) ?? '',
          charges: group.map((line) => ({
            number: line.chargeNumber,
            description: charges.get(line.chargeId) ?? '',
            amountCents: line.amountCents,
          })),
        },
        locale,
      ),
    )
  }
  const { bytes, pages } = await renderLetters(
    club,
    letters,
    locale,
    `${preNotificationText[locale].title} · ${club.name}`,
  )
  return { bytes, pages, letters: letters.length }
}
