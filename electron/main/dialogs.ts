import { extname } from 'node:path'
import { dialog, type BrowserWindow, type SaveDialogOptions } from 'electron'
import type { Locale } from '../../src/api/club.ts'
import { clubFileExtension } from '../../src/core/session/session.ts'
import type { FolderPurpose, Host } from '../../src/core/dispatch/host.ts'

interface DialogLabels {
  readonly openTitle: string
  readonly openButton: string
  readonly newTitle: string
  readonly newButton: string
  readonly copyTitle: string
  readonly copyButton: string
  readonly exportTitle: string
  readonly exportButton: string
  readonly folderTitle: Record<FolderPurpose, string>
  readonly folderButton: Record<FolderPurpose, string>
}

export const dialogLabels: Record<Locale, DialogLabels> = {
  de: {
    openTitle: 'Club öffnen',
    openButton: 'Öffnen',
    newTitle: 'Neuen Club speichern unter',
    newButton: 'Anlegen',
    copyTitle: 'Kopie des Clubs speichern',
    copyButton: 'Kopie speichern',
    exportTitle: 'Exportieren nach',
    exportButton: 'Exportieren',
    folderTitle: {
      letters: 'Ordner für die Briefe wählen',
      backups: 'Ordner für die Sicherungen wählen',
    },
    folderButton: { letters: 'Hier speichern', backups: 'Diesen Ordner verwenden' },
  },
  en: {
    openTitle: 'Open Club',
    openButton: 'Open',
    newTitle: 'Save New Club As',
    newButton: 'Create',
    copyTitle: 'Save a Copy of the Club',
    copyButton: 'Save Copy',
    exportTitle: 'Export To',
    exportButton: 'Export',
    folderTitle: {
      letters: 'Choose a Folder for the Letters',
      backups: 'Choose a Folder for the Backups',
    },
    folderButton: { letters: 'Save Here', backups: 'Use This Folder' },
  },
}

const filters = [{ name: 'Kreis', extensions: [clubFileExtension.slice(1)] }]

/**
 * Linux save dialogs do not add the extension of the chosen filter, and a file without it
 * would not show up in the open dialog (or open in the right program) later.
 */
export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === extension ? path : `${path}${extension}`
}

export function withClubExtension(path: string): string {
  return withExtension(path, clubFileExtension)
}

/**
 * The native dialogs behind the Host interface. Both are looked up at call time: the window
 * may have been recreated and the language follows the club that is open at that moment.
 */
export function createDialogHost(
  parentWindow: () => BrowserWindow | null,
  locale: () => Locale,
): Omit<Host, 'openFile' | 'printPdf'> {
  const save = async (
    title: string,
    buttonLabel: string,
    defaultPath: string,
    extension = clubFileExtension,
  ) => {
    const options: SaveDialogOptions = {
      title,
      buttonLabel,
      defaultPath,
      filters:
        extension === clubFileExtension
          ? filters
          : [{ name: extension.slice(1).toUpperCase(), extensions: [extension.slice(1)] }],
      properties: ['createDirectory'],
    }
    const parent = parentWindow()
    const result = await (parent === null
      ? dialog.showSaveDialog(options)
      : dialog.showSaveDialog(parent, options))
    return result.canceled || result.filePath === ''
      ? null
      : withExtension(result.filePath, extension)
  }

  return {
    async chooseClubToOpen() {
      const labels = dialogLabels[locale()]
      const options = {
        title: labels.openTitle,
        buttonLabel: labels.openButton,
        filters,
        properties: ['openFile' as const],
      }
      const parent = parentWindow()
      const result = await (parent === null
        ? dialog.showOpenDialog(options)
        : dialog.showOpenDialog(parent, options))
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    chooseNewClubPath(defaultPath) {
      const labels = dialogLabels[locale()]
      return save(labels.newTitle, labels.newButton, defaultPath)
    },
    chooseCopyPath(defaultPath) {
      const labels = dialogLabels[locale()]
      return save(labels.copyTitle, labels.copyButton, defaultPath)
    },
    chooseExportPath(defaultPath, extension) {
      const labels = dialogLabels[locale()]
      return save(labels.exportTitle, labels.exportButton, defaultPath, `.${extension}`)
    },
    async chooseFolder(defaultPath, purpose) {
      const labels = dialogLabels[locale()]
      const options = {
        title: labels.folderTitle[purpose],
        buttonLabel: labels.folderButton[purpose],
        defaultPath,
        properties: ['openDirectory' as const, 'createDirectory' as const],
      }
      const parent = parentWindow()
      const result = await (parent === null
        ? dialog.showOpenDialog(options)
        : dialog.showOpenDialog(parent, options))
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
  }
}
