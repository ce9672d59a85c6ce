import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ErrorCode } from '../../../src/api/errors.ts'
import { row, xlsx } from './xlsxZip.ts'
import { useTempDir } from '../../support/temp.ts'
import {
  clubState,
  expectTranslated,
  memberImport,
  preview,
  refusalOf,
  sectorReport,
  source,
  useDemoSession,
} from './importSession.ts'

/**
 * The corpus in test/fixtures/broken (see its README), and two files too large to keep there,
 * made here: each goes through the member import (preview and commit) and the sector import on
 * the demo club, and each is refused with a translated error or with problems naming row and
 * field. Nothing may be written: counts, total_changes() and a hash of every table stay.
 */
const { dispatch, session } = useDemoSession()
const tempDir = useTempDir()
const corpus = join(import.meta.dirname, '../../fixtures/broken')

const read = (name: string) => readFileSync(join(corpus, name))

/** 50 MB on one line, never committed: the header of a file with no rows. */
function fiftyMegabyteLine(): Buffer {
  const path = join(tempDir(), 'one-line.csv')
  writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 'Nachname'))
  return readFileSync(path)
}

/** About 300 KB that unpack to 300 MB, past what the importer unpacks. */
function bigBomb(): Buffer {
  const path = join(tempDir(), 'bomb-300.xlsx')
  writeFileSync(path, xlsx([row(1, ['Nachname']), row(2, ['Muster'])], 300))
  return readFileSync(path)
}

type Problem = readonly [row: number, field: string, reason: string]

interface RefusedCase {
  readonly file: string
  readonly bytes: () => Buffer
  readonly code: ErrorCode
  readonly params?: Readonly<Record<string, string | number>>
}

const refused: readonly RefusedCase[] = [
  { file: 'empty.csv', bytes: () => read('empty.csv'), code: 'import.empty' },
  { file: 'header-only.csv', bytes: () => read('header-only.csv'), code: 'import.empty' },
  { file: 'junk.csv', bytes: () => read('junk.csv'), code: 'import.unreadable' },
  { file: 'truncated.xlsx', bytes: () => read('truncated.xlsx'), code: 'import.unreadable' },
  {
    file: 'utf16-truncated.csv',
    bytes: () => read('utf16-truncated.csv'),
    code: 'import.unreadable',
  },
  {
    // An even length, but the last letter lost the second half of its surrogate pair.
    file: 'utf16-half-pair.csv',
    bytes: () => Buffer.from('\uFEFFNachname\r\nMüller 😀', 'utf16le').subarray(0, -2),
    code: 'import.unreadable',
  },
  {
    file: 'unclosed-quote.csv',
    bytes: () => read('unclosed-quote.csv'),
    code: 'import.unclosedQuote',
    params: { row: 3 },
  },
  { file: 'one-line.csv', bytes: fiftyMegabyteLine, code: 'import.empty' },
  { file: 'bomb-300.xlsx', bytes: bigBomb, code: 'import.unreadable' },
]

describe('files that cannot be imported at all', () => {
  it.each(refused)('$file is refused with $code and changes nothing', async (test) => {
    const before = clubState(session())
    const bytes = test.bytes()
    const options = memberImport(test.file, bytes)
    const expected = { code: test.code, params: { file: test.file, ...test.params } }

    const previewError = refusalOf(await dispatch('members/importPreview', options))
    expect(previewError).toEqual(expected)
    expectTranslated(previewError, test.file)
    expect(
      refusalOf(await dispatch('members/importCommit', { ...options, skipInvalid: true })),
    ).toEqual(expected)
    expect(
      refusalOf(await dispatch('sectors/import', { source: source(test.file, bytes) })),
    ).toEqual(expected)
    expect(clubState(session())).toEqual(before)
  })
})

interface ProblemCase {
  readonly file: string
  readonly members: readonly Problem[]
  readonly sectors: readonly Problem[]
}

const headerOnlyForSectors: readonly Problem[] = [
  [1, 'code', 'required'],
  [1, 'name_de', 'required'],
]

