import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import type { ConsentKind, MemberInput } from '../../src/api/members.ts'
import type { Database } from '../../src/core/db/schema.ts'
import { setConsent } from '../../src/core/members/consent.ts'
import { createMember } from '../../src/core/members/memberWrite.ts'
import { fixedClock } from './temp.ts'
import { person } from './members.ts'

/** Adds an active member who answered the consent form with yes to `granted`, no to the rest. */
export async function addMember(
  db: Kysely<Database>,
  fields: Partial<MemberInput>,
  granted: readonly ConsentKind[] = ['directory'],
  refused: readonly ConsentKind[] = [],
): Promise<number> {
  const id = await createMember(db, person(fields), 'active', fixedClock)
  for (const kind of granted) await setConsent(db, id, kind, true, '2026-01-15', fixedClock)
  for (const kind of refused) await setConsent(db, id, kind, false, '2026-01-15', fixedClock)
  return id
}

/** The text of a PDF, page by page (pdftotext marks page ends with a form feed). */
export function pdfPages(path: string, layout = false): string[] {
  const args = layout ? ['-layout', path, '-'] : [path, '-']
  return execFileSync('pdftotext', args, { encoding: 'utf8' }).split('\f').slice(0, -1)
}

export function pdfInfo(path: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    size: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '',
  }
}

/** Writes a PDF and renders the given pages to PNG under test-results/<folder>/, to look at. */
export function savePdf(
  bytes: Uint8Array,
  dir: string,
  name: string,
  pages: number[] = [],
  folder = 'pdf',
): string {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, `${name}.pdf`)
  writeFileSync(path, bytes)
  const shots = join('test-results', folder)
  mkdirSync(shots, { recursive: true })
  for (const page of pages) {
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      path,
      join(shots, `${name}-${page}`),
    ])
  }
  return path
}
