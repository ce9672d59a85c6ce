import type { Kysely } from 'kysely'
import type { Locale } from '../../api/club.ts'
import type { DunningLetterPlan, DunningLevel, DunningPreview, OpenCharge } from '../../api/dues.ts'
import { KreisError } from '../../api/errors.ts'
import { isoTimestamp, localToday, type Clock } from '../clock.ts'
import { addDays } from '../../api/clubYear.ts'
import { idList } from '../db/idList.ts'
import type { Database } from '../db/schema.ts'
import { renderLetters } from '../letters/din5008.ts'
import { dunningLetter } from '../letters/dunningLetter.ts'
import { dunningText } from '../letters/dunningText.ts'
import { letterClub } from '../letters/letterClub.ts'
import { recipientColumns, recipientOf, type Recipient } from '../letters/recipient.ts'
import { displayName } from '../members/displayName.ts'
import { memberLocale } from '../members/locale.ts'
import { shortDate } from '../pdf/dates.ts'
import { isLapsed } from '../sepa/mandates.ts'
import { slugify } from '../session/slug.ts'
import { addCharge } from './charges.ts'
import { dunningLevels } from './dunningLevels.ts'
import { discard, publish, writePending, type PendingLetter } from './letterFiles.ts'
import { openCents, openChargeRows } from './openAmount.ts'
import { daysAfter } from './periods.ts'

/** Days a member has to pay after a dunning letter. */
export const payWithinDays = 14

type Level = DunningLetterPlan['level']

interface Planned {
  readonly plan: DunningLetterPlan
  readonly recipient: Recipient
  /** The level each charge reaches with this letter; charges without a new level keep theirs. */
  readonly reached: ReadonlyMap<number, Level>
}

/** An open charge that can be in a letter on the day, with what dunning needs to know of it. */
interface Candidate {
  readonly memberId: number
  readonly charge: OpenCharge
  readonly isFee: boolean
  /** The day of the last letter that listed it. */
  readonly lastSent: string | null
}

/** Dunning happens today or on a day gone by: a letter dated ahead counts days not yet passed. */
function checkDate(date: string, clock: Clock): void {
  if (date > localToday(clock)) {
    throw new KreisError('input.invalid', { field: 'date', reason: 'outOfRange' })
  }
}

/**
 * Open charges that can be in a letter on `date`: those overdue, and every open dunning fee
 * (it is demanded again with the rest, even before its own due date).
 */
async function candidates(db: Kysely<Database>, date: string): Promise<Candidate[]> {
  const rows = await openChargeRows(db)
    .select([
      'c.id',
      'c.member_id',
      'c.kind',
      'c.number',
      'c.description',
      'c.booked_on',
      'c.due_date',
      'c.amount_cents',
      'c.dunning_level',
      openCents.as('open'),
    ])
    .where('c.booked_on', '<=', date)
    .where((eb) => eb.or([eb('c.due_date', '<', date), eb('c.kind', '=', 'dunning_fee')]))
    .orderBy('c.member_id')
    .orderBy('c.due_date')
    .orderBy('c.id')
    .execute()
  const reminded = rows.filter((row) => row.dunning_level > 0).map((row) => row.id)
  const lastSent = await lastSentOf(db, reminded)
  return rows.map((row) => ({
    memberId: row.member_id,
    charge: {
      id: row.id,
      number: row.number,
      description: row.description,
      bookedOn: row.booked_on,
      dueDate: row.due_date,
      amountCents: row.amount_cents,
      openCents: Number(row.open),
      dunningLevel: row.dunning_level,
    },
    isFee: row.kind === 'dunning_fee',
    lastSent: lastSent.get(row.id) ?? null,
  }))
}

