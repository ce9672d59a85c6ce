import { describe, expect, it } from 'vitest'
import type { AttendanceCode, Meeting } from '../../../src/api/meetings.ts'
import type { MemberRecord } from '../../../src/api/members.ts'
import { person } from '../../support/members.ts'
import { useClub, value } from '../../support/session.ts'
import { defined, meetingInput } from './meetingInputs.ts'

type Row = Omit<AttendanceCode, 'sortOrder' | 'id'> & { id: number | null }

const asRows = (codes: readonly AttendanceCode[]): Row[] =>
  codes.map(({ id, meaning, key, labelDe, labelEn, active }) => ({
    id,
    meaning,
    key,
    labelDe,
    labelEn,
    active,
  }))

describe('attendance codes of a Rotary club', () => {
  const { dispatch, session } = useClub({ name: 'RC Test', kind: 'rotary' })
  const codes = async () => value<AttendanceCode[]>(await dispatch('meetings/codes', {}))
  const save = (rows: readonly Row[]) => dispatch('meetings/saveCodes', rows)
  /** A member marked with the code at a meeting of its own; answers the meeting's id. */
  const recordWith = async (codeId: number): Promise<number> => {
    const member = value<MemberRecord>(
      await dispatch('members/create', { member: person(), status: 'active' }),
    )
    const meeting = value<Meeting>(await dispatch('meetings/save', meetingInput()))
    await session()
      .requireClub()
      .db.insertInto('attendance')
      .values({
        meeting_id: meeting.id,
        member_id: member.id,
        code_id: codeId,
        recorded_at: '2026-12-01T12:00:00.000Z',
      })
      .execute()
    return meeting.id
  }

  it('starts with present, absent, excused, make-up and leave', async () => {
    const list = await codes()
    expect(list.map((c) => [c.meaning, c.key, c.active, c.sortOrder])).toEqual([
      ['present', 'p', true, 1],
      ['absent', 'a', true, 2],
      ['excused', 'e', true, 3],
      ['make_up', 'm', true, 4],
      ['leave', 'u', true, 5],
    ])
  })

  it('renames, reorders and adds codes in the order given', async () => {
    const [present, absent, ...rest] = asRows(await codes())
    const saved = value<AttendanceCode[]>(
      await save([
        { ...defined(absent), labelDe: 'Fehlt', key: 'F' },
        defined(present),
        ...rest,
        {
          id: null,
          meaning: 'late',
          key: 'l',
          labelDe: 'Zu spät',
          labelEn: 'Late',
          active: true,
        },
      ]),
    )
    expect(saved.map((c) => [c.meaning, c.key, c.labelDe, c.sortOrder])).toEqual([
      ['absent', 'f', 'Fehlt', 1],
      ['present', 'p', 'Anwesend', 2],
      ['excused', 'e', 'Entschuldigt', 3],
      ['make_up', 'm', 'Nachgeholt', 4],
      ['leave', 'u', 'Beurlaubt', 5],
      ['late', 'l', 'Zu spät', 6],
    ])
    expect(await codes()).toEqual(saved)
  })

  it('refuses a key given twice among active codes, naming the key and the row', async () => {
    const rows = asRows(await codes())
    const twice = rows.map((row) => (row.meaning === 'leave' ? { ...row, key: 'E' } : row))
    expect(await save(twice)).toEqual({
      ok: false,
      error: { code: 'attendance.codeKeyTaken', params: { key: 'e', row: 5 } },
    })
    const inactive = twice.map((row) => (row.meaning === 'leave' ? { ...row, active: false } : row))
    expect((await save(inactive)).ok).toBe(true)
  })

  it('needs an active code for present and one for absent', async () => {
    const rows = asRows(await codes())
    expect(await save(rows.filter((row) => row.meaning !== 'absent'))).toEqual({
      ok: false,
      error: { code: 'attendance.codeMeaningMissing', params: { meaning: 'absent' } },
    })
    const off = rows.map((row) => (row.meaning === 'present' ? { ...row, active: false } : row))
    expect(await save(off)).toEqual({
      ok: false,
      error: { code: 'attendance.codeMeaningMissing', params: { meaning: 'present' } },
    })
    expect(await save(rows.map((row) => ({ ...row, id: 99 })))).toMatchObject({
      ok: false,
      error: { code: 'attendance.codeNotFound', params: { id: 99 } },
    })
    expect((await codes()).map((c) => c.key)).toEqual(['p', 'a', 'e', 'm', 'u'])
  })

  it('deletes a code left out unless attendance uses it, which only deactivates it', async () => {
    const all = await codes()
    const makeUp = defined(all.find((c) => c.meaning === 'make_up'))
    await recordWith(makeUp.id)
    const kept = asRows(all).filter((row) => row.meaning !== 'make_up' && row.meaning !== 'leave')
    const saved = value<AttendanceCode[]>(await save(kept))
    expect(saved.map((c) => [c.meaning, c.active, c.sortOrder])).toEqual([
      ['present', true, 1],
      ['absent', true, 2],
      ['excused', true, 3],
      ['make_up', false, 4],
    ])
    // Bringing it back later: the old row, active again.
    const again = value<AttendanceCode[]>(
      await save([...asRows(saved).slice(0, 3), { ...defined(asRows(saved)[3]), active: true }]),
    )
    expect(again.find((c) => c.meaning === 'make_up')).toMatchObject({
      id: makeUp.id,
      active: true,
    })
  })

  it('keeps what past roll calls said when a used code is given another meaning', async () => {
    const db = session().requireClub().db
    const all = await codes()
    const excused = defined(all.find((c) => c.meaning === 'excused'))
    const meeting = await recordWith(excused.id)
    const rows = asRows(all).map((row) =>
      row.id === excused.id ? { ...row, meaning: 'medical' as const, labelEn: 'Ill' } : row,
    )
    const saved = value<AttendanceCode[]>(await save(rows))
    expect(saved.map((c) => [c.meaning, c.key, c.active])).toEqual([
      ['present', 'p', true],
      ['absent', 'a', true],
      ['medical', 'e', true],
      ['make_up', 'm', true],
      ['leave', 'u', true],
      ['excused', 'e', false],
    ])
    expect(saved[2]?.id).not.toBe(excused.id)
    expect(saved[5]?.id).toBe(excused.id)
    // An unused code simply changes its meaning.
    const makeUp = defined(saved.find((c) => c.meaning === 'make_up'))
    const changed = value<AttendanceCode[]>(
      await save(
        asRows(saved).map((row) => (row.id === makeUp.id ? { ...row, meaning: 'late' } : row)),
      ),
    )
    expect(changed.find((c) => c.id === makeUp.id)?.meaning).toBe('late')
    const marked = await db
      .selectFrom('attendance')
      .select('code_id')
      .where('meeting_id', '=', meeting)
      .executeTakeFirstOrThrow()
    expect(marked.code_id).toBe(excused.id)
  })
})

describe('attendance codes of a BNI chapter', () => {
  const { dispatch } = useClub({ name: 'BNI Taunus', kind: 'bni' })

  it('starts with PALMS and keeps them through a save', async () => {
    const codes = value<AttendanceCode[]>(await dispatch('meetings/codes', {}))
    expect(codes.map((c) => c.meaning)).toEqual([
      'present',
      'absent',
      'late',
      'medical',
      'substitute',
    ])
    const saved = value<AttendanceCode[]>(await dispatch('meetings/saveCodes', asRows(codes)))
    expect(saved).toEqual(codes)
  })
})
