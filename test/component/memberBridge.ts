import { vi } from 'vitest'
import type { Envelope, KreisBridge } from '../../src/api/bridge.ts'
import type { KreisErrorData } from '../../src/api/errors.ts'
import { emptyAddress, type MemberListRow, type MemberRecord } from '../../src/api/members.ts'
import { clubProfile, stateWithClub } from './fakeBridge.ts'

type Answer = unknown | ((input: Record<string, unknown>) => unknown)

/** An error answer: the bridge replies `{ ok: false }` with this envelope. */
export class Refusal {
  readonly error: KreisErrorData
  constructor(error: KreisErrorData) {
    this.error = error
  }
}

export function listRow(id: number, overrides: Partial<MemberListRow> = {}): MemberListRow {
  return {
    id,
    memberNumber: `M-${String(id).padStart(4, '0')}`,
    kind: 'person',
    status: 'active',
    displayName: `Person ${id}`,
    title: null,
    firstName: 'Person',
    lastName: String(id),
    organisationName: null,
    company: null,
    position: null,
    classification: null,
    emailBusiness: null,
    phoneBusiness: null,
    phoneMobile: null,
    town: null,
    postcode: null,
    joinDate: null,
    leaveDate: null,
    ...overrides,
  }
}

export function memberRecord(overrides: Partial<MemberRecord> = {}): MemberRecord {
  const consent = { granted: false, decidedOn: null }
  return {
    id: 5,
    kind: 'person',
    memberNumber: 'M-0005',
    displayName: 'Dr. Anna Schäfer',
    status: 'active',
    salutation: 'Frau',
    title: 'Dr.',
    firstName: 'Anna',
    lastName: 'Schäfer',
    nameAffix: '',
    birthday: '',
    partnerName: '',
    organisationName: '',
    legalForm: '',
    registerNumber: '',
    organisationId: null,
    organisationRole: null,
    company: 'Schäfer Steuerberatung',
    position: '',
    classification: 'Steuerberatung',
    sectorId: null,
    secondarySectorIds: [],
    emailBusiness: 'anna@schaefer.example',
    emailPrivate: '',
    phoneBusiness: '',
    phoneMobile: '',
    phonePrivate: '',
    website: '',
    businessAddress: { ...emptyAddress, town: 'Frankfurt am Main', postcode: '60311' },
    privateAddress: { ...emptyAddress },
    notes: '',
    joinDate: '2019-07-01',
    sponsorId: null,
    membershipTypeId: null,
    customValues: {},
    leaveDate: null,
    leaveReason: null,
    photo: null,
    organisation: null,
    people: [],
    sponsor: null,
    offices: [],
    consent: {
      directory: consent,
      photo: consent,
      private_address: consent,
      private_phone: consent,
      private_email: consent,
      birthday: consent,
      partner: consent,
    },
    history: [],
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  }
}

/** A few rows, or as many as asked, answered page by page like the core does. */
export function listAnswer(
  total: number,
  make: (index: number) => MemberListRow = (i) => listRow(i + 1),
) {
  return (input: Record<string, unknown>) => {
    const offset = Number(input['offset'] ?? 0)
    const limit = Number(input['limit'] ?? 100)
    const rows: MemberListRow[] = []
    for (let i = offset; i < Math.min(total, offset + limit); i++) rows.push(make(i))
    return { total, offset, rows }
  }
}

/** What the members view asks for besides the club, answered empty. */
export const emptyRoster = {
  'members/list': { total: 0, offset: 0, rows: [] },
  'roles/list': [],
  'membershipTypes/list': [],
  'customFields/list': [],
}

/**
 * `window.kreis` for the member views: answers may be functions of the input, so a list can
 * page and a search can narrow; every call is recorded for the assertions.
 */
export function installMemberBridge(answers: Record<string, Answer> = {}) {
  const table: Record<string, Answer> = {
    'app/state': stateWithClub,
    'club/counts': { members: 3, activeMembers: 3 },
    'club/profile': clubProfile,
    'members/list': listAnswer(3),
    'roles/list': [],
    'membershipTypes/list': [],
    'customFields/list': [],
    'members/lookup': [],
    ...answers,
  }
  const invoke = vi.fn(async (name: string, input: Record<string, unknown>) => {
    const answer = table[name]
    const value =
      typeof answer === 'function' ? (answer as (i: typeof input) => unknown)(input) : answer
    if (value instanceof Refusal) return { ok: false, error: value.error } as Envelope<unknown>
    return { ok: true, value } as Envelope<unknown>
  })
  const bridge = { invoke, on: () => () => undefined } as unknown as KreisBridge
  Object.defineProperty(window, 'kreis', { value: bridge, configurable: true })
  const callsOf = (name: string) =>
    invoke.mock.calls.filter(([n]) => n === name).map(([, input]) => input)
  return { invoke, callsOf }
}
