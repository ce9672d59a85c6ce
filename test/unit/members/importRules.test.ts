import { sql, type Kysely } from 'kysely'
import { describe, expect, it } from 'vitest'
import type { Database } from '../../../src/core/db/schema.ts'
import { commitImport, previewImport } from '../../../src/core/members/import/importMembers.ts'
import { listMembers } from '../../../src/core/members/memberList.ts'
import { useOpenClub } from '../../support/clubFiles.ts'
import { fixedClock } from '../../support/temp.ts'

const openClub = useOpenClub()

async function club(): Promise<Kysely<Database>> {
  const file = await openClub()
  return file.db
}

function options(csv: string, extra: { updateDuplicates?: boolean; skipInvalid?: boolean } = {}) {
  return {
    source: { fileName: 'liste.csv', contentBase64: Buffer.from(csv).toString('base64') },
    mapping: null,
    updateDuplicates: extra.updateDuplicates ?? false,
    skipInvalid: extra.skipInvalid ?? false,
  }
}

const rows = (db: Kysely<Database>) => db.selectFrom('member').selectAll().orderBy('id').execute()
const counter = async (db: Kysely<Database>) =>
  (await db.selectFrom('club').select('member_number_next').executeTakeFirstOrThrow())
    .member_number_next

const faulty = [
  'Nr;Vorname;Nachname;E-Mail;Geburtsdatum;PLZ;Status;Eintritt',
  '1;Anna;Arndt;anna@example.de;01.02.1970;10115;aktiv;',
  '2;Bernd;;bernd@example.de;;;;',
  '3;Clara;Conrad;clara(at)example.de;31.02.1980;1234x;vielleicht;gestern',
  '1;Dora;Dietz;;;;;',
  ';Emil;Ernst;;;;;',
].join('\n')

