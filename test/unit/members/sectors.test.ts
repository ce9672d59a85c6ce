import type { Kysely } from 'kysely'
import { beforeEach, describe, expect, it } from 'vitest'
import type { MemberInput } from '../../../src/api/members.ts'
import type { Database } from '../../../src/core/db/schema.ts'
import { getMember, memberInputOf } from '../../../src/core/members/memberRead.ts'
import { createMember, createMembers, updateMember } from '../../../src/core/members/memberWrite.ts'
import { commitImport } from '../../../src/core/members/import/importMembers.ts'
import { collectPersonalData } from '../../../src/core/members/personalData.ts'
import { setSectorActive } from '../../../src/core/sectors/flags.ts'
import { person } from '../../support/members.ts'
import { refusal } from '../../support/refusal.ts'
import { useSampleClub } from '../../support/sectorClub.ts'
import { fixedClock } from '../../support/temp.ts'

const sampleClub = useSampleClub()
let db: Kysely<Database>
let sector: (code: string) => number

beforeEach(async () => {
  ;({ db, sector } = await sampleClub())
})

const create = (fields: Partial<MemberInput>) =>
  createMember(db, person(fields), 'active', fixedClock)

async function edit(id: number, fields: Partial<MemberInput>) {
  await updateMember(db, id, { ...memberInputOf(await getMember(db, id)), ...fields }, fixedClock)
  return getMember(db, id)
}

const rows = (table: 'member' | 'member_sector' | 'member_history') =>
  db.selectFrom(table).selectAll().execute()

