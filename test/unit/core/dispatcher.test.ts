import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Envelope } from '../../../src/api/bridge.ts'
import type { Session } from '../../../src/core/session/session.ts'
import { makeSession } from '../../support/session.ts'
import { useTempDir } from '../../support/temp.ts'

const tempDir = useTempDir()
const sessions: Session[] = []
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.dispose()
})

function setup() {
  const made = makeSession(tempDir())
  sessions.push(made.session)
  return made
}

function errorOf(envelope: Envelope<unknown>) {
  if (envelope.ok) throw new Error('expected a refusal')
  return envelope.error
}

describe('the dispatcher', () => {
  it('answers app/state with no club open', async () => {
    const { dispatch } = setup()
    const result = await dispatch('app/state', {})
    expect(result).toMatchObject({
      ok: true,
      value: { club: null, recent: [], welcomeLocale: 'de' },
    })
  })

  it('refuses unknown procedures with a typed error', async () => {
    const { dispatch } = setup()
    expect(errorOf(await dispatch('members/drop', {}))).toEqual({
      code: 'procedure.unknown',
      params: { name: 'members/drop' },
    })
    expect(errorOf(await dispatch(42, {})).code).toBe('procedure.unknown')
    expect(errorOf(await dispatch('__proto__', {})).code).toBe('procedure.unknown')
    expect(errorOf(await dispatch('toString', {})).code).toBe('procedure.unknown')
  })

  it('refuses malformed input naming the field and the reason', async () => {
    const { dispatch } = setup()
    expect(
      errorOf(
        await dispatch('clubs/create', {
          name: '',
          kind: 'rotary',
          locale: 'de',
          location: 'default',
        }),
      ),
    ).toEqual({
      code: 'input.invalid',
      params: { field: 'name', reason: 'required' },
    })
    expect(
      errorOf(
        await dispatch('clubs/create', {
          name: 'X',
          kind: 'golf',
          locale: 'de',
          location: 'default',
        }),
      ),
    ).toEqual({
      code: 'input.invalid',
      params: { field: 'kind', reason: 'notAllowed' },
    })
    expect(errorOf(await dispatch('app/state', { extra: 1 })).code).toBe('input.invalid')
    expect(errorOf(await dispatch('clubs/create', 'not an object')).code).toBe('input.invalid')
  })

  it('creates a club in the user data folder and opens it', async () => {
    const { dispatch, session } = setup()
    const result = await dispatch('clubs/create', {
      name: 'Rotary Club Köln-Süd',
      kind: 'rotary',
      locale: 'de',
      location: 'default',
    })
    expect(result.ok).toBe(true)
    const path = join(session.clubsDir, 'rotary-club-koeln-sued.kreis')
    expect(existsSync(path)).toBe(true)
    const state = session.state()
    expect(state.club).toMatchObject({
      path,
      name: 'Rotary Club Köln-Süd',
      kind: 'rotary',
      locale: 'de',
    })
    expect(state.recent[0]?.path).toBe(path)

    const profile = await dispatch('club/profile', {})
    expect(profile).toMatchObject({
      ok: true,
      value: { yearStartMonth: 7, currency: 'EUR', logo: null },
    })
  })

  it('gives a second club with the same name its own file', async () => {
    const { dispatch, session } = setup()
    const input = { name: 'BNI Mainz', kind: 'bni', locale: 'de', location: 'default' }
    await dispatch('clubs/create', input)
    await dispatch('clubs/create', input)
    expect(session.state().club?.path).toBe(join(session.clubsDir, 'bni-mainz-2.kreis'))
  })

  it('asks the host where to put a club when the user wants to choose', async () => {
    const { dispatch, session, host } = setup()
    const chosen = join(tempDir(), 'elsewhere.kreis')
    host.toSave.push(chosen)
    await dispatch('clubs/create', {
      name: 'Lions Bonn',
      kind: 'lions',
      locale: 'en',
      location: 'choose',
    })
    expect(session.state().club?.path).toBe(chosen)
    const cancelled = await dispatch('clubs/create', {
      name: 'X',
      kind: 'lions',
      locale: 'en',
      location: 'choose',
    })
    expect(cancelled).toMatchObject({ ok: true, value: { club: { path: chosen } } })
  })

  it('updates the profile and keeps the open club in step', async () => {
    const { dispatch, session } = setup()
    await dispatch('clubs/create', {
      name: 'Club',
      kind: 'business_club',
      locale: 'de',
      location: 'default',
    })
    const update = {
      name: 'Unternehmerclub Rhein-Main',
      kind: 'business_club',
      address: {
        street: 'Marktplatz',
        houseNumber: '1',
        postcode: '60311',
        town: 'Frankfurt am Main',
        country: 'DE',
      },
      meetingPlace: 'Hotel zur Post',
      locale: 'en',
      currency: 'EUR',
      yearStartMonth: 1,
      bankName: '',
      iban: '',
      bic: '',
    }
    const result = await dispatch('club/update', update)
    expect(result).toMatchObject({
      ok: true,
      value: { name: 'Unternehmerclub Rhein-Main', locale: 'en' },
    })
    expect(session.state().club).toMatchObject({ name: 'Unternehmerclub Rhein-Main', locale: 'en' })
    expect(session.state().recent[0]?.name).toBe('Unternehmerclub Rhein-Main')

    const bad = await dispatch('club/update', { ...update, yearStartMonth: 13 })
    expect(errorOf(bad)).toEqual({
      code: 'input.invalid',
      params: { field: 'yearStartMonth', reason: 'outOfRange' },
    })
    const badCountry = await dispatch('club/update', {
      ...update,
      address: { ...update.address, country: 'Deutschland' },
    })
    expect(errorOf(badCountry).params).toEqual({ field: 'address.country', reason: 'format' })
  })

  it('stores a logo only when the bytes are an image', async () => {
    const { dispatch } = setup()
    await dispatch('clubs/create', {
      name: 'Club',
      kind: 'rotary',
      locale: 'de',
      location: 'default',
    })
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    )
    const ok = await dispatch('club/setLogo', {
      dataUrl: `data:image/png;base64,${png.toString('base64')}`,
    })
    expect(ok).toMatchObject({
      ok: true,
      value: { logo: `data:image/png;base64,${png.toString('base64')}` },
    })
    const fake = await dispatch('club/setLogo', {
      dataUrl: `data:image/png;base64,${Buffer.from('<svg/>').toString('base64')}`,
    })
    expect(errorOf(fake).code).toBe('logo.invalid')
    const svg = await dispatch('club/setLogo', { dataUrl: 'data:image/svg+xml;base64,PHN2Zy8+' })
    expect(errorOf(svg).code).toBe('logo.invalid')
    const removed = await dispatch('club/setLogo', { dataUrl: null })
    expect(removed).toMatchObject({ ok: true, value: { logo: null } })
  })

  it('needs an open club for club procedures', async () => {
    const { dispatch } = setup()
    expect(errorOf(await dispatch('club/profile', {})).code).toBe('club.noneOpen')
  })

  it('opens only recent files by path, and keeps the current club when an open fails', async () => {
    const { dispatch, session, host } = setup()
    await dispatch('clubs/create', {
      name: 'Erster Club',
      kind: 'rotary',
      locale: 'de',
      location: 'default',
    })
    const first = session.state().club?.path
    expect(errorOf(await dispatch('clubs/openRecent', { path: '/etc/passwd' })).code).toBe(
      'club.notRecent',
    )

    const junk = join(tempDir(), 'junk.kreis')
    writeFileSync(junk, 'no database')
    host.toOpen.push(junk)
    expect(errorOf(await dispatch('clubs/openDialog', {}))).toEqual({
      code: 'file.notSqlite',
      params: { path: junk },
    })
    expect(session.state().club?.path).toBe(first)
  })

  it('saves a consistent copy where the host says', async () => {
    const { dispatch, host } = setup()
    await dispatch('clubs/create', {
      name: 'Club',
      kind: 'rotary',
      locale: 'de',
      location: 'default',
    })
    const target = join(tempDir(), 'copy.kreis')
    host.toSave.push(target)
    expect(await dispatch('clubs/saveCopy', {})).toEqual({ ok: true, value: { path: target } })
    expect(existsSync(target)).toBe(true)
    host.toSave.push(target)
    expect(errorOf(await dispatch('clubs/saveCopy', {})).code).toBe('file.exists')
  })

  it('reopens the last club after a restart, and forgets it once closed', async () => {
    const dir = tempDir()
    const first = makeSession(dir)
    await first.dispatch('clubs/create', {
      name: 'Club',
      kind: 'rotary',
      locale: 'de',
      location: 'default',
    })
    const path = first.session.state().club?.path
    await first.session.dispose()

    const second = makeSession(dir)
    sessions.push(second.session)
    expect(await second.session.reopenLast()).toBeNull()
    expect(second.session.state().club?.path).toBe(path)
    await second.dispatch('clubs/close', {})
    expect(second.session.state().club).toBeNull()
    expect(second.session.state().recent).toHaveLength(1)
  })

  it('forgets one recent club or all of them', async () => {
    const { dispatch, session } = setup()
    await dispatch('clubs/create', { name: 'A', kind: 'rotary', locale: 'de', location: 'default' })
    await dispatch('clubs/create', { name: 'B', kind: 'rotary', locale: 'de', location: 'default' })
    const [b, a] = session.state().recent
    expect(await dispatch('clubs/forgetRecent', { path: a?.path ?? '' })).toMatchObject({
      ok: true,
      value: { recent: [{ path: b?.path }] },
    })
    expect(await dispatch('clubs/clearRecent', {})).toMatchObject({
      ok: true,
      value: { recent: [] },
    })
    expect(session.state().club?.name).toBe('B')
  })

  it('reports why the last club could not be reopened, in the state', async () => {
    const dir = tempDir()
    const first = makeSession(dir)
    await first.dispatch('clubs/create', {
      name: 'Club',
      kind: 'rotary',
      locale: 'de',
      location: 'default',
    })
    const path = first.session.state().club?.path ?? ''
    await first.session.dispose()
    writeFileSync(path, 'overwritten by something else')

    const second = makeSession(dir)
    sessions.push(second.session)
    const seen: unknown[] = []
    second.session.onChange((state) => seen.push(state.startupError))
    expect((await second.session.reopenLast())?.code).toBe('file.notSqlite')
    expect(second.session.state().startupError).toEqual({
      code: 'file.notSqlite',
      params: { path },
    })
    expect(seen).toEqual([{ code: 'file.notSqlite', params: { path } }])
  })

  it('switches the welcome language', async () => {
    const { dispatch } = setup()
    expect(await dispatch('app/setWelcomeLocale', { locale: 'en' })).toMatchObject({
      ok: true,
      value: { welcomeLocale: 'en', systemLocale: 'de' },
    })
  })
})
