import type { AttendanceMeaning } from '../../../api/meetings.ts'

/** A code as the editor holds it: `uid` keeps a row's inputs in place while rows move. */
export interface CodeRow {
  readonly uid: number
  id: number | null
  meaning: AttendanceMeaning
  key: string
  labelDe: string
  labelEn: string
  active: boolean
}

export type CodeProblem = 'keyFormat' | 'keyTaken' | 'labelMissing'

/**
 * The first thing wrong with each row, or null: a key is one letter or digit and, among the
 * active codes, taken once (without regard to case, as the roll call reads keystrokes).
 */
export function codeProblems(rows: readonly CodeRow[]): (CodeProblem | null)[] {
  const active = rows.filter((row) => row.active).map((row) => row.key.trim().toLowerCase())
  return rows.map((row) => {
    const key = row.key.trim().toLowerCase()
    if (!/^[a-z0-9]$/.test(key)) return 'keyFormat'
    if (row.active && active.filter((other) => other === key).length > 1) return 'keyTaken'
    if (row.labelDe.trim() === '' || row.labelEn.trim() === '') return 'labelMissing'
    return null
  })
}

/** The row as `meetings/saveCodes` takes it. */
export function codeInput(row: CodeRow) {
  return {
    id: row.id,
    meaning: row.meaning,
    key: row.key.trim(),
    labelDe: row.labelDe.trim(),
    labelEn: row.labelEn.trim(),
    active: row.active,
  }
}
