/**
 * The two members of an entry: both must be picked, and they must differ (`same` says so for
 * the kind of entry at hand).
 */
export function pairProblems(
  first: number | null,
  second: number | null,
  pick: string,
  same: string,
): { first: string | null; second: string | null } {
  return {
    first: first === null ? pick : null,
    second: second === null ? pick : second === first ? same : null,
  }
}
