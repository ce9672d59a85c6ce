import * as v from 'valibot'
import type { ImportProblem } from '../../../api/memberTransfer.ts'
import { MemberInputSchema, PostalAddressSchema, type MemberInput } from '../../../api/members.ts'
import { inputError } from '../../dispatch/inputErrors.ts'
import { customPrefix } from './targets.ts'

const entries: Readonly<Record<string, v.GenericSchema>> = MemberInputSchema.pipe[0].entries
const addresses = ['businessAddress', 'privateAddress'] as const
type Check = v.GenericSchema | 'businessAddress' | 'privateAddress' | null

// Target key → what checks it, worked out once per key rather than once per cell.
const checks = new Map<string, Check>()
function checkFor(key: string): Check {
  let check = checks.get(key)
  if (check === undefined) {
    const head = key.split('.')[0]
    check =
      head === 'businessAddress' || head === 'privateAddress'
        ? head
        : key.startsWith(customPrefix)
          ? null
          : (entries[key] ?? null)
    checks.set(key, check)
  }
  return check
}

/**
 * Checks a row with the contract's own schemas, but only the fields the row filled in: the
 * rest still hold the empty defaults, which are valid by construction. Parsing the whole
 * member schema for each of 100,000 rows took longer than everything else together.
 */
export function validateRow(
  input: MemberInput,
  provided: ReadonlySet<string>,
  rawText: (key: string) => string,
): ImportProblem[] {
  const problems: ImportProblem[] = []
  const report = (prefix: string, issues: readonly v.BaseIssue<unknown>[]) => {
    for (const issue of issues) {
      const { field, reason } = inputError([issue]).params
      const key =
        field === '' ? prefix : prefix === '' ? String(field) : `${prefix}.${String(field)}`
      problems.push({ field: key, reason: String(reason), value: rawText(key) })
    }
  }
  let business = false
  let private_ = false
  for (const key of provided) {
    const check = checkFor(key)
    if (check === 'businessAddress') business = true
    else if (check === 'privateAddress') private_ = true
    else if (check !== null) {
      const result = v.safeParse(check, (input as unknown as Record<string, unknown>)[key])
      if (!result.success) report(key, result.issues)
    }
  }
  for (const prefix of addresses) {
    if (!(prefix === 'businessAddress' ? business : private_)) continue
    const result = v.safeParse(PostalAddressSchema, input[prefix])
    if (!result.success) report(prefix, result.issues)
  }
  // The schema's two cross-field rules: a person needs a last name, an organisation a name.
  if (input.kind === 'person' && input.lastName === '') {
    problems.push({ field: 'lastName', reason: 'required', value: '' })
  }
  if (input.kind === 'organisation' && input.organisationName === '') {
    problems.push({ field: 'organisationName', reason: 'required', value: '' })
  }
  return problems
}
