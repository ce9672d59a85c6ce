import type { Kysely } from 'kysely'
import type { ClubProfileInput, Locale } from '../../api/club.ts'
import { isoTimestamp, type Clock } from '../clock.ts'
import { insertClub, updateProfile } from '../club/profile.ts'
import { bulkInsert } from '../db/bulkInsert.ts'
import type { Database } from '../db/schema.ts'
import type { BundledTaxonomy } from '../sectors/taxonomy.ts'
import { clubYearOf } from '../../api/clubYear.ts'
import { demoConsent } from './consent.ts'
import { parseDay } from './days.ts'
import { demoHasPhotos, demoPhotoOf } from './demoPhotos.ts'
import { insertDemoDues } from './insertDues.ts'
import { insertDemoMeetings } from './insertMeetings.ts'
import { duesMemberOf, type DuesMember } from './dues.ts'
import { demoHistory } from './history.ts'
import { memberColumns } from './memberRows.ts'
import { generateDemoMembers } from './members.ts'
import { insertMembershipTypes } from './membershipTypes.ts'
import { demoOffices } from './offices.ts'
import { createRandom } from './random.ts'
import { loadDemoSectors, markTargets, sectorBook } from './sectors.ts'
import { standardRoleIds } from './standardRoles.ts'
import type { DemoMember } from './types.ts'

/** Members are generated lazily and written a thousand at a time to keep memory flat. */
const membersPerBatch = 1000

export const demoKinds = ['rotary', 'bni'] as const
export type DemoKind = (typeof demoKinds)[number]

/** Fictional: no Rotary club or BNI chapter of these names exists. */
export const demoClubNames: Record<DemoKind, string> = {
  rotary: 'Rotary Club Frankfurt-Taunusblick',
  bni: 'BNI Chapter Taunus Connect',
}
export const demoClubName = demoClubNames.rotary

const meetingPlaces: Record<DemoKind, Record<Locale, string>> = {
  rotary: {
    de: 'Hotel Zur Linde, Oberursel – dienstags 12:30 Uhr',
    en: 'Hotel Zur Linde, Oberursel – Tuesdays 12:30',
  },
  bni: {
    de: 'Hotel Zur Linde, Oberursel – mittwochs 7:00 Uhr',
    en: 'Hotel Zur Linde, Oberursel – Wednesdays 7:00',
  },
}

function demoProfile(locale: Locale, kind: DemoKind = 'rotary'): ClubProfileInput {
  return {
    name: demoClubNames[kind],
    kind,
    address: {
      street: 'Holzweg',
      houseNumber: '12',
      postcode: '61440',
      town: 'Oberursel (Taunus)',
      country: 'DE',
    },
    meetingPlace: meetingPlaces[kind][locale],
    locale,
    currency: 'EUR',
    // Rotary's year runs July to June; a BNI chapter keeps the calendar year.
    yearStartMonth: kind === 'bni' ? 1 : 7,
    // The IBAN of the German banks' own examples: valid, and nobody's account.
    bankName: 'Taunus Sparkasse',
    iban: 'DE89370400440532013000',
    bic: '',
  }
}

export interface DemoClubOptions {
  readonly members: number
  readonly seed: number
  readonly locale: Locale
  readonly clock: Clock
  /** The sectors members are filed under; professions unless a chamber-like demo is wanted. */
  readonly taxonomy?: BundledTaxonomy
  /** A Rotary club (the default) or a BNI chapter with referrals and closed business. */
  readonly kind?: DemoKind
}

/**
 * Consent, history and offices are made for the first 5,000 members only: at chamber scale,
 * seven consent rows and a history per member would write several times as many rows as the
 * roster itself. A missing consent row means "nothing private published", so the members
 * beyond stay correct, just without a story.
 */
export const detailedMembers = 5_000

const withPhoto = [...memberColumns, 'photo', 'photo_mime'] as const

/**
 * Writes a batch of members, with their photos when `seed` is given. A portrait is already
 * print size, so it goes into `print_photo` as it is.
 */
