import { describe, expect, it } from 'vitest'
import { appUrlFor, isAppUrl, loopbackUrl } from '../../../electron/main/appUrl.ts'

describe('the app URL in production', () => {
  const app = appUrlFor(undefined, '/opt/Kreis/resources/app/out/renderer/index.html')

  it.each([
    ['file:///opt/Kreis/resources/app/out/renderer/index.html', true],
    ['file:///opt/Kreis/resources/app/out/renderer/index.html#/members/42', true],
    ['file:///opt/Kreis/resources/app/out/renderer/index.html?welcome=1', true],
    ['file:///opt/Kreis/resources/app/out/renderer/other.html', false],
    ['file:///home/user/Downloads/index.html', false],
    ['file://server/opt/Kreis/resources/app/out/renderer/index.html', false],
    ['http://localhost:5173/', false],
    ['https://example.com/opt/Kreis/resources/app/out/renderer/index.html', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url, app)).toBe(expected)
  })

  it('matches however the path is percent-encoded', () => {
    const spaced = appUrlFor(undefined, '/Users/Jürgen Müller/Kreis/out/renderer/index.html')
    expect(
      isAppUrl('file:///Users/J%C3%BCrgen%20M%C3%BCller/Kreis/out/renderer/index.html', spaced),
    ).toBe(true)
    expect(isAppUrl('file:///Users/J%ZZrgen/index.html', spaced)).toBe(false)
  })

  it('ignores the case of Windows paths', () => {
    const windows = {
      kind: 'file',
      pathname: '/C:/Program%20Files/Kreis/out/renderer/index.html',
    } as const
    expect(isAppUrl('file:///c:/program%20files/kreis/out/renderer/index.html', windows)).toBe(true)
  })
})

describe('the app URL in development', () => {
  const app = appUrlFor('http://localhost:5173/', '/unused/index.html')

  it.each([
    ['http://localhost:5173/', true],
    ['http://localhost:5173/src/main.ts', true],
    ['http://localhost:5174/', false],
    ['https://localhost:5173/', false],
    ['http://127.0.0.1:5173/', false],
    ['file:///unused/index.html', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url, app)).toBe(expected)
  })
})

describe('the dev server URL', () => {
  it('is believed only on this machine over http', () => {
    expect(loopbackUrl('http://localhost:5173/')).toBe('http://localhost:5173/')
    expect(loopbackUrl('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173')
    expect(loopbackUrl('https://evil.example/')).toBeUndefined()
    expect(loopbackUrl('http://evil.example:5173/')).toBeUndefined()
    expect(loopbackUrl('file:///etc/passwd')).toBeUndefined()
    expect(loopbackUrl('not a url')).toBeUndefined()
    expect(loopbackUrl(undefined)).toBeUndefined()
  })
})
