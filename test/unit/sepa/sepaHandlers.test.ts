import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { MemberAccount } from '../../../src/api/dues.ts'
import type {
  CollectionPreview,
  CollectionSummary,
  Mandate,
  SepaExportResult,
  SepaSettings,
} from '../../../src/api/sepa.ts'
import { addDuesMember } from '../../support/duesClub.ts'
import { useClubSessions, value } from '../../support/session.ts'
import { useTempDir } from '../../support/temp.ts'
import { creditor, makeSepaClub, mandate, validate } from './sepaClub.ts'

const tempDir = useTempDir()
const club = useClubSessions(tempDir)

const input = { collectionDate: '2026-12-01' }

describe('SEPA procedures', () => {
  it('saves settings and mandates through the contract', async () => {
    const { dispatch, session } = await club()
    expect(value<SepaSettings>(await dispatch('sepa/saveSettings', creditor))).toEqual(creditor)
    expect(value<SepaSettings>(await dispatch('sepa/settings', {}))).toEqual(creditor)
    const id = await addDuesMember(session.requireClub().db, { lastName: 'Test' })
    const saved = value<Mandate[]>(await dispatch('sepa/saveMandate', mandate(id)))
    expect(saved).toMatchObject([{ reference: 'M-0001-1', lapsed: false }])
    expect(value<Mandate[]>(await dispatch('sepa/mandates', { memberId: id }))).toEqual(saved)
    const refused = await dispatch('sepa/saveMandate', { ...mandate(id), iban: 'DE00' })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'input.invalid', params: { field: 'iban' } },
    })
  })

  it('marks nothing when the save dialog is cancelled', async () => {
    const { dispatch, session } = await club()
    await makeSepaClub(session.requireClub().db)
    const preview = value<CollectionPreview>(await dispatch('sepa/preview', input))
    expect(preview.lines).toHaveLength(5)
    expect(value<SepaExportResult>(await dispatch('sepa/export', input))).toEqual({
      path: null,
      collection: null,
    })
    expect(value<CollectionSummary[]>(await dispatch('sepa/collections', {}))).toEqual([])
    const again = value<CollectionPreview>(await dispatch('sepa/preview', input))
    expect(again.lines).toEqual(preview.lines)
  })

  it('writes the file where the user chose, lists it and records a return', async () => {
    const { dispatch, session, host } = await club()
    await makeSepaClub(session.requireClub().db)
    const folder = tempDir()
    const path = join(folder, 'lastschrift.xml')
    host.toSave.push(path)
    const result = value<SepaExportResult>(await dispatch('sepa/export', input))
    expect(result).toMatchObject({ path, collection: { itemCount: 5, totalCents: 51550 } })
    validate(path)
    expect(readdirSync(folder)).toEqual(['lastschrift.xml'])
    const item = await session
      .requireClub()
      .db.selectFrom('collection_item')
      .select('charge_id')
      .executeTakeFirstOrThrow()
    const account = value<MemberAccount>(
      await dispatch('sepa/recordReturn', {
        chargeId: item.charge_id,
        date: '2026-12-05',
        reason: 'MD06',
      }),
    )
    expect(account.balanceCents).toBe(12000)
    expect(value<CollectionSummary[]>(await dispatch('sepa/collections', {}))).toMatchObject([
      { itemCount: 5, returned: 1, fileName: 'lastschrift.xml' },
    ])
  })

  it('says what is wrong before asking where to save', async () => {
    const { dispatch, session, host } = await club()
    const members = await makeSepaClub(session.requireClub().db)
    host.toSave.push(join(tempDir(), 'nie.xml'))
    const early = await dispatch('sepa/export', { collectionDate: '2026-11-23' })
    expect(early).toMatchObject({ ok: false, error: { code: 'sepa.collectionDate' } })
    const { dora } = members
    const { id } = await session
      .requireClub()
      .db.selectFrom('charge')
      .select('id')
      .where('member_id', '=', dora)
      .executeTakeFirstOrThrow()
    const nobody = await dispatch('sepa/export', { ...input, chargeIds: [id] })
    expect(nobody).toMatchObject({
      ok: false,
      error: { code: 'sepa.nothingToCollect', params: { date: '01.12.2026' } },
    })
    expect(host.toSave).toHaveLength(1)
    expect(existsSync(host.toSave[0] ?? '')).toBe(false)
  })
  it('saves the file of an earlier collection again, exactly as it was exported', async () => {
    const { dispatch, session, host } = await club()
    await makeSepaClub(session.requireClub().db)
    const first = join(tempDir(), 'lastschrift.xml')
    host.toSave.push(first)
    const { collection } = value<SepaExportResult>(await dispatch('sepa/export', input))
    const id = collection?.id ?? 0
    const sent = readFileSync(first, 'utf8')
    rmSync(first)

    const chooser = vi.spyOn(host, 'chooseExportPath')
    const again = join(tempDir(), 'nochmal.xml')
    host.toSave.push(again)
    expect(value(await dispatch('sepa/saveCollectionFile', { id }))).toEqual({ path: again })
    expect(readFileSync(again, 'utf8')).toBe(sent)
    expect(chooser).toHaveBeenCalledExactlyOnceWith(
      join(dirname(session.requireClub().path), 'lastschrift.xml'),
      'xml',
    )

    expect(value(await dispatch('sepa/saveCollectionFile', { id }))).toEqual({ path: null })
    const unknown = await dispatch('sepa/saveCollectionFile', { id: id + 1 })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'input.invalid' } })
    // Nothing was booked twice: the collection is the one there was.
    expect(value<CollectionSummary[]>(await dispatch('sepa/collections', {}))).toHaveLength(1)
  })

  it('says when no file is kept for a collection, before asking where to save', async () => {
    const { dispatch, session, host } = await club()
    await makeSepaClub(session.requireClub().db)
    host.toSave.push(join(tempDir(), 'a.xml'))
    const { collection } = value<SepaExportResult>(await dispatch('sepa/export', input))
    await session.requireClub().db.updateTable('collection').set({ xml: null }).execute()
    const later = join(tempDir(), 'b.xml')
    host.toSave.push(later)
    const refused = await dispatch('sepa/saveCollectionFile', { id: collection?.id ?? 0 })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'sepa.fileNotKept', params: { date: '01.12.2026' } },
    })
    expect(host.toSave).toEqual([later])
  })
})
