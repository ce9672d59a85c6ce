import type { Locale } from '../../api/club.ts'
import {
  importEncodingNames,
  type ImportPreview,
  type ImportProblem,
  type ImportRowPreview,
} from '../../api/memberTransfer.ts'
import { formatError } from '../../api/messages/errors.ts'
import { cliText } from '../messages.ts'

const ownReasons = new Set(['unknownStatus', 'duplicateInFile', 'numberTaken'])

/** `E-Mail „anna(at)x.de“: ist keine gültige E-Mail-Adresse`, in the user's language. */
export function problemText(
  problem: ImportProblem,
  labels: ReadonlyMap<string, string>,
  locale: Locale,
): string {
  const field = labels.get(problem.field) ?? problem.field
  const shown = problem.value === '' ? field : `${field} „${problem.value}“`
  if (ownReasons.has(problem.reason)) {
    return `${shown}: ${cliText(locale, problem.reason as 'unknownStatus')}`
  }
  // The contract's input messages read "Invalid input in field X: reason"; only the reason is new.
  const marker = '\u0000'
  const sentence = formatError(
    { code: 'input.invalid', params: { field: marker, reason: problem.reason } },
    locale,
  )
  const after = sentence.slice(sentence.indexOf(marker) + 1)
  return `${shown}: ${after.slice(after.indexOf(': ') + 2)}`
}

export function rowText(
  row: ImportRowPreview,
  labels: ReadonlyMap<string, string>,
  locale: Locale,
): string {
  const name = row.displayName === '' ? '' : ` (${row.displayName})`
  const head = cliText(locale, 'importRow', { row: row.row, name })
  return [head, ...row.problems.map((p) => `  ${problemText(p, labels, locale)}`)].join('\n')
}

/** What a person reads before anything is written: file, mapping, counts, every problem. */
export function previewText(preview: ImportPreview, fileName: string, locale: Locale): string {
  const labels = new Map(preview.targets.map((t) => [t.key, t.label]))
  const encoding = importEncodingNames[preview.encoding]
  const separator =
    preview.separator === null
      ? ''
      : cliText(locale, 'separator', {
          separator: preview.separator === '\t' ? cliText(locale, 'tab') : preview.separator,
        })
  const width = Math.max(...preview.columns.map((c) => c.length))
  const mapping = preview.columns.map((column) => {
    const target = preview.mapping[column] ?? null
    const label = target === null ? cliText(locale, 'notMapped') : (labels.get(target) ?? target)
    return `  ${column.padEnd(width)}  → ${label}`
  })
  const rejected = preview.rows.filter((row) => row.action === 'reject')
  return [
    cliText(locale, 'importSource', { file: fileName, encoding, separator }),
    cliText(locale, 'mappingTitle'),
    ...mapping,
    cliText(locale, 'importCounts', preview.counts),
    ...rejected.map((row) => rowText(row, labels, locale)),
  ].join('\n')
}
