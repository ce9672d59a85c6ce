import type { Kysely } from 'kysely'
import type { MeetingSettings } from '../../api/meetings.ts'
import type { Clock } from '../clock.ts'
import { isoTimestamp } from '../clock.ts'
import type { Database } from '../db/schema.ts'
import { referralsByDefault } from './defaultCodes.ts'

export async function getMeetingSettings(db: Kysely<Database>): Promise<MeetingSettings> {
  const club = await db
    .selectFrom('club')
    .select(['kind', 'attendance_threshold', 'absence_limit', 'show_referrals', 'expect_honorary'])
    .executeTakeFirstOrThrow()
  return {
    thresholdPercent: club.attendance_threshold,
    absenceLimit: club.absence_limit,
    showReferrals:
      club.show_referrals === null ? referralsByDefault(club.kind) : club.show_referrals === 1,
    expectHonorary: club.expect_honorary === 1,
  }
}

export async function saveMeetingSettings(
  db: Kysely<Database>,
  settings: MeetingSettings,
  clock: Clock,
): Promise<MeetingSettings> {
  await db
    .updateTable('club')
    .set({
      attendance_threshold: settings.thresholdPercent,
      absence_limit: settings.absenceLimit,
      show_referrals: settings.showReferrals ? 1 : 0,
      expect_honorary: settings.expectHonorary ? 1 : 0,
      updated_at: isoTimestamp(clock),
    })
    .execute()
  return getMeetingSettings(db)
}
