// The same few hundred names and words recur across 100,000 members: work each out once.
function memoized(derive: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>()
  return (text) => {
    let value = known.get(text)
    if (value === undefined) {
      value = derive(text)
      known.set(text, value)
    }
    return value
  }
}

/** Lowercase ASCII: umlauts spelled out (ä → ae, ß → ss) as Germans do in addresses. */
export const toAscii = memoized((text) =>
  text
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFD')
    .replace(/[^a-z0-9.-]/g, ''),
)

// Legal forms say nothing a domain needs: "Müller Bau GmbH & Co. KG" is mueller-bau.de, and the
// "e.V." of an association is dropped the same way.
const legalWords = new Set('gmbh ggmbh mbh kg ag gbr e k v co partg mbb'.split(' '))

const slugOf = memoized((text) =>
  text
    .split(/[^\p{L}\p{N}]+/u)
    .map(toAscii)
    .filter((word) => word !== '' && !legalWords.has(word))
    .join('-'),
)

export interface CompanyParts {
  readonly name: string
  readonly name2: string
  readonly ort: string
}

export interface Company {
  readonly name: string
  /** Without the top-level domain. */
  readonly domain: string
}

type Segment =
  { readonly text: string; readonly slug: string } | { readonly slot: keyof CompanyParts }

/**
 * Splits a pattern like `{name} Bau GmbH & Co. KG` once, so building 100,000 company names and
 * domains costs a few concatenations each.
 */
export function companyBuilder(pattern: string): (parts: CompanyParts) => Company {
  const segments: Segment[] = pattern
    .split(/(\{name\}|\{name2\}|\{ort\})/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      if (piece === '{name}') return { slot: 'name' }
      if (piece === '{name2}') return { slot: 'name2' }
      if (piece === '{ort}') return { slot: 'ort' }
      return { text: piece, slug: slugOf(piece) }
    })
  return (parts) => {
    let name = ''
    let domain = ''
    for (const segment of segments) {
      const text = 'slot' in segment ? parts[segment.slot] : segment.text
      const part = 'slot' in segment ? slugOf(text) : segment.slug
      name += text
      if (part !== '') domain = domain === '' ? part : `${domain}-${part}`
    }
    return { name, domain }
  }
}
