/** What a folder is chosen for: the dialog's title says it. */
export type FolderPurpose = 'letters' | 'backups'

/**
 * What the platform provides to the procedures: native dialogs in Electron, scripted answers
 * in the browser test bridge. Each returns null when the user cancels.
 */
export interface Host {
  chooseClubToOpen(): Promise<string | null>
  chooseNewClubPath(defaultPath: string): Promise<string | null>
  chooseCopyPath(defaultPath: string): Promise<string | null>
  /** Where to write an export; `extension` is `csv`, `xlsx`, `vcf`, `json`, `pdf`, `xml` or `ics`. */
  chooseExportPath(defaultPath: string, extension: string): Promise<string | null>
  /** A folder for many files (a letter per member, the backups); created when missing. */
  chooseFolder(defaultPath: string, purpose: FolderPurpose): Promise<string | null>
  /** Opens a file Kreis just wrote in the system's viewer for its type. */
  openFile(path: string): Promise<void>
  /** Prints a PDF Kreis just wrote through the platform's print dialog. */
  printPdf(path: string): Promise<void>
}
