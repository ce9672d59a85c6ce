import { describe, expect, it } from 'vitest'
import { setSectorActive, setSectorTargets } from '../../../src/core/sectors/flags.ts'
import { openSeats } from '../../../src/core/sectors/openSeats.ts'
import { fixedClock } from '../../support/temp.ts'
import { useWzClub } from '../../support/sectorClub.ts'

const wzClub = useWzClub()

describe('open seats', () => {
  it('lists targets without an active member anywhere in their subtree', async () => {
    const club = await wzClub()
    const targets = ['69.20.3', '69.10.1', '71.11.1', '71.12', '43.22', '62.01', '86.23']
    await setSectorTargets(club.db, await Promise.all(targets.map(club.id)), true)
    // Only an honorary member: still vacant.
    await club.add({ sector: '69.20.3', status: 'honorary' })
    // On leave, prospect or former: still vacant.
    await club.add({ sector: '69.10.1', status: 'on_leave' })
    await club.add({ sector: '69.10.1', status: 'prospect' })
    await club.add({ sector: '69.10.1', status: 'former', leaveDate: '2024-01-31' })
    // An active member in a child sector fills the target above it.
    await club.add({ sector: '71.12.1' })
    // An active member exactly there.
    await club.add({ sector: '71.11.1' })
    // A retired target is no seat to fill.
    await setSectorActive(club.db, await club.id('86.23'), false)
    // A member of the parent does not fill the child.
    await club.add({ sector: '62.0' })

    const seats = await openSeats(club.db, fixedClock)
    expect(seats.vacant.map((o) => o.code)).toEqual(['43.22', '62.01', '69.10.1', '69.20.3'])
    expect(seats.vacant[0]).toMatchObject({
      nameDe: 'Gas-, Wasser-, Heizungs- sowie Lüftungs- und Klimainstallation',
      pathEn: [
        'Construction',
        'Specialised construction activities',
        'Electrical, plumbing and other construction installation activities',
      ],
      active: true,
    })
  })

  it('is empty for a club without targets or members', async () => {
    const club = await wzClub()
    expect(await openSeats(club.db, fixedClock)).toEqual({ vacant: [], declining: [] })
  })

  it('finds sections and divisions that shrank over five years, most shrunk first', async () => {
    const club = await wzClub()
    const food = '10.11.0'
    await club.add({ sector: food, joinDate: '2015-01-01' })
    await club.add({ sector: food, status: 'former', leaveDate: '2023-05-01' })
    await club.add({ sector: food, status: 'former', leaveDate: '2023-08-01' })
    await club.add({ sector: food, status: 'former', leaveDate: '2025-01-15' })
    await club.add({
      sector: food,
      status: 'former',
      joinDate: '2022-03-01',
      leaveDate: '2024-06-30',
    })
    // Neither a prospect nor a former member without a leave date takes part.
    await club.add({ sector: food, status: 'prospect', joinDate: null })
    await club.add({ sector: food, status: 'former', joinDate: '2010-01-01' })

    const shop = '47.11.1'
    await club.add({ sector: shop, joinDate: '2019-01-01' })
    await club.add({ sector: shop, status: 'honorary', joinDate: null })
    await club.add({ sector: shop, status: 'on_leave', joinDate: '2019-01-01' })
    await club.add({
      sector: shop,
      status: 'former',
      joinDate: '2019-01-01',
      leaveDate: '2022-12-31',
    })

    // Steady: two then, two now.
    await club.add({ sector: '69.20.3', joinDate: '2012-01-01' })
    await club.add({ sector: '69.20.3', joinDate: '2012-01-01' })
    // Too small to be a trend: one then, none now.
    await club.add({ sector: '01.11.0', status: 'former', leaveDate: '2022-01-01' })
    // Growing.
    await club.add({ sector: '62.01.9', joinDate: '2024-01-01' })

    const { declining } = await openSeats(club.db, fixedClock)
    expect(declining.map((d) => d.sector.code)).toEqual(['C', '10', 'G', '47'])
    expect(declining[1]?.years).toEqual([
      { year: 2021, joins: 0, leaves: 0, members: 4 },
      { year: 2022, joins: 1, leaves: 0, members: 5 },
      { year: 2023, joins: 0, leaves: 2, members: 3 },
      { year: 2024, joins: 0, leaves: 1, members: 2 },
      { year: 2025, joins: 0, leaves: 1, members: 1 },
      { year: 2026, joins: 0, leaves: 0, members: 1 },
    ])
    expect(declining[3]?.years.map((y) => y.members)).toEqual([4, 3, 3, 3, 3, 3])
    expect(declining[3]?.years[1]).toEqual({ year: 2022, joins: 0, leaves: 1, members: 3 })
    expect(declining[3]?.sector.pathDe).toEqual([
      'Handel; Instandhaltung und Reparatur von Kraftfahrzeugen',
    ])
  })

  it('leaves retired sections out', async () => {
    const club = await wzClub()
    await club.add({ sector: '10.11.0', joinDate: '2015-01-01' })
    await club.add({ sector: '10.11.0', status: 'former', leaveDate: '2023-05-01' })
    await club.add({ sector: '10.11.0', status: 'former', leaveDate: '2023-05-01' })
    await setSectorActive(club.db, await club.id('10'), false)
    const { declining } = await openSeats(club.db, fixedClock)
    expect(declining.map((d) => d.sector.code)).toEqual(['C'])
  })
})
