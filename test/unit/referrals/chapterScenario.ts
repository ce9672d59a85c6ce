import type { Kysely } from 'kysely'
import type { Database } from '../../../src/core/db/schema.ts'
import { saveOneToOne } from '../../../src/core/referrals/oneToOnes.ts'
import { saveReferral } from '../../../src/core/referrals/referrals.ts'
import { saveTyfcb } from '../../../src/core/referrals/tyfcb.ts'
import { fixedClock } from '../../support/temp.ts'
import { organisation } from '../../support/members.ts'
import { createMember } from '../../../src/core/members/memberWrite.ts'
import {
  addMeeting,
  addPerson,
  addVisit,
  makeChapter,
  mark,
  referral,
  tyfcb,
} from './referralSupport.ts'

/** October 2026: two meetings with a roll call, one without, one cancelled. */
export const october = { from: '2026-10-01', to: '2026-10-31' }

/** Closed business Bernd recorded (thanks to Anna), Anna recorded (from Bernd), and a later one. */
export const amounts = { bernd: 123_457, anna: 987_654, later: 5_555_555 }

/**
 * A BNI chapter's October: Anna, Bernd, Carla, Doris Özdemir and Otto Ohm active (DIN 5007-2
 * puts Özdemir before Ohm), Hans Huber honorary, Fritz Former who left on 10 October, a
 * prospect and an organisation; marks, referrals, visitors, one-to-ones and closed business.
 */
export async function octoberChapter(db: Kysely<Database>, locale: 'de' | 'en' = 'de') {
  await makeChapter(db, 'bni', locale)
  const anna = await addPerson(db, 'Anna', 'Arndt', { company: 'Arndt Steuerberatung' })
  const bernd = await addPerson(db, 'Bernd', 'Brandt', { classification: 'Elektriker' })
  const carla = await addPerson(db, 'Carla', 'Conrad')
  const doris = await addPerson(db, 'Doris', 'Özdemir')
  const otto = await addPerson(db, 'Otto', 'Ohm')
  const hans = await addPerson(db, 'Hans', 'Huber')
  const fritz = await addPerson(db, 'Fritz', 'Former')
  const paul = await addPerson(db, 'Paul', 'Probst')
  await createMember(db, organisation('Muster GmbH'), 'active', fixedClock)
  await db.updateTable('member').set({ status: 'honorary' }).where('id', '=', hans).execute()
  await db.updateTable('member').set({ status: 'prospect' }).where('id', '=', paul).execute()
  await db
    .updateTable('member')
    .set({ status: 'former', leave_date: '2026-10-10', leave_reason: 'resigned' })
    .where('id', '=', fritz)
    .execute()

  const first = await addMeeting(db, '2026-10-07')
  const second = await addMeeting(db, '2026-10-14')
  const unrecorded = await addMeeting(db, '2026-10-21', { rollCall: false })
  const cancelled = await addMeeting(db, '2026-10-28', { status: 'cancelled' })
  const september = await addMeeting(db, '2026-09-30')
  await mark(db, first, anna, 'present')
  await mark(db, first, bernd, 'late')
  await mark(db, first, carla, 'medical')
  await mark(db, first, doris, 'substitute', { substituteName: 'Sabine Sub' })
  await mark(db, first, fritz, 'present')
  await mark(db, second, anna, 'present')
  await mark(db, second, bernd, 'absent')
  await mark(db, second, carla, 'present')
  await mark(db, second, doris, 'present')
  await mark(db, second, otto, 'present')
  await mark(db, cancelled, anna, 'present')
  await mark(db, september, anna, 'absent')

  const slip = await saveReferral(db, referral(anna, bernd, '2026-10-02'), fixedClock)
  await saveReferral(db, { ...referral(anna, carla, '2026-10-09'), type: 'outside' }, fixedClock)
  await saveReferral(db, referral(bernd, anna, '2026-10-16'), fixedClock)
  await saveReferral(db, referral(bernd, carla, '2026-11-02'), fixedClock)

  await addVisit(db, first, 'Gast Eins', anna)
  await addVisit(db, second, 'Gast Zwei', anna)
  await addVisit(db, second, 'Gast Drei', null)
  await addVisit(db, unrecorded, 'Gast Vier', carla)

  await saveOneToOne(
    db,
    { id: null, aId: anna, bId: bernd, date: '2026-10-05', note: '' },
    fixedClock,
  )
  await saveOneToOne(
    db,
    { id: null, aId: carla, bId: anna, date: '2026-10-20', note: '' },
    fixedClock,
  )

  await saveTyfcb(
    db,
    tyfcb(bernd, anna, amounts.bernd, {
      kind: 'referral',
      referralId: slip.id,
      date: '2026-10-20',
    }),
    fixedClock,
  )
  await saveTyfcb(db, tyfcb(anna, bernd, amounts.anna, { date: '2026-10-22' }), fixedClock)
  await saveTyfcb(
    db,
    tyfcb(carla, bernd, amounts.later, { kind: 'repeat', date: '2026-11-03' }),
    fixedClock,
  )
  return { anna, bernd, carla, doris, otto, hans, fritz, paul, first, second }
}
