import { existsSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SavedDocument } from '../../../src/api/directory.ts'
import type { Host } from '../../../src/core/dispatch/host.ts'
import { useClubSessions, value } from '../../support/session.ts'
import { useTempDir } from '../../support/temp.ts'
import { addMeeting, addPerson, makeChapter, mark } from '../referrals/referralSupport.ts'

const tempDir = useTempDir()
const clubSession = useClubSessions(tempDir)

/** A club whose host remembers the file names it was offered. */
async function club(kind: 'bni' | 'rotary' = 'rotary', locale: 'de' | 'en' = 'de') {
  const made = await clubSession()
  const db = made.session.requireClub().db
  await makeChapter(db, kind, locale)
  const anna = await addPerson(db, 'Anna', 'Arndt')
  const bernd = await addPerson(db, 'Bernd', 'Brandt')
  const meeting = await addMeeting(db, '2026-10-07')
  await mark(db, meeting, anna, 'present')
  const offered: string[] = []
  const host: Host = made.host
  const choose = made.host.chooseExportPath.bind(made.host)
  host.chooseExportPath = (defaultPath: string, extension: string) => {
    offered.push(`${basename(defaultPath)} ${extension}`)
    return choose()
  }
  return { ...made, db, anna, bernd, meeting, offered }
}

const october = { from: '2026-10-01', to: '2026-10-31' }

describe('saving the meeting documents', () => {
  it('saves the sign-in sheet under a German name and opens it', async () => {
    const { dispatch, host, meeting, offered } = await club()
    const path = join(tempDir(), 'liste.pdf')
    host.toSave.push(path)
    const saved = value<SavedDocument>(
      await dispatch('meetings/signInSheet', { id: meeting, open: true }),
    )
    expect(saved).toEqual({ path, pages: 1 })
    expect(offered).toEqual(['anwesenheitsliste-2026-10-07.pdf pdf'])
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-')
    expect(host.opened).toEqual([path])
  })

  it('writes nothing when the dialog is cancelled, and refuses before asking', async () => {
    const { dispatch, db, offered } = await club()
    const saved = value<SavedDocument>(
      await dispatch('attendance/saveReport', { range: october, open: true }),
    )
    expect(saved).toEqual({ path: null, pages: 0 })
    const cancelled = await addMeeting(db, '2026-12-23', { status: 'cancelled' })
    expect(await dispatch('meetings/signInSheet', { id: cancelled, open: false })).toMatchObject({
      ok: false,
      error: { code: 'meeting.cancelled', params: { date: '23.12.2026' } },
    })
    expect(
      await dispatch('attendance/saveReport', {
        range: { from: '2026-10-31', to: '2026-10-01' },
        open: false,
      }),
    ).toMatchObject({ ok: false, error: { code: 'meeting.range' } })
    expect(offered).toEqual(['anwesenheitsbericht-2026-10-01-2026-10-31.pdf pdf'])
  })

  it('saves the attendance report as a PDF', async () => {
    const { dispatch, host } = await club()
    const path = join(tempDir(), 'bericht.pdf')
    host.toSave.push(path)
    const saved = value<SavedDocument>(
      await dispatch('attendance/saveReport', { range: october, open: false }),
    )
    expect(saved).toEqual({ path, pages: 1 })
    expect(host.opened).toEqual([])
  })

  it('saves the chapter report as PDF or XLSX under an English name in an English club', async () => {
    const { dispatch, host, offered } = await club('bni', 'en')
    const pdf = join(tempDir(), 'chapter.pdf')
    const xlsx = join(tempDir(), 'chapter.xlsx')
    host.toSave.push(pdf, xlsx)
    const asPdf = value<SavedDocument>(
      await dispatch('referrals/saveChapterReport', { range: october, format: 'pdf', open: false }),
    )
    expect(asPdf).toEqual({ path: pdf, pages: 1 })
    const asXlsx = value<SavedDocument>(
      await dispatch('referrals/saveChapterReport', {
        range: october,
        format: 'xlsx',
        open: false,
      }),
    )
    expect(asXlsx).toEqual({ path: xlsx, pages: 0 })
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK')
    expect(offered).toEqual([
      'chapter-report-2026-10-01-2026-10-31.pdf pdf',
      'chapter-report-2026-10-01-2026-10-31.xlsx xlsx',
    ])
  })

  it('keeps the saved file and names it when no viewer opens it', async () => {
    const { dispatch, host } = await club('bni')
    host.openFile = () => Promise.reject(new Error('no application'))
    const path = join(tempDir(), 'bericht.xlsx')
    host.toSave.push(path)
    const answer = await dispatch('referrals/saveChapterReport', {
      range: october,
      format: 'xlsx',
      open: true,
    })
    expect(answer).toMatchObject({ ok: false, error: { code: 'file.notOpened', params: { path } } })
    expect(existsSync(path)).toBe(true)
  })
})
