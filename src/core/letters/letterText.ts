/** The words every Kreis letter prints around its own text, German and English. */
export const letterText = {
  de: {
    date: 'Datum',
    memberNumber: 'Mitgliedsnummer',
    bank: 'Bankverbindung',
    creditorId: 'Gläubiger-ID',
    page: 'Seite {page} von {pages}',
    closing: 'Mit freundlichen Grüßen',
    greetingMr: 'Sehr geehrter Herr {name},',
    greetingMs: 'Sehr geehrte Frau {name},',
    greetingPerson: 'Guten Tag {name},',
    greetingOrganisation: 'Sehr geehrte Damen und Herren,',
  },
  en: {
    date: 'Date',
    memberNumber: 'Member number',
    bank: 'Bank details',
    creditorId: 'Creditor ID',
    page: 'Page {page} of {pages}',
    closing: 'Yours sincerely',
    greetingMr: 'Dear Mr {name},',
    greetingMs: 'Dear Ms {name},',
    greetingPerson: 'Dear {name},',
    greetingOrganisation: 'Dear Sir or Madam,',
  },
} as const

export type LetterText = (typeof letterText)['de' | 'en']
