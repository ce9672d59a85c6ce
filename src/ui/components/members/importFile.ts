import type { Locale } from '../../../api/club.ts'
import type { ImportProblem, ImportReport, ImportTarget } from '../../../api/memberTransfer.ts'
import { formatError, inputReasons } from '../../../api/messages/errors.ts'

/** The file's bytes as base64, the form the contract carries files in. */
export async function readBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  // In slices: String.fromCharCode with a whole file's bytes overflows the call stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

export type Translate = (key: string, params?: Record<string, unknown>) => string

/** One problem as a sentence, reusing the contract's texts for the ordinary input reasons. */
export function problemText(
  problem: ImportProblem,
  targets: readonly ImportTarget[],
  locale: Locale,
  t: Translate,
): string {
  const field = targets.find((target) => target.key === problem.field)?.label ?? problem.field
  if ((inputReasons as readonly string[]).includes(problem.reason)) {
    return formatError({ code: 'input.invalid', params: { field, reason: problem.reason } }, locale)
  }
  if (problem.reason === 'unknownStatus' || problem.reason === 'duplicateInFile') {
    return t(`import.reasons.${problem.reason}`, { field, value: problem.value })
  }
  return t('import.reasons.other', { field, value: problem.value, reason: problem.reason })
}

/** The report as plain text, for the secretary's records or to send back to whoever sent the file. */
export function reportText(
  report: ImportReport,
  fileName: string,
  targets: readonly ImportTarget[],
  locale: Locale,
  t: Translate,
): string {
  const lines = [
    t('import.reportFileTitle', { file: fileName }),
    '',
    `${t('import.created')}: ${report.created}`,
    `${t('import.updated')}: ${report.updated}`,
    `${t('import.rejected')}: ${report.rejected.length}`,
  ]
  if (report.rejected.length > 0) lines.push('', `${t('import.rejectedRows')}:`)
  for (const row of report.rejected) {
    const problems = row.problems.map((p) => problemText(p, targets, locale, t)).join('; ')
    lines.push(`${t('import.rowNumber', { row: row.row })} ${row.displayName}: ${problems}`)
  }
  return lines.join('\r\n') + '\r\n'
}

/** Hands a text to the browser's download machinery (Electron asks where to save it). */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
