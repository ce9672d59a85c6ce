import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { SavedDocument } from '../../../src/api/directory.ts'
import { defaultDirectoryOptions } from '../../../src/api/directory.ts'
import { useClubSessions, value } from '../../support/session.ts'
import { useTempDir } from '../../support/temp.ts'

const tempDir = useTempDir()
const club = useClubSessions(tempDir)

const options = { ...defaultDirectoryOptions('de'), photos: false }

describe('saving, opening and printing the directory', () => {
  it('asks where first, then writes the book, remembers the options and opens it', async () => {
    const { dispatch, host } = await club()
    const path = join(tempDir(), 'buch.pdf')
    host.toSave.push(path)
    const saved = value<SavedDocument>(
      await dispatch('directory/save', { options: { ...options, paper: 'a4' }, open: true }),
    )
    expect(saved.path).toBe(path)
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-')
    expect(host.opened).toEqual([path])
    expect(value(await dispatch('directory/options', {}))).toMatchObject({ paper: 'a4' })
  })

  it('does nothing and remembers nothing when the save dialog is cancelled', async () => {
    const { dispatch } = await club()
    const saved = value<SavedDocument>(
      await dispatch('directory/save', { options: { ...options, columns: 2 }, open: false }),
    )
    expect(saved).toEqual({ path: null, pages: 0 })
    expect(value(await dispatch('directory/options', {}))).toMatchObject({ columns: 1 })
  })

  it('keeps the saved file and names it when no viewer opens it', async () => {
    const { dispatch, host } = await club()
    host.openFile = () => Promise.reject(new Error('no application'))
    const path = join(tempDir(), 'liste.pdf')
    host.toSave.push(path)
    const answer = await dispatch('lists/save', {
      options: {
        kind: 'phone',
        statuses: ['active'],
        year: 2026,
        labelLayout: '3x7',
        locale: 'de',
      },
      open: true,
    })
    expect(answer).toMatchObject({ ok: false, error: { code: 'file.notOpened', params: { path } } })
    expect(existsSync(path)).toBe(true)
  })

  it('remembers the list options last saved, but always offers this year', async () => {
    const { dispatch, host } = await club()
    expect(value(await dispatch('lists/options', {}))).toEqual({
      kind: 'phone',
      statuses: ['active', 'honorary', 'on_leave'],
      year: 2026,
      labelLayout: '3x7',
      locale: 'de',
    })
    host.toSave.push(join(tempDir(), 'etiketten.pdf'))
    const labels = {
      kind: 'labels',
      statuses: ['active'],
      year: 2024,
      labelLayout: '3x8',
      locale: 'en',
    } as const
    value(await dispatch('lists/save', { options: labels, open: false }))
    expect(value(await dispatch('lists/options', {}))).toEqual({ ...labels, year: 2026 })
  })

  it('prints from a temporary copy that is gone afterwards', async () => {
    const { dispatch, host } = await club()
    value(await dispatch('directory/print', options))
    expect(host.printed[0]?.head).toBe('%PDF-')
    expect(existsSync(host.printed[0]?.path ?? '')).toBe(false)
  })
})
