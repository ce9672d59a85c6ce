import { renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import type { Locale } from '../../api/club.ts'
import type { DunningLetterPlan, DunningPreview, OpenCharge } from '../../api/dues.ts'
import { KreisError } from '../../api/errors.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import { addDays } from '../club/clubYear.ts'
import { idList } from '../db/idList.ts'
import type { Database } from '../db/schema.ts'
import { writeExport } from '../dispatch/writeExport.ts'
import { renderLetters } from '../letters/din5008.ts'
import { dunningLetter } from '../letters/dunningLetter.ts'
import { dunningText } from '../letters/dunningText.ts'
import { letterClub } from '../letters/letterClub.ts'
import { recipientColumns, recipientOf, type Recipient } from '../letters/recipient.ts'
import { displayName } from '../members/displayName.ts'
import { shortDate } from '../pdf/dates.ts'
import { isLapsed } from '../sepa/mandates.ts'
import { slugify } from '../session/slug.ts'
import { addCharge } from './charges.ts'
import { dunningLevels } from './dunningLevels.ts'
import { openChargesOf } from './openCharges.ts'

/** Days a member has to pay after a dunning letter. */
export const payWithinDays = 14

type Level = DunningLetterPlan['level']

interface Planned {
  readonly plan: DunningLetterPlan
  readonly recipient: Recipient
  /** The level each charge reaches with this letter; charges without a new level keep theirs. */
  readonly reached: ReadonlyMap<number, Level>
}

const dayMs = 86_400_000
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs)

/**
 * Who is dunned on `date`, and at which level. A charge reaches the highest level whose days
 * after the due date have passed, but only a level above the one it was last sent; a member
 * gets a letter when one of their charges reaches a new level, and the letter has the highest
 * of them. The letter lists everything of the member that is overdue. Only what is open now
 * counts: who has paid since has nothing open and gets nothing.
 */
async function plan(db: Kysely<Database>, date: string, locale: Locale): Promise<Planned[]> {
  const levels = await dunningLevels(db)
  const overdue = await openChargesOf(db, { dueBy: addDays(date, -1) })
  const byMember = new Map<number, OpenCharge[]>()
  const reached = new Map<number, Map<number, Level>>()
  for (const { memberId, ...charge } of overdue) {
    const days = daysBetween(charge.dueDate, date)
    const target = levels.filter((level) => level.daysAfterDue <= days).at(-1)
    byMember.set(memberId, [...(byMember.get(memberId) ?? []), charge])
    if (target !== undefined && target.level > charge.dunningLevel) {
      const levelsOf = reached.get(memberId) ?? new Map<number, Level>()
      reached.set(memberId, levelsOf.set(charge.id, target.level))
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

async function clubLocale(db: Kysely<Database>): Promise<Locale> {
  const club = await db.selectFrom('club').select('locale').executeTakeFirstOrThrow()
  return club.locale
}

/** The letters a dunning run on `date` would write; nothing is recorded. */
export async function dunningPreview(db: Kysely<Database>, date: string): Promise<DunningPreview> {
  const letters = (await plan(db, date, await clubLocale(db))).map((planned) => planned.plan)
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
 * transaction, then the letters get their names. A full disk fails before anything is
 * recorded; a failed transaction removes the temporary files; a rename within one folder does
 * not fail once the files are there. So either the letters are there and recorded, or neither.
 */
export async function runDunning(
  db: Kysely<Database>,
  date: string,
  folder: string,
  clock: Clock,
): Promise<DunningRun> {
  const locale = await clubLocale(db)
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

  const written: { temp: string; path: string }[] = []
  const used = new Set<string>()
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
      let name = `${t.fileStem}-${letterPlan.level}-${slugify(letterPlan.memberNumber)}-${date}.pdf`
      if (used.has(name)) name = name.replace(/\.pdf$/, `-${letterPlan.memberId}.pdf`)
      used.add(name)
      const path = join(folder, name)
      const temp = join(folder, `.${name}.part`)
      writeExport(temp, bytes)
      written.push({ temp, path })
    }
    await record(db, sendable, date, payBy, locale, clock)
  } catch (error) {
    for (const { temp } of written) rmSync(temp, { force: true })
    throw error
  }
  for (const { temp, path } of written) renameSync(temp, path)
  return {
    files: written.map(({ path }) => path),
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
