import { describe, expect, it } from 'vitest'
import { formatBytes } from '../../../src/api/bytes.ts'

describe('file sizes', () => {
  it('count in decimal units with one decimal, in the locale', () => {
    expect(formatBytes(176_414_720, 'de')).toBe('176,4 MB')
    expect(formatBytes(176_414_720, 'en')).toBe('176.4 MB')
    expect(formatBytes(48_300, 'de')).toBe('48,3 kB')
    expect(formatBytes(2_000_000_000, 'en')).toBe('2 GB')
    expect(formatBytes(999, 'de')).toBe('999 Byte')
  })
})
