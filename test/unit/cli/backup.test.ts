import { existsSync, mkdirSync, openSync, readdirSync, writeSync, closeSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { FileCheck } from '../../../src/api/backups.ts'
import { latestSchemaVersion } from '../../../src/core/db/migrations/index.ts'
import { runCli } from '../../support/cli.ts'
import { useTempDir } from '../../support/temp.ts'
import { demoClubFile, peek, useOpenFiles } from '../backup/backupFiles.ts'

const tempDir = useTempDir()
const open = useOpenFiles()

describe('kreis backup', () => {
  it('writes a checked copy into a folder under the app’s own name, even while the club is open', async () => {
    const dir = tempDir()
    const club = await open(await demoClubFile(dir, 7))
    const folder = join(dir, 'Sicherungen')
    mkdirSync(folder)
    const run = await runCli(['backup', club.path, '--out', folder])
    expect(run).toMatchObject({ code: 0, err: '' })
    const copy = join(folder, 'rc-test-20261121-100000-manual.kreis')
    expect(run.out).toContain(`Sicherung geschrieben und geprüft: ${copy}`)
    expect(run.out).toContain(`7 Mitglieder, Datenstand ${latestSchemaVersion}`)
    expect(readdirSync(folder)).toEqual(['rc-test-20261121-100000-manual.kreis'])
    expect(peek(copy, 'select count(*) from member')).toBe(7)
  })

  it('writes to a named file and never replaces one', async () => {
    const dir = tempDir()
    const path = await demoClubFile(dir, 2)
    const target = join(dir, 'copy.kreis')
    const json = await runCli(['backup', path, '--out', target, '--json'])
    expect(JSON.parse(json.out)).toMatchObject({ path: target, memberCount: 2 })
    const again = await runCli(['backup', path, '--out', target])
    expect(again.code).toBe(1)
    expect(again.err).toContain('gibt es schon')
  })

  it('refuses what is not a Kreis file, and asks for --out', async () => {
    const dir = tempDir()
    const foreign = join(dir, 'other.db')
    new BetterSqlite3(foreign).exec('create table t (x)')
    const run = await runCli(['backup', foreign, '--out', join(dir, 'x.kreis')], { LANG: 'en' })
    expect(run.code).toBe(1)
    expect(run.err).toContain('not a Kreis club file')
    const noOut = await runCli(['backup', await demoClubFile(dir, 1)])
    expect(noOut.code).toBe(1)
    expect(noOut.err).toContain('--out')
  })
})

describe('kreis restore', () => {
  it('puts the backup in place and keeps the file that was there beside it', async () => {
    const dir = tempDir()
    const backup = await demoClubFile(dir, 5, 'backup')
    const target = await demoClubFile(dir, 2, 'club')
    const run = await runCli(['restore', backup, '--to', target])
    expect(run).toMatchObject({ code: 0, err: '' })
    const previous = `${target}.before-restore-20261121-100000.kreis`
    expect(run.out).toBe(
      `Wiederhergestellt: ${target}\nDie Datei, die dort war, liegt jetzt unter: ${previous}`,
    )
    expect(peek(target, 'select count(*) from member')).toBe(5)
    expect(peek(previous, 'select count(*) from member')).toBe(2)
    expect(readdirSync(dir).sort()).toEqual(
      ['backup.kreis', 'club.kreis', 'club.kreis.before-restore-20261121-100000.kreis'].sort(),
    )
  })

  it('restores to a new file without anything to keep', async () => {
    const dir = tempDir()
    const backup = await demoClubFile(dir, 3, 'backup')
    const target = join(dir, 'new.kreis')
    const run = await runCli(['restore', backup, '--to', target, '--json'])
    expect(JSON.parse(run.out)).toEqual({ path: target, previous: null })
    expect(peek(target, 'select count(*) from member')).toBe(3)
  })

  it('leaves a file alone that another program has open', async () => {
    const dir = tempDir()
    const backup = await demoClubFile(dir, 5, 'backup')
    const club = await open(await demoClubFile(dir, 2, 'club'))
    const run = await runCli(['restore', backup, '--to', club.path])
    expect(run.code).toBe(1)
    expect(run.err).toContain('von einem anderen Programm benutzt')
    expect(Number(club.sqlite.prepare('select count(*) from member').pluck().get())).toBe(2)
    expect(readdirSync(dir).filter((f) => f.includes('before-restore'))).toEqual([])
  })

  it('refuses a backup that is not a sound Kreis file, and a foreign target', async () => {
    const dir = tempDir()
    const foreign = join(dir, 'other.db')
    new BetterSqlite3(foreign).exec('create table t (x)')
    const target = await demoClubFile(dir, 1, 'club')
    expect((await runCli(['restore', foreign, '--to', target])).code).toBe(1)
    const backup = await demoClubFile(dir, 1, 'backup')
    const onto = await runCli(['restore', backup, '--to', foreign], { LANG: 'en' })
    expect(onto.err).toContain('not a Kreis club file')
    expect(existsSync(`${foreign}.before-restore-20261121-100000.kreis`)).toBe(false)
    expect((await runCli(['restore', backup, '--to', backup])).code).toBe(2)
  })
})

describe('kreis check', () => {
  it('finds a sound file sound', async () => {
    const path = await demoClubFile(tempDir(), 4)
    const run = await runCli(['check', path, '--json'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.out) as FileCheck).toEqual({
      path,
      ok: true,
      schemaVersion: latestSchemaVersion,
      integrity: [],
      foreignKeyProblems: 0,
      memberCount: 4,
    })
    const text = await runCli(['check', path], { LANG: 'en_GB.UTF-8' })
    expect(text.out).toMatch(/Integrity\s+ok/)
    expect(text.out).toContain('The file is sound.')
  })

  it('exits non-zero on a broken reference', async () => {
    const path = await demoClubFile(tempDir(), 2)
    const db = new BetterSqlite3(path)
    db.pragma('foreign_keys = OFF')
    db.prepare(
      `insert into member_fee (member_id, valid_from, amount_cents, created_at)
       values (9999, '2026-01-01', 100, '2026-01-01')`,
    ).run()
    db.close()
    const run = await runCli(['check', path, '--json'])
    expect(run.code).toBe(1)
    expect(JSON.parse(run.out)).toMatchObject({ ok: false, integrity: [], foreignKeyProblems: 1 })
  })

  it('exits non-zero on damaged pages', async () => {
    const path = await demoClubFile(tempDir(), 40)
    const pageSize = Number(peek(path, 'pragma page_size'))
    const pages = Number(peek(path, 'pragma page_count'))
    const fd = openSync(path, 'r+')
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, pageSize * Math.floor(pages / 2))
    closeSync(fd)
    const run = await runCli(['check', path])
    expect(run.code).toBe(1)
    expect(run.out).toContain('Die Datei ist beschädigt.')
  })

  it('refuses what is not a Kreis file', async () => {
    const foreign = join(tempDir(), 'other.db')
    new BetterSqlite3(foreign).exec('create table t (x)')
    const run = await runCli(['check', foreign, '--json'])
    expect(run.code).toBe(1)
    expect(JSON.parse(run.err)).toMatchObject({ error: { code: 'file.notKreis' } })
  })
})
