import { dirname, join } from 'node:path'
import type { SavedDocument } from '../../api/directory.ts'
import { KreisError } from '../../api/errors.ts'
import type { ClubFile } from '../db/openClubFile.ts'
import type { Host } from './host.ts'
import { writeExport } from './writeExport.ts'

/**
 * Opens what Kreis just wrote (a file, or the folder of a batch of letters). A viewer that will
 * not open it does not undo the writing: the message names the path.
 */
export async function openSaved(host: Host, path: string): Promise<void> {
  try {
    await host.openFile(path)
  } catch (error) {
    throw new KreisError('file.notOpened', { path }, { cause: error })
  }
}

/**
 * Asks where the document goes, offering `fileName` next to the club file, then makes and
 * writes it: a cancelled dialog costs nothing and writes nothing. Whatever can be refused is
 * checked by the caller before the dialog opens.
 */
export async function saveDocument(
  file: ClubFile,
  fileName: string,
  format: 'pdf' | 'xlsx',
  wantOpen: boolean,
  host: Host,
  make: () => Promise<{ bytes: Uint8Array; pages: number }>,
): Promise<SavedDocument> {
  const path = await host.chooseExportPath(join(dirname(file.path), fileName), format)
  if (path === null) return { path: null, pages: 0 }
  const made = await make()
  writeExport(path, made.bytes)
  if (wantOpen) await openSaved(host, path)
  return { path, pages: made.pages }
}
