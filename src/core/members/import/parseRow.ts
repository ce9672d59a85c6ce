import type { ImportProblem } from '../../../api/memberTransfer.ts'
import type { CustomValue, MemberInput } from '../../../api/members.ts'
import type { SourceRow } from './decode.ts'
import { emptyInput, setterFor, type Setter } from './emptyInput.ts'
import { customPrefix, type CustomFieldInfo } from './targets.ts'
import { validateRow } from './validateRow.ts'
import {
  parseBoolean,
  parseCountry,
  parseDate,
  parseKind,
  parseNumber,
  parseStatus,
  splitStreet,
  type StatusValue,
} from './values.ts'

type Handling = 'date' | 'leaveDate' | 'status' | 'kind' | 'country' | 'custom' | 'text'

interface MappedColumn {
  readonly index: number
  readonly key: string
  readonly handling: Handling
  readonly field: CustomFieldInfo | undefined
  readonly set: Setter
}

export interface RowContext {
  readonly columns: readonly MappedColumn[]
  readonly today: Date
  readonly todayIso: string
  readonly defaultCountry: string
}

export interface ParsedRow {
  readonly row: number
  readonly input: MemberInput
  /** Target keys the row has a value for: an update overwrites exactly these. */
  readonly provided: ReadonlySet<string>
  readonly status: StatusValue | null
  readonly leaveDate: string | null
  readonly problems: ImportProblem[]
}

/** Decides once per column how its cells are read, not once per cell. */
export function rowContext(
  mapping: Readonly<Record<string, string | null>>,
  columns: readonly string[],
  customFields: readonly CustomFieldInfo[],
  today: Date,
  defaultCountry: string,
): RowContext {
  const fields = new Map(customFields.map((field) => [`${customPrefix}${field.key}`, field]))
  const mapped = columns.flatMap((column, index): MappedColumn[] => {
    const key = mapping[column] ?? null
    if (key === null) return []
    const handling: Handling =
      key === 'birthday' || key === 'joinDate'
        ? 'date'
        : key === 'leaveDate'
          ? 'leaveDate'
          : key === 'status'
            ? 'status'
            : key === 'kind'
              ? 'kind'
              : key.endsWith('.country')
                ? 'country'
                : key.startsWith(customPrefix)
                  ? 'custom'
                  : 'text'
    return [{ index, key, handling, field: fields.get(key), set: setterFor(key) }]
  })
  return { columns: mapped, today, todayIso: today.toISOString().slice(0, 10), defaultCountry }
}

const apostrophe = 0x27
const formulaChars = new Set(['=', '+', '-', '@'])

/** Turns one row into a member input and lists what is wrong with it, field by field. */
export function parseRow(source: SourceRow, ctx: RowContext): ParsedRow {
  const input = emptyInput(ctx.defaultCountry)
  const provided = new Set<string>()
  const problems: ImportProblem[] = []
  let status: StatusValue | null = null
  let leaveDate: string | null = null
  let kindGiven = false
  for (const { index, key, handling, field, set } of ctx.columns) {
    let text = source.cells[index] ?? ''
    if (text === '') continue
    // Exports (ours and others') guard formula-like cells with an apostrophe; it is not data.
    if (text.charCodeAt(0) === apostrophe && formulaChars.has(text.charAt(1))) text = text.slice(1)
    let value: CustomValue | undefined
    let reason = 'format'
    switch (handling) {
      case 'date':
      case 'leaveDate':
        value = parseDate(text, ctx.today)
        reason = 'date'
        if (handling === 'leaveDate' && value !== null) {
          leaveDate = value
          continue
        }
        break
      case 'status':
        status = parseStatus(text)
        if (status !== null) continue
        reason = 'unknownStatus'
        value = null
        break
      case 'kind':
        value = parseKind(text)
        kindGiven = value !== null
        reason = 'notAllowed'
        break
      case 'country':
        value = parseCountry(text)
        break
      case 'custom':
        value = field === undefined ? null : customValue(field, text, ctx.today)
        reason = customReason(field)
        break
      default:
        value = text
    }
    if (value === null) problems.push({ field: key, reason, value: text })
    else {
      set(input, value)
      provided.add(key)
    }
  }
  // A past leave date means the member has left, whatever the status column says; a future
  // one is an announced departure and leaves the status alone.
  if (leaveDate !== null && leaveDate <= ctx.todayIso && status?.status !== 'former') {
    status = { status: 'former', leaveReason: null }
  }

  for (const prefix of ['businessAddress', 'privateAddress'] as const) {
    completeAddress(input, prefix, provided)
  }
  if (!kindGiven) inferKind(input, provided)

  problems.push(...validateRow(input, provided, (key) => rawText(source, ctx, key)))
  return { row: source.row, input, provided, status, leaveDate, problems }
}

/** The cell a problem is about, looked up only when there is a problem. */
function rawText(source: SourceRow, ctx: RowContext, key: string): string {
  const column = ctx.columns.find((c) => c.key === key)
  return column === undefined ? '' : (source.cells[column.index] ?? '')
}

function customReason(field: CustomFieldInfo | undefined): string {
  if (field?.type === 'date') return 'date'
  return field?.type === 'choice' ? 'notAllowed' : 'format'
}

function customValue(field: CustomFieldInfo, text: string, today: Date): CustomValue | null {
  switch (field.type) {
    case 'number':
      return parseNumber(text)
    case 'date':
      return parseDate(text, today)
    case 'boolean':
      return parseBoolean(text)
    case 'choice':
      return field.options.find((option) => option.toLowerCase() === text.toLowerCase()) ?? null
    default:
      return text
  }
}

/**
 * A street column that also holds the number is split when no house number column exists,
 * and a German postcode Excel shortened to four digits gets its leading zero back.
 */
function completeAddress(
  input: MemberInput,
  prefix: 'businessAddress' | 'privateAddress',
  provided: Set<string>,
): void {
  const address = input[prefix]
  if (address.street !== '' && !provided.has(`${prefix}.houseNumber`)) {
    const parts = splitStreet(address.street)
    if (parts !== null) {
      address.street = parts.street
      address.houseNumber = parts.houseNumber
      provided.add(`${prefix}.houseNumber`)
    }
  }
  if (address.country === 'DE' && /^\d{4}$/.test(address.postcode)) {
    address.postcode = `0${address.postcode}`
  }
}

/** No first or last name but a firm: the row is an organisation, the firm its name. */
function inferKind(input: MemberInput, provided: Set<string>): void {
  const firm = input.organisationName !== '' ? input.organisationName : input.company
  if (input.lastName === '' && input.firstName === '' && firm !== '') {
    input.kind = 'organisation'
    input.organisationName = firm
    input.company = ''
    provided.add('organisationName').add('kind')
    provided.delete('company')
  } else if (input.organisationName !== '' && input.kind === 'person') {
    if (input.company === '') {
      input.company = input.organisationName
      provided.add('company')
    }
    input.organisationName = ''
    provided.delete('organisationName')
  }
}
