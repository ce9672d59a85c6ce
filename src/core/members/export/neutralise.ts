/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula, and a member's
 * notes must never become one (CSV injection). A leading apostrophe keeps such a cell text.
 */
const formulaStart = /^[=+\-@\t\r]/

export function neutralise(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text
}

// In XLSX a text cell is never evaluated; a phone number such as `+49 30 1234` stays readable
// there without the apostrophe, everything else that looks like a formula still gets one.
const phoneShape = /^\+[0-9 ()/.-]+$/

export function neutraliseXlsx(text: string): string {
  return phoneShape.test(text) ? text : neutralise(text)
}
