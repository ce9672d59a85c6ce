import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { BackupEntry, BackupSettings } from '../../src/api/backups.ts'
import { formatDateTime } from '../../src/ui/format.ts'
import { stateWithClub } from './fakeBridge.ts'
import { installMemberBridge, Refusal } from './memberBridge.ts'
import { mountApp } from './mountApp.ts'

afterEach(() => {
  document.body.innerHTML = ''
  sessionStorage.clear()
  vi.restoreAllMocks()
})

const policy = {
  mode: 'none',
  cap: 3,
  threshold: 20,
  percent: 25,
  countedStatuses: ['active'],
  level: null,
}

const folder = '/home/anna/.config/Kreis/backups/rotary-club-teststadt'
const defaults: BackupSettings = {
  folder,
  defaultFolder: '/home/anna/.config/Kreis/backups',
  isDefault: true,
}

function entry(fileName: string, overrides: Partial<BackupEntry> = {}): BackupEntry {
  return {
    fileName,
    createdAt: '2026-11-21T09:30:00.000Z',
    reason: 'interval',
    sizeBytes: 176_414_720,
    memberCount: 1234,
    schemaVersion: 6,
    ...overrides,
  }
}

const newest = entry('rc-20261121-093000-interval.kreis')
const older = entry('rc-20261120-180000-close.kreis', {
  createdAt: '2026-11-20T18:00:00.000Z',
  reason: 'close',
  sizeBytes: 48_300,
  memberCount: 12,
})
const damaged = entry('rc-20261101-120000-manual.kreis', {
  createdAt: '2026-11-01T12:00:00.000Z',
  reason: 'manual',
  memberCount: null,
  schemaVersion: null,
})

async function openSettings(answers: Record<string, unknown> = {}) {
  const bridge = installMemberBridge({
    'policy/get': policy,
    'backups/list': [newest, older, damaged],
    'backups/settings': defaults,
    ...answers,
  })
  const { wrapper } = await mountApp('/settings')
  await flushPromises()
  return { wrapper, bridge, card: () => wrapper.get('[data-test=backups-card]') }
}

function dialog(): HTMLElement | null {
  return document.querySelector('[data-test=backup-restore-dialog]')
}

async function press(wrapper: VueWrapper, test: string): Promise<void> {
  await wrapper.get(`[data-test="${test}"]`).trigger('click')
  await flushPromises()
}

describe('Settings → Backups', () => {
  it('shows the folder and the backups with date, occasion, size and member count', async () => {
    const { card } = await openSettings()
    expect(card().get('[data-test=backup-folder]').text()).toBe(folder)
    expect(card().text()).toContain('Standard')
    const rows = card()
      .findAll('tbody tr')
      .map((row) => row.text())
    expect(rows).toHaveLength(3)
    expect(rows[0]).toContain(formatDateTime(newest.createdAt, 'de'))
    expect(rows[0]).toContain('automatisch')
    expect(rows[0]).toContain('176,4 MB')
    expect(rows[0]).toContain('1.234')
    expect(rows[1]).toContain('beim Schließen')
    expect(rows[1]).toContain('48,3 kB')
    expect(rows[2]).toContain('nicht lesbar')
    expect(card().get('[data-test=backup-default-folder]').attributes('disabled')).toBeDefined()
  })

  it('backs up on request and lists the new backup', async () => {
    const made = entry('rc-20261121-100000-manual.kreis', { reason: 'manual' })
    const { wrapper, bridge, card } = await openSettings({ 'backups/now': made })
    bridge.invoke.mockClear()
    await press(wrapper, 'backup-now')
    expect(bridge.callsOf('backups/now')).toHaveLength(1)
    expect(bridge.callsOf('backups/list')).toHaveLength(1)
    expect(document.body.textContent).toContain('Sicherung erstellt (176,4 MB).')
    expect(card().findAll('tbody tr')).toHaveLength(3)
  })

  it('moves the backups to a chosen folder and back to the default', async () => {
    const chosen: BackupSettings = {
      ...defaults,
      folder: '/media/usb/rotary-club-teststadt',
      isDefault: false,
    }
    const { wrapper, bridge, card } = await openSettings({
      'backups/chooseFolder': chosen,
      'backups/resetFolder': defaults,
    })
    await press(wrapper, 'backup-choose-folder')
    expect(card().get('[data-test=backup-folder]').text()).toBe(chosen.folder)
    const reset = card().get('[data-test=backup-default-folder]')
    expect(reset.attributes('disabled')).toBeUndefined()
    await press(wrapper, 'backup-default-folder')
    expect(bridge.callsOf('backups/resetFolder')).toHaveLength(1)
    expect(card().get('[data-test=backup-folder]').text()).toBe(folder)
  })

  it('says why a folder cannot be used', async () => {
    const { wrapper } = await openSettings({
      'backups/chooseFolder': new Refusal({
        code: 'backup.folder',
        params: { path: '/media/cdrom' },
      }),
    })
    await press(wrapper, 'backup-choose-folder')
    expect(document.body.textContent).toContain(
      'In den Ordner „/media/cdrom“ kann Kreis keine Sicherungen schreiben.',
    )
  })

  it('restores only after a confirmation that says the current state is saved first', async () => {
    const reload = vi.spyOn(window.location, 'reload').mockImplementation(() => undefined)
    const { wrapper, bridge } = await openSettings({ 'backups/restore': stateWithClub })
    await press(wrapper, `backup-restore-${older.fileName}`)
    const text = dialog()?.textContent ?? ''
    expect(text).toContain(`Stand vom ${formatDateTime(older.createdAt, 'de')} wiederherstellen?`)
    expect(text).toContain('Der jetzige Stand wird vorher selbst als Sicherung gespeichert')
    expect(text).toContain('rückgängig machen')
    expect(text).toContain('Die Sicherung enthält 12 Mitglieder.')
    expect(bridge.callsOf('backups/restore')).toHaveLength(0)

    ;(dialog()?.querySelector('[data-test=backup-restore-confirm]') as HTMLElement).click()
    await flushPromises()
    expect(bridge.callsOf('backups/restore')).toEqual([{ fileName: older.fileName }])
    expect(reload).toHaveBeenCalledOnce()

    // The page starts afresh and says what happened.
    wrapper.unmount()
    document.body.innerHTML = ''
    await openSettings()
    expect(document.body.textContent).toContain(
      `Der Stand vom ${formatDateTime(older.createdAt, 'de')} ist wiederhergestellt.`,
    )
  })

  it('restores nothing when the confirmation is cancelled', async () => {
    const { wrapper, bridge } = await openSettings()
    await press(wrapper, `backup-restore-${newest.fileName}`)
    const cancel = [...(dialog()?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent?.trim() === 'Abbrechen',
    )
    expect(cancel).toBeDefined()
    cancel?.click()
    await flushPromises()
    expect(bridge.callsOf('backups/restore')).toHaveLength(0)
  })
})
