import type { Guest, GuestInput } from '../../../api/attendance.ts'

/** A guest's editable fields, as the dialogs hold them. */
export type GuestDraft = Omit<GuestInput, 'id'>

export function guestDraft(guest: Guest | null = null): GuestDraft {
  return {
    firstName: guest?.firstName ?? '',
    lastName: guest?.lastName ?? '',
    company: guest?.company ?? '',
    sector: guest?.sector ?? '',
    email: guest?.email ?? '',
    phone: guest?.phone ?? '',
    note: guest?.note ?? '',
  }
}

export const guestName = (guest: Pick<Guest, 'firstName' | 'lastName'>) =>
  [guest.firstName, guest.lastName].filter((part) => part !== '').join(' ')
