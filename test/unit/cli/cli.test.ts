import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { latestSchemaVersion } from '../../../src/core/db/migrations/index.ts'
import { runCli } from '../../support/cli.ts'
import { useTempDir } from '../../support/temp.ts'

const tempDir = useTempDir()

const run = runCli

describe('kreis CLI', () => {
  it('creates a club and reports on it', async () => {
    const path = join(tempDir(), 'club.kreis')
    const init = await run(['init', path, '--name', 'Lions Club Würzburg', '--kind', 'lions'])
    expect(init).toMatchObject({ code: 0, err: '' })
    expect(init.out).toContain('Club „Lions Club Würzburg“ angelegt')

    const info = await run(['info', path, '--json'])
    expect(info.code).toBe(0)
    expect(JSON.parse(info.out)).toMatchObject({
      path,
      schemaVersion: latestSchemaVersion,
      profile: {
        name: 'Lions Club Würzburg',
        kind: 'lions',
        yearStartMonth: 7,
        locale: 'de',
        hasLogo: false,
      },
      counts: { members: 0, activeMembers: 0 },
    })
    const text = await run(['info', path])
    expect(text.out).toMatch(/Name\s+Lions Club Würzburg/)
  })

  it('creates a demo club deterministically', async () => {
    const path = join(tempDir(), 'demo.kreis')
    const demo = await run(['demo', path, '--members', '120', '--seed', '7', '--json'])
    expect(demo.code).toBe(0)
    expect(JSON.parse(demo.out)).toMatchObject({ members: 120, seed: 7 })
    const info = JSON.parse((await run(['info', path, '--json'])).out) as {
      counts: { members: number }
    }
    expect(info.counts.members).toBe(120)
  })

  it('fails with a translated message on stderr and a non-zero exit code', async () => {
    const dir = tempDir()
    const missing = await run(['info', join(dir, 'nope.kreis')])
    expect(missing.code).toBe(1)
    expect(missing.out).toBe('')
    expect(missing.err).toContain('wurde nicht gefunden')

    const junk = join(dir, 'junk.kreis')
    writeFileSync(junk, 'hello')
    const english = await run(['info', junk], { LANG: 'en_GB.UTF-8' })
    expect(english.err).toContain('is not a Kreis file')

    const json = await run(['info', junk, '--json'])
    expect(JSON.parse(json.err)).toEqual({
      error: { code: 'file.notSqlite', params: { path: junk } },
    })

    const badKind = await run(['init', join(dir, 'x.kreis'), '--name', 'X', '--kind', 'golf'])
    expect(badKind.code).toBe(1)
    expect(badKind.err).toContain('„--kind“')
    expect(existsSync(join(dir, 'x.kreis'))).toBe(false)

    const exists = await run(['init', junk, '--name', 'X', '--kind', 'rotary'])
    expect(exists.err).toContain('gibt es schon')
  })

  it('explains usage and rejects unknown commands and options', async () => {
    expect((await run(['--help'])).out).toContain('Aufruf: kreis')
    expect((await run(['frobnicate', 'x'])).code).toBe(2)
    expect((await run(['info'])).err).toContain('Club-Datei')
    const badOption = await run(['info', 'x', '--colour'])
    expect(badOption.code).toBe(2)
    const badNumber = await run(['demo', join(tempDir(), 'd.kreis'), '--members', 'many'])
    expect(badNumber.code).toBe(1)
  })
})
