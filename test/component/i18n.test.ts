import { describe, expect, it } from 'vitest'
import { de } from '../../src/ui/i18n/de.ts'
import { en } from '../../src/ui/i18n/en.ts'

function leaves(messages: object, prefix = ''): Map<string, string> {
  const result = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix === '' ? key : `${prefix}.${key}`
    if (typeof value === 'string') result.set(path, value)
    else for (const [k, v] of leaves(value as object, path)) result.set(k, v)
  }
  return result
}

describe('translations', () => {
  it('are complete in German and English, with the same placeholders', () => {
    const german = leaves(de)
    const english = leaves(en)
    expect([...english.keys()].sort()).toEqual([...german.keys()].sort())
    for (const [key, text] of german) {
      expect(text.trim(), key).not.toBe('')
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text))
    }
  })
})
