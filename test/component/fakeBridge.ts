import { vi } from 'vitest'
import type { Envelope, EventMap, EventName, KreisBridge } from '../../src/api/bridge.ts'
import type { AppState, ClubProfile } from '../../src/api/club.ts'

export const stateWithClub: AppState = {
  version: '0.1.0',
  systemLocale: 'de',
  welcomeLocale: 'de',
  club: {
    path: '/home/anna/.config/Kreis/clubs/rotary-club-teststadt.kreis',
    name: 'Rotary Club Teststadt',
    kind: 'rotary',
    locale: 'de',
    schemaVersion: 1,
    migratedFrom: null,
    backupPath: null,
  },
  recent: [],
  startupError: null,
}

export const stateWithoutClub: AppState = { ...stateWithClub, club: null }

/** The profile of `stateWithClub`'s club, complete as `club/profile` answers it. */
export const clubProfile: ClubProfile = {
  name: 'Rotary Club Teststadt',
  kind: 'rotary',
  address: {
    street: 'Marktplatz',
    houseNumber: '1',
    postcode: '60311',
    town: 'Frankfurt am Main',
    country: 'DE',
  },
  meetingPlace: 'Hotel zur Post',
  locale: 'de',
  currency: 'EUR',
  yearStartMonth: 7,
  bankName: '',
  iban: '',
  bic: '',
  logo: null,
  createdAt: '2026-01-01T09:00:00.000Z',
  updatedAt: '2026-01-01T09:00:00.000Z',
}

/** A stand-in for `window.kreis` that answers from a table and records every call. */
export function installFakeBridge(answers: Record<string, unknown>) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  const invoke = vi.fn(async (name: string): Promise<Envelope<unknown>> => {
    const answer = answers[name]
    if (answer instanceof Error)
      return { ok: false, error: { code: 'file.notFound', params: { path: answer.message } } }
    return { ok: true, value: answer }
  })
  const bridge = {
    invoke,
    on: (event: EventName, listener: (payload: never) => void) => {
      const set = listeners.get(event) ?? new Set()
      set.add(listener as (payload: unknown) => void)
      listeners.set(event, set)
      return () => set.delete(listener as (payload: unknown) => void)
    },
  } as unknown as KreisBridge
  Object.defineProperty(window, 'kreis', { value: bridge, configurable: true })
  return {
    invoke,
    emit<E extends EventName>(event: E, payload: EventMap[E]) {
      for (const listener of listeners.get(event) ?? []) listener(payload)
    },
  }
}