/** The day each charge was last listed in a letter. */
async function lastSentOf(
  db: Kysely<Database>,
  chargeIds: readonly number[],
): Promise<Map<number, string>> {
  if (chargeIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('dunning_notice_charge as nc')
    .innerJoin('dunning_notice as n', 'n.id', 'nc.notice_id')
    .select(['nc.charge_id', (eb) => eb.fn.max('n.sent_on').as('last')])
    .where('nc.charge_id', 'in', idList(chargeIds))
    .groupBy('nc.charge_id')
    .execute()
  return new Map(rows.map((row) => [row.charge_id, row.last]))
}

/**
 * The level a charge's next letter has on `date`, or null when it is due none. Levels are
 * never skipped: the next is always one above the last sent, once the charge is that many
 * days overdue and, after a first letter, the gap between the levels has passed since the
 * last letter that listed it. So an old charge, or one a returned debit reopened, starts with
 * a reminder, and every letter leaves the member the time the levels promise.
 */
function nextLevel(
  { charge, lastSent }: Candidate,
  levels: readonly DunningLevel[],
  date: string,
): Level | null {
  const next = levels[charge.dunningLevel]
  if (next === undefined || daysAfter(charge.dueDate, date) < next.daysAfterDue) return null
  const previous = levels[charge.dunningLevel - 1]
  if (
    previous !== undefined &&
    lastSent !== null &&
    daysAfter(lastSent, date) < next.daysAfterDue - previous.daysAfterDue
  ) {
    return null
  }
  return next.level
}

/**
 * Who is dunned on `date`, and at which level. A member gets a letter when one of their
 * charges reaches its next level, and the letter has the highest of them. Dunning fees never
 * reach a level themselves: a fee neither starts a letter nor raises its level, so fees cannot
 * breed fees; it is listed with everything else of the member that is overdue. Only what is
 * open now counts: who has paid since has nothing open and gets nothing.
 */
async function plan(db: Kysely<Database>, date: string, locale: Locale): Promise<Planned[]> {
  const levels = await dunningLevels(db)
  const byMember = new Map<number, OpenCharge[]>()
  const reached = new Map<number, Map<number, Level>>()
  for (const candidate of await candidates(db, date)) {
    const { memberId, charge } = candidate
    byMember.set(memberId, [...(byMember.get(memberId) ?? []), charge])
    const level = candidate.isFee ? null : nextLevel(candidate, levels, date)
    if (level !== null) {
      const levelsOf = reached.get(memberId) ?? new Map<number, Level>()
      reached.set(memberId, levelsOf.set(charge.id, level))
    }
  }
  if (reached.size === 0) return []
  const members = await db
    .selectFrom('member')
    .select(recipientColumns)
    .where('id', 'in', idList([...reached.keys()]))
    .orderBy(locale === 'de' ? 'sort_key_de' : 'sort_key_en')
    .orderBy('id')
    .execute()
  const club = await db.selectFrom('club').select('country').executeTakeFirstOrThrow()
  return members.map((member) => {
    const charges = byMember.get(member.id) ?? []
    const levelsOf = reached.get(member.id) ?? new Map<number, Level>()
    const level = Math.max(...levelsOf.values()) as Level
    const recipient = recipientOf(member, club.country, locale)
    return {
      plan: {
        memberId: member.id,
        memberNumber: member.member_number,
        displayName: displayName(member),
        level,
        charges,
        openCents: charges.reduce((sum, charge) => sum + charge.openCents, 0),
        feeCents: levels.find((entry) => entry.level === level)?.feeCents ?? 0,
        hasAddress: recipient.hasAddress,
      },
      recipient,
      reached: levelsOf,
    }
  })
}

/** The letters a dunning run on `date` would write; nothing is recorded. */
export async function dunningPreview(
  db: Kysely<Database>,
  date: string,
  clock: Clock,
): Promise<DunningPreview> {
  checkDate(date, clock)
  const letters = (await plan(db, date, await memberLocale(db))).map((planned) => planned.plan)
  return {
    date,
    letters,
    totalCents: letters.reduce((sum, letter) => sum + letter.openCents + letter.feeCents, 0),
  }
}

export interface DunningRun {
  /** The letters written, in the folder. */
  readonly files: readonly string[]
  /** Members due a letter who have no postal address: nothing was written or recorded. */
  readonly withoutAddress: readonly DunningLetterPlan[]
}

/**
 * Writes one PDF letter per member into `folder` and records them as sent: a notice with its
 * charges, each charge's new level, and the level's fee as a charge of its own.
 *
 * The letters are written first under temporary names, then everything is recorded in one
 * transaction, and only then does each letter get a name of its own that no file in the
 * folder has (nothing there is ever replaced; see letterFiles.ts). A full disk fails before
 * anything is recorded; a failed transaction, or a crash before it commits, leaves no letter.
 * So either the letters are there and recorded, or neither.
 */
export async function runDunning(
  db: Kysely<Database>,
  date: string,
  folder: string,
  clock: Clock,
): Promise<DunningRun> {
  checkDate(date, clock)
  const locale = await memberLocale(db)
  const planned = await plan(db, date, locale)
  if (planned.length === 0)
    throw new KreisError('dunning.nothing', { date: shortDate(date, locale) })
  const sendable = planned.filter((entry) => entry.plan.hasAddress)
  const club = await letterClub(db, date)
  const payBy = addDays(date, payWithinDays)
  const memberIds = sendable.map((entry) => entry.plan.memberId)
  const previous = await lastNotices(db, memberIds)
  const mandates = await activeMandates(db, memberIds, date)
  const t = dunningText[locale]

  const pending: PendingLetter[] = []
  try {
    for (const entry of sendable) {
      const { plan: letterPlan } = entry
      const letter = dunningLetter(
        club,
        {
          plan: letterPlan,
          recipient: entry.recipient,
          date,
          payBy,
          previous: previous.get(letterPlan.memberId) ?? null,
          mandate: mandates.get(letterPlan.memberId) ?? null,
        },
        locale,
      )
      const title = `${t.levelName[letterPlan.level]} · ${letterPlan.displayName}`
      const { bytes } = await renderLetters(club, [letter], locale, title)
      const stem = `${t.fileStem}-${letterPlan.level}-${slugify(letterPlan.memberNumber)}-${date}`
      pending.push(writePending(folder, stem, bytes))
    }
    await record(db, sendable, date, payBy, locale, clock)
  } catch (error) {
    pending.forEach(discard)
    throw error
  }
  // Recorded: a letter that cannot get its name now stays as its `.part` file, not lost.
  const written = pending.map(publish)
  return {
    files: written,
    withoutAddress: planned.filter((entry) => !entry.plan.hasAddress).map((entry) => entry.plan),
  }
}

async function record(
  db: Kysely<Database>,
  letters: readonly Planned[],
  date: string,
  payBy: string,
  locale: Locale,
  clock: Clock,
): Promise<void> {
  const t = dunningText[locale]
  const now = isoTimestamp(clock)
  await db.transaction().execute(async (trx) => {
    for (const { plan: letter, reached } of letters) {
      const feeChargeId =
        letter.feeCents > 0
          ? await addCharge(
              trx,
              {
                memberId: letter.memberId,
                kind: 'dunning_fee',
                description: `${t.fee} (${t.levelName[letter.level]} ${shortDate(date, locale)})`,
                amountCents: letter.feeCents,
                bookedOn: date,
                dueDate: payBy,
              },
              clock,
            )
          : null
      const notice = await trx
        .insertInto('dunning_notice')
        .values({
          member_id: letter.memberId,
          level: letter.level,
          sent_on: date,
          amount_cents: letter.openCents + letter.feeCents,
          fee_charge_id: feeChargeId,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await trx
        .insertInto('dunning_notice_charge')
        .values(letter.charges.map((charge) => ({ notice_id: notice.id, charge_id: charge.id })))
        .execute()
      for (const level of new Set(reached.values())) {
        const ids = [...reached].filter(([, reachedLevel]) => reachedLevel === level)
        await trx
          .updateTable('charge')
          .set({ dunning_level: level })
          .where('id', 'in', idList(ids.map(([id]) => id)))
          .execute()
      }
    }
  })
}

/** The day each member was last sent a dunning letter. */
async function lastNotices(
  db: Kysely<Database>,
  memberIds: readonly number[],
): Promise<Map<number, string>> {
  if (memberIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('dunning_notice')
    .select(['member_id', (eb) => eb.fn.max('sent_on').as('last')])
    .where('member_id', 'in', idList(memberIds))
    .groupBy('member_id')
    .execute()
  return new Map(rows.map((row) => [row.member_id, row.last]))
}

/**
 * The newest active mandate of each member that has not lapsed on `date` (unused for 36
 * months): the club will collect with it, so the letter says so instead of asking for money.
 */
export async function activeMandates(
  db: Kysely<Database>,
  memberIds: readonly number[],
  date: string,
): Promise<Map<number, { reference: string; iban: string }>> {
  if (memberIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('mandate')
    .select(['member_id', 'reference', 'iban', 'signed_on', 'last_used_on'])
    .where('member_id', 'in', idList(memberIds))
    .where('status', '=', 'active')
    .where('signed_on', '<=', date)
    .orderBy('signed_on')
    .orderBy('id')
    .execute()
  const mandates = new Map<number, { reference: string; iban: string }>()
  for (const row of rows) {
    if (isLapsed(row, date)) continue
    mandates.set(row.member_id, { reference: row.reference, iban: row.iban })
  }
  return mandates
}
