import { emptyMemberInput, type CustomValue, type MemberInput } from '../../../api/members.ts'
import { customPrefix } from './targets.ts'

export function emptyInput(country: string): MemberInput {
  return emptyMemberInput('person', country)
}

export type Setter = (input: MemberInput, value: CustomValue) => void

/**
 * How to write one target into an input it owns; `custom.<key>` and address paths included.
 * Built once per column and mutating on purpose: a 100,000-row import would otherwise take
 * the key apart and copy the record for every cell.
 */
export function setterFor(key: string): Setter {
  if (key.startsWith(customPrefix)) {
    const field = key.slice(customPrefix.length)
    return (input, value) => {
      input.customValues[field] = value
    }
  }
  const [head, tail] = key.split('.')
  if ((head === 'businessAddress' || head === 'privateAddress') && tail !== undefined) {
    return (input, value) => {
      ;(input[head] as Record<string, unknown>)[tail] = value
    }
  }
  if (key === 'status' || key === 'leaveDate') return () => undefined
  return (input, value) => {
    ;(input as unknown as Record<string, unknown>)[key] = value
  }
}

export function setTarget(input: MemberInput, key: string, value: CustomValue): void {
  setterFor(key)(input, value)
}

/** A deep enough copy for setTarget to write into. */
export function copyInput(input: MemberInput): MemberInput {
  return {
    ...input,
    businessAddress: { ...input.businessAddress },
    privateAddress: { ...input.privateAddress },
    customValues: { ...input.customValues },
  }
}

/** Reads a target's value back, the inverse of setTarget. */
export function readValue(input: MemberInput, key: string): CustomValue {
  if (key.startsWith(customPrefix))
    return input.customValues[key.slice(customPrefix.length)] ?? null
  const [head, tail] = key.split('.')
  if ((head === 'businessAddress' || head === 'privateAddress') && tail !== undefined) {
    return (input[head] as Record<string, string>)[tail] ?? ''
  }
  const value = (input as unknown as Record<string, CustomValue | undefined>)[key]
  return value ?? null
}
