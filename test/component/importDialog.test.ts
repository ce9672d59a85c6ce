import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import type { ImportPreview } from '../../src/api/memberTransfer.ts'
import { installMemberBridge } from './memberBridge.ts'
import { mountApp } from './mountApp.ts'

afterEach(() => {
  document.body.innerHTML = ''
})

const preview: ImportPreview = {
  encoding: 'windows-1252',
  separator: ';',
  columns: ['Nachname', 'Vorname', 'E-Mail', 'Status'],
  mapping: { Nachname: 'lastName', Vorname: 'firstName', 'E-Mail': 'emailBusiness', Status: null },
  targets: [
    { key: 'lastName', label: 'Nachname' },
    { key: 'firstName', label: 'Vorname' },
    { key: 'emailBusiness', label: 'E-Mail geschäftlich' },
    { key: 'status', label: 'Status' },
  ],
  counts: { create: 2, update: 0, reject: 2 },
  rows: [
    {
      row: 3,
      action: 'reject',
      displayName: 'Jürgen Müller',
      matchedMemberNumber: null,
      problems: [{ field: 'emailBusiness', reason: 'email', value: 'jm@' }],
    },
    {
      row: 4,
      action: 'reject',
      displayName: 'Eva Braun',
      matchedMemberNumber: null,
      problems: [{ field: 'status', reason: 'unknownStatus', value: 'schlafend' }],
    },
    {
      row: 2,
      action: 'create',
      displayName: 'Anna Schäfer',
      matchedMemberNumber: null,
      problems: [],
    },
  ],
}

/** Opens the import on the members page and chooses `file`, as the file picker would. */
async function chooseFile(file: File): Promise<void> {
  const { wrapper } = await mountApp('/members')
  await wrapper.find('[data-test=import-open]').trigger('click')
  await flushPromises()
  const input = document.querySelector<HTMLInputElement>('[data-test=import-input]')
  Object.defineProperty(input, 'files', { value: [file] })
  input?.dispatchEvent(new Event('change'))
  await new Promise((resolve) => setTimeout(resolve, 20))
  await flushPromises()
}

describe('the import dialog', () => {
  it('proposes a mapping, lists every rejected row in German and imports the valid rows', async () => {
    const bridge = installMemberBridge({
      'members/importPreview': preview,
      'members/importCommit': {
        created: 2,
        updated: 0,
        rejected: preview.rows.slice(0, 2),
        written: true,
      },
    })
    await chooseFile(
      new File(['Nachname;Vorname\nMüller;Jürgen\n'], 'mitglieder.csv', { type: 'text/csv' }),
    )

    const first = bridge.callsOf('members/importPreview')[0]
    expect(first).toMatchObject({ mapping: null, updateDuplicates: true })
    expect(first?.['source']).toMatchObject({ fileName: 'mitglieder.csv' })
    const dialog = document.querySelector('[data-test=import-dialog]')
    expect(dialog?.textContent).toContain('Datei „mitglieder.csv“ · Kodierung: Windows-1252')
    expect(dialog?.textContent).toContain('Zeilen mit Fehlern (2)')
    expect(dialog?.textContent).toContain(
      'Ungültige Eingabe im Feld „E-Mail geschäftlich“: ist keine gültige E-Mail-Adresse',
    )
    expect(dialog?.textContent).toContain('„schlafend“ ist kein bekannter Status (Status).')
    const commit = document.querySelector<HTMLButtonElement>('[data-test=import-commit]')
    expect(commit?.disabled).toBe(true)

    document.querySelector<HTMLElement>('[data-test=import-skip]')?.click()
    await flushPromises()
    expect(commit?.disabled).toBe(false)
    expect(commit?.textContent).toContain('2 Mitglieder importieren')
    commit?.click()
    await flushPromises()
    expect(bridge.callsOf('members/importCommit')[0]).toMatchObject({
      skipInvalid: true,
      updateDuplicates: true,
      mapping: preview.mapping,
    })
    const report = document.querySelector('[data-test=import-report]')
    expect(report?.textContent).toContain('Der Import ist abgeschlossen.')
    expect(report?.textContent).toContain('Neu angelegt')
  })

  it('refuses a file past the import limit before reading it, naming file and limit', async () => {
    const bridge = installMemberBridge({ 'members/importPreview': preview })
    const file = new File(['Nachname\n'], 'kammer.txt', { type: 'text/plain' })
    Object.defineProperty(file, 'size', { value: 64 * 1024 * 1024 + 1 })
    await chooseFile(file)
    expect(bridge.callsOf('members/importPreview')).toEqual([])
    expect(document.body.textContent).toContain(
      'Die Datei „kammer.txt“ ist zu groß: Importiert werden Dateien bis 64 MB.',
    )
  })
})
