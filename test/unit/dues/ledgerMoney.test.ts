import { describe, expect, it } from 'vitest'
import { formatCents } from '../../../src/api/money.ts'
import { parseAmount } from '../../../src/core/dues/money.ts'

describe('money', () => {
  it('reads amounts with a decimal comma or point', () => {
    expect(parseAmount('120')).toBe(12000)
    expect(parseAmount('120,50')).toBe(12050)
    expect(parseAmount(' 120.5 ')).toBe(12050)
    expect(parseAmount('0,01')).toBe(1)
  })

  it('refuses what could be misread', () => {
    for (const text of ['1.234', '1.234,50', '12,345', '-5', '', 'zwölf', '1e3', '5,']) {
      expect(parseAmount(text)).toBeNull()
    }
  })

  it('writes amounts in the club’s language and currency', () => {
    expect(formatCents(123450, 'de', 'EUR')).toBe('1.234,50\u00a0€')
    expect(formatCents(-5, 'en', 'EUR')).toBe('-€0.05')
    expect(formatCents(100, 'de', 'CHF')).toBe('1,00\u00a0CHF')
  })
})