const withProblems: readonly ProblemCase[] = [
  {
    file: 'invalid-values.csv',
    members: [
      [2, 'birthday', 'date'],
      [3, 'joinDate', 'date'],
      [4, 'birthday', 'date'],
      [4, 'joinDate', 'date'],
      [4, 'emailBusiness', 'email'],
      [4, 'businessAddress.postcode', 'postcode'],
    ],
    sectors: headerOnlyForSectors,
  },
  { file: 'wide.csv', members: [[3, 'lastName', 'required']], sectors: headerOnlyForSectors },
  {
    file: 'sectors-invalid.csv',
    members: [2, 3, 4, 5, 6, 7].map((line) => [line, 'lastName', 'required'] as const),
    sectors: [
      [2, 'code', 'sectorCode'],
      [3, 'name_de', 'tooLong'],
      [4, 'parent_code', 'cycle'],
      [5, 'parent_code', 'cycle'],
      [6, 'parent_code', 'unknownParent'],
      [7, 'code', 'duplicateInFile'],
    ],
  },
]

describe('files with broken rows', () => {
  it.each(withProblems)('$file names row and field of every problem', async (test) => {
    const before = clubState(session())
    const options = memberImport(test.file, read(test.file))

    const shown = preview(await dispatch('members/importPreview', options))
    const problems = shown.rows.flatMap((line) =>
      line.problems.map((p): Problem => [line.row, p.field, p.reason]),
    )
    expect(problems).toEqual(test.members)
    const commit = refusalOf(
      await dispatch('members/importCommit', { ...options, skipInvalid: false }),
    )
    expect(['import.rejectedRows', 'import.noNameColumn']).toContain(commit.code)
    expectTranslated(commit, test.file)

    const report = sectorReport(await dispatch('sectors/import', { source: options.source }))
    expect(report.written).toBe(false)
    expect(report.problems.map((p): Problem => [p.row, p.field, p.reason])).toEqual(test.sectors)
    expect(clubState(session())).toEqual(before)
  })

  it('lists the 10,000 columns of a wide file, each under a name of its own', async () => {
    const shown = preview(
      await dispatch('members/importPreview', memberImport('wide.csv', read('wide.csv'))),
    )
    expect(shown.columns).toHaveLength(10_000)
    expect(new Set(shown.columns).size).toBe(10_000)
    expect(shown.columns.slice(0, 3)).toEqual(['Nachname', 'X', 'X (2)'])
    expect(shown.counts).toEqual({ create: 1, update: 0, reject: 1 })
  })

  it('leaves an IBAN column unmapped: the member import has no place for bank details', async () => {
    const options = memberImport('invalid-values.csv', read('invalid-values.csv'))
    const shown = preview(await dispatch('members/importPreview', options))
    expect(shown.mapping['IBAN']).toBeNull()
  })
})

describe('files that are odd but readable', () => {
  /** The names the preview shows, and that nothing was written by showing them. */
  async function names(file: string): Promise<string[]> {
    const before = clubState(session())
    const shown = preview(await dispatch('members/importPreview', memberImport(file, read(file))))
    expect(clubState(session())).toEqual(before)
    expect(shown.counts.reject).toBe(0)
    return shown.rows.map((line) => line.displayName)
  }

  it('takes formula-like cells as the text they are', async () => {
    expect(await names('formula.csv')).toEqual([
      'Anna =HYPERLINK("http://evil","click")',
      "+cmd|' /C calc'!A0 Bauer",
      'Eva Schmidt',
      'Tom Weber',
    ])
  })

  it('takes an XLSX formula’s last result, never the formula', async () => {
    expect(await names('formula.xlsx')).toEqual(['Anna click', 'Bauer'])
  })

  it('decodes each line of a file mixing UTF-8 and Windows-1252 in its own encoding', async () => {
    expect(await names('mixed-encoding.csv')).toEqual([
      'Jürgen Müller',
      'Günter Weiß',
      'Ännchen Schröder',
    ])
  })

  it('is not thrown by headers named like Object’s own properties', async () => {
    expect(await names('proto-headers.csv')).toEqual(['Müller'])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('reads a workbook that unpacks to 64 MB of blanks', async () => {
    expect(await names('bomb.xlsx')).toEqual(['Muster'])
  })
})
