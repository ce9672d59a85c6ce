import { describe, expect, it } from 'vitest'
import { errorCodes, KreisError, toErrorData } from '../../../src/api/errors.ts'
import { errorMessages, formatError } from '../../../src/api/messages/errors.ts'

describe('error messages', () => {
  it('exist for every code in German and English', () => {
    for (const locale of ['de', 'en'] as const) {
      for (const code of errorCodes) expect(errorMessages[locale][code]).toBeTruthy()
    }
  })

  it('fill in their parameters and translate field names and reasons', () => {
    const error = {
      code: 'input.invalid',
      params: { field: 'address.postcode', reason: 'tooLong' },
    } as const
    expect(formatError(error, 'de')).toBe('Ungültige Eingabe im Feld „PLZ“: ist zu lang')
    expect(formatError(error, 'en')).toBe('Invalid input in field “Postcode”: is too long')
    expect(formatError({ code: 'file.notFound', params: { path: '/x.kreis' } }, 'de')).toBe(
      'Die Datei „/x.kreis“ wurde nicht gefunden.',
    )
  })

  it('never pass on anything but a known code', () => {
    expect(toErrorData(new Error('SQLITE_CORRUPT: database disk image is malformed'))).toEqual({
      code: 'internal',
      params: {},
    })
    expect(toErrorData({ code: 'made.up', params: {} })).toEqual({ code: 'internal', params: {} })
    expect(toErrorData(new KreisError('file.locked', { path: 'a' }))).toEqual({
      code: 'file.locked',
      params: { path: 'a' },
    })
  })
})