describe('secondary sectors of a member', () => {
  it('saves them sorted, each once, and never repeats the primary sector', async () => {
    const id = await create({
      sectorId: sector('M1.1'),
      secondarySectorIds: [sector('G1'), sector('M1.1'), sector('M2'), sector('G1')],
    })
    const anna = await getMember(db, id)
    expect(anna.sectorId).toBe(sector('M1.1'))
    expect(anna.secondarySectorIds).toEqual([sector('M2'), sector('G1')].sort((a, b) => a - b))
    expect(await rows('member_sector')).toHaveLength(2)
  })

  it('records changes of both in the history, readable as codes and names', async () => {
    const id = await create({ sectorId: sector('M1.1'), secondarySectorIds: [sector('G1')] })
    const after = await edit(id, {
      sectorId: sector('M1.2'),
      secondarySectorIds: [sector('M2'), sector('G1')],
    })
    expect(after.secondarySectorIds).toEqual([sector('M2'), sector('G1')].sort((a, b) => a - b))
    const changes = after.history
      .filter((h) => h.action === 'updated')
      .map((h) => [h.field, h.oldValue, h.newValue])
    // Newest first: the secondary sectors are recorded after the primary one.
    expect(changes).toEqual([
      ['secondarySectorIds', 'G1', 'G1, M2'],
      ['sector_id', 'M1.1 Arbeitsrecht', 'M1.2 Steuerrecht'],
    ])

    const cleared = await edit(id, { sectorId: null, secondarySectorIds: [] })
    expect(cleared.sectorId).toBeNull()
    expect(cleared.secondarySectorIds).toEqual([])
    expect(cleared.history.slice(0, 2).map((h) => [h.field, h.oldValue, h.newValue])).toEqual([
      ['secondarySectorIds', 'G1, M2', null],
      ['sector_id', 'M1.2 Steuerrecht', null],
    ])
    expect(await rows('member_sector')).toEqual([])
  })

  it('writes no history when the sectors stay, whatever order the form sends', async () => {
    const id = await create({ sectorId: sector('M1.1'), secondarySectorIds: [sector('G1')] })
    await edit(id, { secondarySectorIds: [sector('G1'), sector('M1.1')] })
    expect((await getMember(db, id)).history).toHaveLength(1)
  })

  it('refuses sectors that do not exist, naming the field', async () => {
    const unknown = sector('G1') + 100
    expect((await refusal(create({ sectorId: unknown }))).toData()).toEqual({
      code: 'input.invalid',
      params: { field: 'sectorId', reason: 'notAllowed' },
    })
    expect((await refusal(create({ secondarySectorIds: [unknown] }))).toData()).toEqual({
      code: 'input.invalid',
      params: { field: 'secondarySectorIds', reason: 'notAllowed' },
    })
    const id = await create({})
    expect(
      (await refusal(updateMember(db, id, person({ secondarySectorIds: [unknown] }), fixedClock)))
        .code,
    ).toBe('input.invalid')
    expect(await rows('member_sector')).toEqual([])
  })

  it('refuses a retired sector as a new one but keeps it with members who have it', async () => {
    const id = await create({ sectorId: sector('G1'), secondarySectorIds: [sector('M2')] })
    await setSectorActive(db, sector('G1'), false)
    await setSectorActive(db, sector('M2'), false)
    for (const fields of [{ sectorId: sector('G1') }, { secondarySectorIds: [sector('M2')] }]) {
      expect((await refusal(create(fields))).toData()).toEqual({
        code: 'sector.retired',
        params: { code: fields.sectorId === undefined ? 'M2' : 'G1' },
      })
    }
    expect(await rows('member')).toHaveLength(1)

    // Saving the old record unchanged, or swapping its two retired sectors, is fine.
    const kept = await edit(id, { firstName: 'Anna' })
    expect([kept.sectorId, kept.secondarySectorIds]).toEqual([sector('G1'), [sector('M2')]])
    const swapped = await edit(id, { sectorId: sector('M2'), secondarySectorIds: [sector('G1')] })
    expect([swapped.sectorId, swapped.secondarySectorIds]).toEqual([sector('M2'), [sector('G1')]])

    const other = await create({})
    const error = await refusal(edit(other, { secondarySectorIds: [sector('G1')] }))
    expect(error.toData()).toEqual({ code: 'sector.retired', params: { code: 'G1' } })
    expect((await getMember(db, other)).secondarySectorIds).toEqual([])
  })

  it('adds secondary sectors in bulk, as the import does', async () => {
    const ids = await db
      .transaction()
      .execute((trx) =>
        createMembers(
          trx,
          [
            person({ lastName: 'A', secondarySectorIds: [sector('G1'), sector('M2')] }),
            person({ lastName: 'B' }),
            person({ lastName: 'C', sectorId: sector('M2'), secondarySectorIds: [sector('M2')] }),
          ],
          'active',
          fixedClock,
        ),
      )
    const secondary = await Promise.all(
      ids.map(async (id) => (await getMember(db, id)).secondarySectorIds),
    )
    expect(secondary).toEqual([[sector('M2'), sector('G1')].sort((a, b) => a - b), [], []])
  })

  it('lists the secondary sectors in the Art. 15 export', async () => {
    const id = await create({
      sectorId: sector('M1.1'),
      secondarySectorIds: [sector('G1'), sector('M2')],
    })
    const data = await collectPersonalData(db, id, 'de', fixedClock)
    expect(data.member['sector']).toBe('M1.1 Arbeitsrecht')
    expect(data.member['secondarySectors']).toBe('G1 Druckerei; M2 Architektur')
    const english = await collectPersonalData(db, id, 'en', fixedClock)
    expect(english.member['secondarySectors']).toBe('G1 Printing; M2 Architecture')
  })

  it('keeps them when an import updates the member', async () => {
    const id = await create({
      memberNumber: '7',
      sectorId: sector('M1.1'),
      secondarySectorIds: [sector('G1')],
    })
    const csv = 'Mitgliedsnummer;Nachname;Ort\n7;Mustermann;Bad Homburg\n'
    const report = await commitImport(
      db,
      {
        source: { fileName: 'm.csv', contentBase64: Buffer.from(csv).toString('base64') },
        mapping: null,
        updateDuplicates: true,
        skipInvalid: false,
      },
      fixedClock,
      'de',
    )
    expect(report).toMatchObject({ updated: 1, written: true })
    const after = await getMember(db, id)
    expect(after.businessAddress.town).toBe('Bad Homburg')
    expect(after.secondarySectorIds).toEqual([sector('G1')])
  })
})
