import { describe, expect, it } from 'vitest'
import { listTypeFees, saveSchedule, scheduleOn } from '../../../src/core/dues/feeSchedules.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { addDuesMember, addMembershipType, addSchedule } from '../../support/duesClub.ts'
import { fixedClock } from '../../support/temp.ts'

const openClub = useOpenClub()

describe('fee schedules', () => {
  it('keep the current schedule in force until a future one starts', async () => {
    const { db } = await openClub()
    const type = await addMembershipType(db, 'Aktiv')
    await addSchedule(db, type)
    await addSchedule(db, type, { validFrom: '2027-07-01', amountCents: 15000 })
    const [fees] = await listTypeFees(db, fixedClock)
    expect(fees?.current).toMatchObject({ validFrom: '2020-01-01', amountCents: 12000 })
    expect(fees?.schedules.map((s) => s.amountCents)).toEqual([15000, 12000])
    expect(scheduleOn(fees?.schedules, '2027-06-30')?.amountCents).toBe(12000)
    expect(scheduleOn(fees?.schedules, '2027-07-01')?.amountCents).toBe(15000)
    expect(scheduleOn(fees?.schedules, '2019-12-31')).toBeNull()
  })

  it('replace the schedule of the same type and date', async () => {
    const { db } = await openClub()
    const type = await addMembershipType(db, 'Aktiv')
    await addSchedule(db, type)
    await saveSchedule(
      db,
      {
        membershipTypeId: type,
        validFrom: '2020-01-01',
        amountCents: 9900,
        interval: 'monthly',
        prorate: 'day',
        admissionFeeCents: 2500,
        exempt: false,
        dueDays: 7,
      },
      fixedClock,
    )
    const [fees] = await listTypeFees(db, fixedClock)
    expect(fees?.schedules).toEqual([
      {
        id: fees?.schedules[0]?.id,
        membershipTypeId: type,
        validFrom: '2020-01-01',
        amountCents: 9900,
        interval: 'monthly',
        prorate: 'day',
        admissionFeeCents: 2500,
        exempt: false,
        dueDays: 7,
      },
    ])
  })

  it('count the members of a type who have not left', async () => {
    const { db } = await openClub()
    const type = await addMembershipType(db, 'Aktiv')
    await addMembershipType(db, 'Ohne Satz')
    await addDuesMember(db, { membershipTypeId: type })
    await addDuesMember(db, { membershipTypeId: type, action: 'grantLeave' })
    await addDuesMember(db, { membershipTypeId: type, action: 'resign' })
    await addDuesMember(db, { membershipTypeId: type, prospect: true })
    const fees = await listTypeFees(db, fixedClock)
    expect(fees.map((f) => [f.name, f.memberCount, f.current])).toEqual([
      ['Aktiv', 3, null],
      ['Ohne Satz', 0, null],
    ])
  })
})
