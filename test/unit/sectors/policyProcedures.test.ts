import { afterEach, describe, expect, it } from 'vitest'
import type { Envelope } from '../../../src/api/bridge.ts'
import type { MemberRecord } from '../../../src/api/members.ts'
import {
  defaultPolicy,
  type ClassificationPolicy,
  type PolicyViolation,
} from '../../../src/api/sectors.ts'
import { person } from '../../support/members.ts'
import { insertSectors } from '../../support/sectorRows.ts'
import { makeSession, value } from '../../support/session.ts'
import { useTempDir } from '../../support/temp.ts'

describe('the policy procedures', () => {
  const userData = useTempDir()
  let session: ReturnType<typeof makeSession> | null = null
  afterEach(async () => {
    await session?.session.dispose()
    session = null
  })

  it('reads, saves, checks and reports, and the member procedures enforce it', async () => {
    session = makeSession(userData())
    const { dispatch } = session
    value(
      await dispatch('clubs/create', {
        name: 'BNI Teststadt',
        kind: 'bni',
        locale: 'en',
        taxonomy: 'empty',
        location: 'default',
      }),
    )
    const clubDb = session.session.requireClub().db
    const code = await insertSectors(clubDb)
    expect(value<ClassificationPolicy>(await dispatch('policy/get', {}))).toEqual(
      defaultPolicy('bni'),
    )
    const create = (lastName: string, override?: string): Promise<Envelope<unknown>> =>
      dispatch('members/create', {
        member: person({ lastName, sectorId: code('M1.1') }),
        status: 'active',
        ...(override === undefined ? {} : { override }),
      })
    value<MemberRecord>(await create('Alt'))
    expect(
      value(
        await dispatch('policy/check', {
          memberId: null,
          sectorId: code('M1.1'),
          status: 'active',
        }),
      ),
    ).toMatchObject({ count: 2, limit: 1, holders: [{ displayName: 'Alt' }] })

    const refused = await create('Neu')
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'policy.violated',
        params: { classification: 'M1.1 Employment law', count: 2, limit: 1, holders: 'Alt' },
      },
    })
    expect(
      await dispatch('members/create', {
        member: person({ sectorId: code('M1.1') }),
        status: 'active',
        override: '  ',
      }),
    ).toMatchObject({ ok: false, error: { code: 'input.invalid', params: { field: 'override' } } })
    const neu = value<MemberRecord>(await create('Neu', 'Successor of Alt'))
    expect(neu.history[0]).toMatchObject({ action: 'policyOverride', note: 'Successor of Alt' })
    expect(value<PolicyViolation[]>(await dispatch('policy/report', {}))).toMatchObject([
      { classification: { code: 'M1.1' }, count: 2, limit: 1 },
    ])

    const saved = value<ClassificationPolicy>(
      await dispatch('policy/save', { ...defaultPolicy('bni'), mode: 'none' }),
    )
    expect(saved.mode).toBe('none')
    expect(value(await dispatch('policy/report', {}))).toEqual([])
    expect(
      await dispatch('policy/save', { ...defaultPolicy('bni'), countedStatuses: ['former'] }),
    ).toMatchObject({ ok: false, error: { code: 'input.invalid' } })
  })
})
