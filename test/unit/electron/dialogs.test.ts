import type { BrowserWindow } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Locale } from '../../../src/api/club.ts'

const dialog = vi.hoisted(() => ({
  showOpenDialog:
    vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePaths: string[] }>>(),
  showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath: string }>>(),
}))
vi.mock('electron', () => ({ dialog }))

const { createDialogHost, dialogLabels, withClubExtension } =
  await import('../../../electron/main/dialogs.ts')

const parent = { id: 1 } as unknown as BrowserWindow
const kreisFilter = [{ name: 'Kreis', extensions: ['kreis'] }]

function host(locale: Locale = 'de', window: BrowserWindow | null = parent) {
  return createDialogHost(
    () => window,
    () => locale,
  )
}

beforeEach(() => {
  dialog.showOpenDialog.mockReset()
  dialog.showSaveDialog.mockReset()
})

describe('the open dialog', () => {
  it('asks for a Kreis file, attached to the window, in the club language', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/clubs/a.kreis'] })
    expect(await host('de').chooseClubToOpen()).toBe('/clubs/a.kreis')
    expect(dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(parent, {
      title: dialogLabels.de.openTitle,
      buttonLabel: dialogLabels.de.openButton,
      filters: kreisFilter,
      properties: ['openFile'],
    })
  })

  it('gives null when cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(await host('en').chooseClubToOpen()).toBeNull()
  })

  it('works without a window', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/a.kreis'] })
    await host('en', null).chooseClubToOpen()
    expect(dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({
      title: dialogLabels.en.openTitle,
    })
  })
})

describe('the folder dialog', () => {
  it('asks for a folder for the letters it may create, in the club language', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/letters'] })
    expect(await host('de').chooseFolder('/clubs/mahnungen', 'letters')).toBe('/letters')
    expect(dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(parent, {
      title: 'Ordner für die Briefe wählen',
      buttonLabel: 'Hier speichern',
      defaultPath: '/clubs/mahnungen',
      properties: ['openDirectory', 'createDirectory'],
    })
  })

  it('names the backups when it asks for their folder', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/sync'] })
    expect(await host('en').chooseFolder('/backups', 'backups')).toBe('/sync')
    expect(dialog.showOpenDialog).toHaveBeenCalledExactlyOnceWith(parent, {
      title: 'Choose a Folder for the Backups',
      buttonLabel: 'Use This Folder',
      defaultPath: '/backups',
      properties: ['openDirectory', 'createDirectory'],
    })
    await host('de').chooseFolder('/backups', 'backups')
    expect(dialog.showOpenDialog.mock.calls[1]?.[1]).toMatchObject({
      title: 'Ordner für die Sicherungen wählen',
    })
  })

  it('gives null when cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
    expect(await host('en', null).chooseFolder('/x', 'letters')).toBeNull()
  })
})

describe('the save dialogs', () => {
  it('suggest the default path and add the extension Linux leaves off', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/clubs/copy' })
    expect(await host('en').chooseCopyPath('/clubs/a-20260301.kreis')).toBe('/clubs/copy.kreis')
    expect(dialog.showSaveDialog).toHaveBeenCalledExactlyOnceWith(parent, {
      title: dialogLabels.en.copyTitle,
      buttonLabel: dialogLabels.en.copyButton,
      defaultPath: '/clubs/a-20260301.kreis',
      filters: kreisFilter,
      properties: ['createDirectory'],
    })
  })

  it('give null when cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(await host().chooseNewClubPath('/clubs/new.kreis')).toBeNull()
    expect(dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      title: dialogLabels.de.newTitle,
    })
  })

  it.each([
    ['/c/club.kreis', '/c/club.kreis'],
    ['/c/club.KREIS', '/c/club.KREIS'],
    ['/c/club', '/c/club.kreis'],
    ['/c/club.sqlite', '/c/club.sqlite.kreis'],
  ])('%s is saved as %s', (chosen, saved) => {
    expect(withClubExtension(chosen)).toBe(saved)
  })
})
