/** One sector of a taxonomy as a file describes it: parents are named by code. */
export interface TaxonomyEntry {
  readonly code: string
  readonly nameDe: string
  readonly nameEn: string
  /** null for a root. */
  readonly parentCode: string | null
}

/**
 * Published titles carry trailing blanks, doubled spaces and no-break spaces (`a. n. g.`);
 * one plain space each keeps search and sorting from tripping over them.
 */
export function cleanName(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
