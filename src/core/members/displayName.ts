/** The parts of a member row that make up how the member is called. */
export interface NameParts {
  readonly kind: 'person' | 'organisation'
  readonly title: string | null
  readonly first_name: string | null
  readonly last_name: string | null
  readonly name_affix: string | null
  readonly organisation_name: string | null
}

/** `Dr. Anna Müller` for a person, the firm's name for an organisation. */
export function displayName(m: NameParts): string {
  if (m.kind === 'organisation') return m.organisation_name ?? ''
  return [m.title, m.first_name, m.last_name, m.name_affix]
    .filter((part) => part !== null && part !== '')
    .join(' ')
}

/** What a sorted list orders by: last name, first name — or the firm's name. */
export function sortName(m: NameParts): string {
  if (m.kind === 'organisation') return m.organisation_name ?? ''
  return `${m.last_name ?? ''} ${m.first_name ?? ''}`
}
