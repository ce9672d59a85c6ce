import type { GuestInput } from '../../../src/api/attendance.ts'

export function guestInput(fields: Partial<GuestInput> = {}): GuestInput {
  return {
    id: null,
    firstName: 'Gustav',
    lastName: 'Gast',
    company: '',
    sector: '',
    email: '',
    phone: '',
    note: '',
    ...fields,
  }
}