describe('import rules', () => {
  it('reports every problem per row and field', async () => {
    const db = await club()
    const preview = await previewImport(db, options(faulty), 'de', fixedClock)
    expect(preview.counts).toEqual({ create: 2, update: 0, reject: 3 })
    const byRow = new Map(preview.rows.map((r) => [r.row, r]))
    expect(byRow.get(3)).toMatchObject({ action: 'reject', displayName: 'Bernd' })
    expect(byRow.get(3)?.problems).toEqual([{ field: 'lastName', reason: 'required', value: '' }])
    expect(byRow.get(4)?.problems).toEqual(
      expect.arrayContaining([
        { field: 'birthday', reason: 'date', value: '31.02.1980' },
        { field: 'status', reason: 'unknownStatus', value: 'vielleicht' },
        { field: 'joinDate', reason: 'date', value: 'gestern' },
        { field: 'emailBusiness', reason: 'email', value: 'clara(at)example.de' },
        { field: 'businessAddress.postcode', reason: 'postcode', value: '1234x' },
      ]),
    )
    expect(byRow.get(4)?.problems).toHaveLength(5)
    expect(byRow.get(5)?.problems).toEqual([
      { field: 'memberNumber', reason: 'duplicateInFile', value: '1' },
    ])
    expect(byRow.get(2)?.action).toBe('create')
  })

  it('writes nothing while rows are rejected, and only the valid ones when told to skip', async () => {
    const db = await club()
    await expect(commitImport(db, options(faulty), fixedClock, 'de')).rejects.toMatchObject({
      code: 'import.rejectedRows',
      params: { count: 3 },
    })
    expect(await rows(db)).toHaveLength(0)
    const report = await commitImport(db, options(faulty, { skipInvalid: true }), fixedClock, 'de')
    expect(report).toMatchObject({ created: 2, updated: 0, written: true })
    expect(report.rejected.map((r) => r.row)).toEqual([3, 4, 5])
    expect((await rows(db)).map((m) => m.last_name)).toEqual(['Arndt', 'Ernst'])
  })

  it('rolls everything back when a write fails mid-transaction', async () => {
    const db = await club()
    const before = await counter(db)
    // A failure the preview cannot foresee: the database refuses row 2,500 of 3,000.
    await sql`create trigger refuse before insert on member when new.last_name = 'Boom'
      begin select raise(abort, 'refused'); end`.execute(db)
    const lines = ['Vorname;Nachname']
    for (let i = 1; i <= 3000; i++) lines.push(`P${i};${i === 2500 ? 'Boom' : `Name${i}`}`)
    const csv = lines.join('\n')
    expect((await previewImport(db, options(csv), 'de', fixedClock)).counts.create).toBe(3000)
    await expect(commitImport(db, options(csv), fixedClock, 'de')).rejects.toThrow()
    expect(await rows(db)).toHaveLength(0)
    expect(await db.selectFrom('member_history').select('id').execute()).toHaveLength(0)
    expect(await counter(db)).toBe(before)
    await sql`drop trigger refuse`.execute(db)
    expect((await commitImport(db, options(csv), fixedClock, 'de')).created).toBe(3000)
  })

  it('updates duplicates when asked, creates them otherwise', async () => {
    const db = await club()
    await commitImport(
      db,
      options(
        'Nr;Vorname;Nachname;E-Mail;E-Mail privat;Geburtsdatum;Ort;Telefon\n' +
          '10;Anna;Arndt;anna@firma.de;;01.02.1970;Berlin;030 1\n' +
          '11;Bernd;Bach;;bernd@privat.de;;Bonn;\n' +
          '12;Clara;Conrad;;;03.04.1980;Celle;',
      ),
      fixedClock,
      'de',
    )
    const update = [
      'Nr;Vorname;Nachname;E-Mail;Geburtsdatum;Ort;Telefon',
      '10;;;;;Hamburg;',
      ';;Bach;BERND@privat.de;;Bremen;0421 2',
      ';Clara;Conrad;;1980-04-03;Cuxhaven;',
      ';Dora;Dietz;dora@example.de;;Dresden;',
    ].join('\n')
    const preview = await previewImport(
      db,
      options(update, { updateDuplicates: true }),
      'de',
      fixedClock,
    )
    expect(preview.counts).toEqual({ create: 1, update: 3, reject: 0 })
    expect(preview.rows.map((r) => [r.action, r.matchedMemberNumber])).toEqual([
      ['update', '10'],
      ['update', '11'],
      ['update', '12'],
      ['create', null],
    ])
    const report = await commitImport(
      db,
      options(update, { updateDuplicates: true }),
      fixedClock,
      'de',
    )
    expect(report).toMatchObject({ created: 1, updated: 3 })
    const all = await rows(db)
    expect(
      all.map((m) => [m.member_number, m.first_name, m.business_town, m.phone_business]),
    ).toEqual([
      ['10', 'Anna', 'Hamburg', '030 1'],
      ['11', 'Bernd', 'Bremen', '0421 2'],
      ['12', 'Clara', 'Cuxhaven', null],
      [expect.any(String), 'Dora', 'Dresden', null],
    ])
    const history = await db
      .selectFrom('member_history')
      .select(['field', 'old_value', 'new_value', 'note'])
      .where('member_id', '=', all[0]?.id ?? 0)
      .where('action', '=', 'updated')
      .execute()
    expect(history).toEqual([
      {
        field: 'business_town',
        old_value: 'Berlin',
        new_value: 'Hamburg',
        note: 'Import aus „liste.csv“',
      },
    ])

    // Without updates, an e-mail match is a new member, a member number match an error.
    const again = await previewImport(db, options(update), 'de', fixedClock)
    expect(again.counts).toEqual({ create: 3, update: 0, reject: 1 })
    expect(again.rows[0]?.problems).toEqual([
      { field: 'lastName', reason: 'required', value: '' },
      { field: 'memberNumber', reason: 'numberTaken', value: '10' },
    ])
    expect(again.rows[1]).toMatchObject({ action: 'create', matchedMemberNumber: '11' })
  })

  it('records leaving: status former with date and reason, offices ended', async () => {
    const db = await club()
    const csv =
      'Nr;Nachname;Status;Austritt\n1;Alt;;31.12.2025\n2;Tot;verstorben;01.03.2026\n3;Bald;aktiv;31.12.2026\n4;Ruhe;ruhend;\n5;Neu;Interessent;'
    await commitImport(db, options(csv), fixedClock, 'de')
    expect(
      (await rows(db)).map((m) => [m.last_name, m.status, m.leave_date, m.leave_reason]),
    ).toEqual([
      ['Alt', 'former', '2025-12-31', null],
      ['Tot', 'former', '2026-03-01', 'deceased'],
      ['Bald', 'active', '2026-12-31', null],
      ['Ruhe', 'on_leave', null, null],
      ['Neu', 'prospect', null, null],
    ])
    // Created in that state, they are indexed as such: former members only when asked for.
    const found = async (includeFormer: boolean) =>
      (await listMembers(db, { search: 'Alt', includeFormer }, 'de', fixedClock)).total
    expect([await found(false), await found(true)]).toEqual([0, 1])
    const history = await db
      .selectFrom('member_history')
      .innerJoin('member', 'member.id', 'member_history.member_id')
      .select(['action', 'field', 'old_value', 'new_value'])
      .where('member.last_name', '=', 'Tot')
      .orderBy('member_history.id')
      .execute()
    expect(history).toEqual([
      { action: 'created', field: 'status', old_value: null, new_value: 'active' },
      { action: 'updated', field: 'status', old_value: 'active', new_value: 'former' },
      { action: 'updated', field: 'leave_date', old_value: null, new_value: '2026-03-01' },
      { action: 'updated', field: 'leave_reason', old_value: null, new_value: 'deceased' },
    ])
  })

  it('asks for a name column before creating anyone', async () => {
    const db = await club()
    await expect(
      commitImport(db, options('Vorname;Ort\nAnna;Berlin'), fixedClock, 'de'),
    ).rejects.toMatchObject({
      code: 'import.noNameColumn',
    })
  })

  it('checks again at commit when the roster changed after the preview', async () => {
    const db = await club()
    const first = options('Nr;Nachname\n7;Sieben')
    expect((await previewImport(db, first, 'de', fixedClock)).counts.create).toBe(1)
    await commitImport(db, options('Nr;Nachname\n7;Andere'), fixedClock, 'de')
    await expect(commitImport(db, first, fixedClock, 'de')).rejects.toMatchObject({
      code: 'import.rejectedRows',
    })
    expect((await rows(db)).map((m) => m.last_name)).toEqual(['Andere'])
  })

  it('ends the offices of a member the file says has left', async () => {
    const db = await club()
    await commitImport(db, options('Nr;Nachname\n1;Amt'), fixedClock, 'de')
    const member = await db.selectFrom('member').select('id').executeTakeFirstOrThrow()
    const role = await db.selectFrom('role').select('id').executeTakeFirstOrThrow()
    await db
      .insertInto('office')
      .values({
        member_id: member.id,
        role_id: role.id,
        start_date: '2025-07-01',
        end_date: null,
        note: null,
      })
      .execute()
    const leaving = options('Nr;Austritt;Status\n1;30.09.2026;verstorben', {
      updateDuplicates: true,
    })
    expect((await commitImport(db, leaving, fixedClock, 'de')).updated).toBe(1)
    expect(await rows(db)).toMatchObject([
      { status: 'former', leave_date: '2026-09-30', leave_reason: 'deceased' },
    ])
    expect(await db.selectFrom('office').select('end_date').execute()).toEqual([
      { end_date: '2026-09-30' },
    ])
  })
})
