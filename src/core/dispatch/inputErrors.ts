import type * as v from 'valibot'
import { KreisError } from '../../api/errors.ts'
import { inputReasons, type InputReason } from '../../api/messages/errors.ts'

/** Names the field and the kind of problem; valibot's own English text never crosses over. */
export function inputError(issues: readonly v.BaseIssue<unknown>[]): KreisError {
  const issue = issues[0]
  if (issue === undefined) return new KreisError('input.invalid', { field: '', reason: 'format' })
  const field = (issue.path ?? []).map((item) => String((item as { key: unknown }).key)).join('.')
  return new KreisError('input.invalid', { field, reason: reasonOf(issue) })
}

function reasonOf(issue: v.BaseIssue<unknown>): InputReason {
  switch (issue.type) {
    case 'min_length':
    case 'non_empty':
      return 'required'
    case 'max_length':
      return 'tooLong'
    case 'picklist':
      return 'notAllowed'
    case 'min_value':
    case 'max_value':
      return 'outOfRange'
    case 'starts_with':
    case 'integer':
      return 'format'
    case 'strict_object':
      return 'unexpected'
    case 'regex':
    case 'check':
      // Our own checks name their reason in the message (`email`, `date`, `postcode` …).
      return (inputReasons as readonly string[]).includes(issue.message)
        ? (issue.message as InputReason)
        : 'format'
    default:
      return issue.input === undefined ? 'required' : 'wrongType'
  }
}
