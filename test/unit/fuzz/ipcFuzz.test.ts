import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Envelope } from '../../../src/api/bridge.ts'
import { formatError, inputReasons } from '../../../src/api/messages/errors.ts'
import { isProcedureName, procedures, type ProcedureName } from '../../../src/api/procedures.ts'
import { createDispatcher, type Dispatch } from '../../../src/core/dispatch/dispatcher.ts'
import type { Session } from '../../../src/core/session/session.ts'
import { makeSession, value } from '../../support/session.ts'
import { fixedClock } from '../../support/temp.ts'
import { databaseHash, folderFingerprint, totalChanges } from './fingerprint.ts'
import { garbage, hostileStrings } from './hostileValues.ts'
import { malformedInput } from './malformedInput.ts'
import { expectCleanPrototypes, expectReadableError, prototypeKeys } from './refusals.ts'

/**
 * Every procedure of the contract, read at run time so that procedures added later are fuzzed
 * too, gets malformed input through the dispatcher the IPC entry point uses, on the demo club.
 * Input the schema would accept is skipped: valid-shaped input is the procedures' own tests'.
 * (A procedure whose schema accepted anything would skip every case, and fail here for it.)
 * The seed changes from run to run; a failure prints the seed and path that replay it.
 */
const runsPerProcedure = 150
const unknownNameRuns = 300
const names = Object.keys(procedures) as ProcedureName[]

let folder = ''
let session: Session
let dispatch: Dispatch
const logged: unknown[] = []
const before = prototypeKeys()
/** The club as it was opened: hashing every table takes long enough to be done only twice. */
let openedHash = ''

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'kreis-fuzz-'))
  const made = makeSession(folder)
  session = made.session
  dispatch = createDispatcher(
    { session, host: made.host, clock: fixedClock },
    { logError: (error) => logged.push(error) },
  )
  value(await dispatch('clubs/openDemo', {}))
  openedHash = databaseHash(session.requireClub().sqlite)
})

afterAll(async () => {
  await session.dispose()
  rmSync(folder, { recursive: true, force: true })
})

/** What the dispatcher decides before any handler runs (it reads a missing input as `{}`). */
function refusedByContract(name: ProcedureName, input: unknown): boolean {
  try {
    return !v.safeParse(procedures[name].input, input ?? {}).success
  } catch {
    // A schema that throws is a finding: the dispatcher must still answer `input.invalid`.
    return true
  }
}

function refusal(envelope: Envelope<unknown>) {
  if (envelope.ok) throw new Error('accepted input its schema refuses')
  return envelope.error
}

describe('every procedure refuses malformed input without writing', () => {
  it.each(names)('%s', async (name) => {
    const { sqlite } = session.requireClub()
    const files = folderFingerprint(folder)
    let cases = 0
    await fc.assert(
      fc.asyncProperty(malformedInput(procedures[name].input), async (input) => {
        fc.pre(refusedByContract(name, input))
        cases++
        const changes = totalChanges(sqlite)
        const envelope = await dispatch(name, input)
        const error = refusal(envelope)
        expect(error.code).toBe('input.invalid')
        expect(typeof error.params['field']).toBe('string')
        expect(inputReasons).toContain(error.params['reason'])
        expectReadableError(error)
        expect(structuredClone(envelope)).toEqual(envelope)
        expect(totalChanges(sqlite)).toBe(changes)
      }),
      { numRuns: runsPerProcedure },
    )
    expect(cases).toBe(runsPerProcedure)
    expect(logged).toEqual([])
    expect(folderFingerprint(folder)).toBe(files)
    expectCleanPrototypes(before)
  })
})

describe('names that are no procedure', () => {
  const nearMisses = names.flatMap((name) => [name.toUpperCase(), `${name} `, name.split('/')[0]])
  const notAName = fc.oneof(
    garbage,
    fc.string().filter((name) => !isProcedureName(name)),
    fc.constantFrom<unknown>(
      ...hostileStrings,
      ...nearMisses.filter((name) => !isProcedureName(name)),
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
      // Plain data over IPC, yet String() of either throws.
      { toString: 1 },
      Object.create(null),
    ),
  )

  it('are refused as unknown, with at most 80 characters of the name quoted', async () => {
    const { sqlite } = session.requireClub()
    await fc.assert(
      fc.asyncProperty(notAName, garbage, async (name, input) => {
        const changes = totalChanges(sqlite)
        const error = refusal(await dispatch(name, input))
        expect(error.code).toBe('procedure.unknown')
        expect(typeof error.params['name']).toBe('string')
        expect(String(error.params['name']).length).toBeLessThanOrEqual(80)
        expectReadableError(error)
        expect(totalChanges(sqlite)).toBe(changes)
      }),
      { numRuns: unknownNameRuns },
    )
    expect(logged).toEqual([])
    expectCleanPrototypes(before)
  })
})

describe('what the fuzzing found, kept as plain cases', () => {
  it('names a stray `constructor` or `__proto__` key as itself, not as Object’s source', async () => {
    for (const key of ['constructor', '__proto__']) {
      const error = refusal(await dispatch('members/get', JSON.parse(`{"id":1,"${key}":0}`)))
      expect(error).toEqual({ code: 'input.invalid', params: { field: key, reason: 'unexpected' } })
      expect(formatError(error, 'en')).toBe(`Invalid input in field “${key}”: is not expected here`)
    }
  })

  it('refuses a name whose toString is not callable as unknown, not as internal', async () => {
    for (const name of [{ toString: 1 }, Object.create(null), new Set()]) {
      expect(refusal(await dispatch(name, {}))).toEqual({
        code: 'procedure.unknown',
        params: { name: 'object' },
      })
    }
    expect(logged).toEqual([])
  })
})

describe('after all of it', () => {
  it('the club file holds exactly what it held when it was opened', () => {
    expect(databaseHash(session.requireClub().sqlite)).toBe(openedHash)
  })
})