async function insertMembers(
  db: Kysely<Database>,
  members: readonly DemoMember[],
  seed: number | null,
): Promise<void> {
  if (seed === null) {
    await bulkInsert(db, 'member', memberColumns, members)
    return
  }
  const rows = members.map((member) => {
    const photo = demoPhotoOf(seed, member)
    return { ...member, photo, photo_mime: photo === null ? null : 'image/png' }
  })
  await bulkInsert(db, 'member', withPhoto, rows)
  const printed = rows.flatMap((row) =>
    row.photo === null ? [] : [{ member_id: row.id, image: row.photo }],
  )
  await bulkInsert(db, 'print_photo', ['member_id', 'image'], printed)
}

/** One transaction: a single commit is what makes 100,000 members take seconds, not minutes. */
export async function fillDemoClub(db: Kysely<Database>, options: DemoClubOptions): Promise<void> {
  const { clock, locale } = options
  const timestamp = isoTimestamp(clock)
  const today = timestamp.slice(0, 10)
  const kind = options.kind ?? 'rotary'
  const profile = demoProfile(locale, kind)
  await db.transaction().execute(async (trx) => {
    await insertClub(trx, { name: profile.name, kind, locale }, clock)
    await updateProfile(trx, profile, clock)
    await insertMembershipTypes(trx, locale)
    const roleIds = await standardRoleIds(trx)
    const sectors = await loadDemoSectors(trx, options.taxonomy ?? 'professions')
    // Secondary sectors and targets draw from a stream of their own, as offices do below.
    const sectorRandom = createRandom(options.seed ^ 0x5ec702)
    const book = sectorBook(sectorRandom, sectors)

    const photos = demoHasPhotos(options.members) ? options.seed : null
    const detailed: DemoMember[] = []
    const paying: DuesMember[] = []
    let batch: DemoMember[] = []
    const members = generateDemoMembers({
      count: options.members,
      seed: options.seed,
      today,
      timestamp,
      locale,
      sectorIds: sectors.byClassification,
    })
    for (const member of members) {
      book.add(member)
      if (detailed.length < detailedMembers) detailed.push(member)
      const payer = duesMemberOf(member)
      if (payer !== null) paying.push(payer)
      batch.push(member)
      if (batch.length === membersPerBatch) {
        await insertMembers(trx, batch, photos)
        batch = []
      }
    }
    await insertMembers(trx, batch, photos)
    await bulkInsert(trx, 'member_sector', ['member_id', 'sector_id'], book.secondary)
    await markTargets(trx, sectorRandom, sectors, book.held)

    // A stream of its own (any fixed offset from the seed): offices, consent and history stay
    // put when the member generator changes how many numbers it draws.
    const random = createRandom(options.seed ^ 0x0ff1ce)
    const day = parseDay(today)
    const offices = demoOffices(random, detailed, roleIds, day, profile.yearStartMonth)
    await bulkInsert(
      trx,
      'office',
      ['member_id', 'role_id', 'start_date', 'end_date', 'note'],
      offices,
    )
    const consent = demoConsent(random, detailed, day)
    await bulkInsert(trx, 'consent', ['member_id', 'kind', 'granted', 'decided_on'], consent)
    const history = demoHistory(random, detailed, day, timestamp)
    await bulkInsert(
      trx,
      'member_history',
      ['member_id', 'at', 'action', 'field', 'old_value', 'new_value', 'note'],
      history,
    )
    const year = clubYearOf(today, profile.yearStartMonth)
    await insertDemoDues(trx, createRandom(options.seed ^ 0xd0e5), paying, {
      key: year.label,
      startMonth: profile.yearStartMonth,
      start: parseDay(year.start),
      end: parseDay(year.end),
      today: day,
      timestamp,
      locale,
    })
    // A chamber of thousands takes no roll call: its meetings stay without attendance.
    const rollCalls = options.members <= detailedMembers
    const attending = detailed.flatMap((member) =>
      rollCalls && member.kind === 'person' && member.status === 'active'
        ? [{ id: member.id, joinDate: member.join_date, leaveDate: member.leave_date }]
        : [],
    )
    await insertDemoMeetings(trx, createRandom(options.seed ^ 0x3ee7), attending, {
      bni: kind === 'bni',
      start: year.start,
      end: year.end,
      today,
      timestamp,
      locale,
      place: 'Hotel Zur Linde, Oberursel',
    })
  })
}
