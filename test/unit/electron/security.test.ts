import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { WebContents } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const shell = vi.hoisted(() => ({ openExternal: vi.fn(() => Promise.resolve()) }))
vi.mock('electron', () => ({ shell }))

const { contentSecurityPolicy, hardenWebContents, isSafeExternalUrl, withCsp } =
  await import('../../../electron/main/security.ts')

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://www.rotary.org', true],
    ['http://example.com/path?q=1#top', true],
    ['https://bni.de:8443/chapter', true],
    ['https://bücher.de/', true],
    ['HTTPS://EXAMPLE.COM', true],
    ['http://localhost:3000', true],
    ['file:///etc/passwd', false],
    ['file://server/share/doc.pdf', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['smb://server/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['kreis://open', false],
    ['mailto:info@example.com', false],
    ['ftp://example.com', false],
    ['https://user:secret@example.com', false],
    ['https://user@example.com', false],
    ['https://', false],
    ['http:///path-only', false],
    ['https:example.com', false],
    ['https//example.com', false],
    ['example.com', false],
    ['', false],
    [' https://example.com', false],
    ['https://exa\nmple.com', false],
    ['https://example.com/a b', false],
    ['https:\\\\evil.example', false],
    ['https://example.com\u0000.evil', false],
  ])('%j → %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected)
  })
})

type Listener = (...args: unknown[]) => unknown

function fakeContents() {
  const listeners = new Map<string, Listener>()
  let windowOpenHandler: Listener = () => undefined
  let permissionRequest: Listener = () => undefined
  let permissionCheck: Listener = () => undefined
  let headersReceived: Listener = () => undefined
  const contents = {
    setWindowOpenHandler: (handler: Listener) => (windowOpenHandler = handler),
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    session: {
      setPermissionRequestHandler: (handler: Listener) => (permissionRequest = handler),
      setPermissionCheckHandler: (handler: Listener) => (permissionCheck = handler),
      webRequest: { onHeadersReceived: (handler: Listener) => (headersReceived = handler) },
    },
  }
  hardenWebContents(contents as unknown as WebContents, (url) => url.startsWith(appUrl))
  const navigate = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() }
    listeners.get(name)?.(event)
    return event.preventDefault
  }
  return {
    listeners,
    openWindow: (url: string) => windowOpenHandler({ url }),
    navigate,
    requestPermission: (permission: string) => {
      const callback = vi.fn()
      permissionRequest(contents, permission, callback, {})
      return callback
    },
    checkPermission: (permission: string) => permissionCheck(contents, permission, 'file://', {}),
    headers: (responseHeaders: Record<string, string[]>) => {
      const callback = vi.fn()
      headersReceived({ url: 'http://localhost:5173/', responseHeaders }, callback)
      return callback.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> }
    },
  }
}

const appUrl = 'file:///app/out/renderer/index.html'

describe('hardenWebContents', () => {
  beforeEach(() => shell.openExternal.mockClear())

  it('denies every new window and hands only safe web links to the browser', () => {
    const contents = fakeContents()
    expect(contents.openWindow('https://www.rotary.org')).toEqual({ action: 'deny' })
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.rotary.org')

    for (const url of ['file:///etc/passwd', 'smb://host/share', 'javascript:alert(1)', appUrl]) {
      expect(contents.openWindow(url)).toEqual({ action: 'deny' })
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(1)
  })

  it.each(['will-navigate', 'will-redirect'])('%s away from the app is prevented', (name) => {
    const contents = fakeContents()
    expect(contents.navigate(name, 'https://evil.example/')).toHaveBeenCalled()
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://evil.example/')
    expect(contents.navigate(name, 'file:///home/user/invoice.html')).toHaveBeenCalled()
    expect(shell.openExternal).toHaveBeenCalledTimes(1)
  })

  it('lets the app navigate to itself', () => {
    const contents = fakeContents()
    expect(contents.navigate('will-navigate', `${appUrl}#/members`)).not.toHaveBeenCalled()
    expect(shell.openExternal).not.toHaveBeenCalled()
  })

  it('refuses to attach webviews', () => {
    const contents = fakeContents()
    const event = { preventDefault: vi.fn() }
    contents.listeners.get('will-attach-webview')?.(event, {}, {})
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('denies every permission request and check', () => {
    const contents = fakeContents()
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      expect(contents.requestPermission(permission)).toHaveBeenCalledExactlyOnceWith(false)
      expect(contents.checkPermission(permission)).toBe(false)
    }
  })

  it('sets the content security policy on every response, replacing a foreign one', () => {
    const contents = fakeContents()
    const response = contents.headers({
      'content-type': ['text/html'],
      'content-security-policy': ["default-src *; script-src 'unsafe-eval'"],
    })
    expect(response.responseHeaders).toEqual({
      'content-type': ['text/html'],
      'Content-Security-Policy': [contentSecurityPolicy],
    })
  })
})

describe('contentSecurityPolicy', () => {
  it('allows scripts only from the bundle and inline styles for Naive UI', () => {
    const directives = Object.fromEntries(
      contentSecurityPolicy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    )
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['style-src']).toEqual(["'self'", "'unsafe-inline'"])
    expect(directives['object-src']).toEqual(["'none'"])
    expect(directives['frame-ancestors']).toEqual(["'none'"])
    expect(contentSecurityPolicy).not.toContain('unsafe-eval')
  })

  it('is the same policy the renderer carries in its meta tag (the one file: pages obey)', () => {
    const html = readFileSync(resolve('src/ui/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toBe(contentSecurityPolicy)
  })

  it('adds the header when the response had none', () => {
    expect(withCsp(undefined)).toEqual({ 'Content-Security-Policy': [contentSecurityPolicy] })
  })
})
