import { shell, type WebContents } from 'electron'

/**
 * The renderer only ever loads our own bundle. Styles allow 'unsafe-inline' because Naive UI
 * injects style tags at runtime; scripts never do. The renderer's index.html carries the same
 * policy as a meta tag, because webRequest does not see `file:` loads.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * Whether a link may be handed to the user's browser. `shell.openExternal` would also launch
 * `file:`, `smb:` or custom-scheme handlers, which turns a link in club data into code execution.
 * Whitespace, control characters, backslashes and odd slashes are refused outright because
 * `new URL` would silently repair them into a different address than the one the user saw.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (/[\s\p{Cc}\\]/u.test(url) || !/^https?:\/\/[^/]/i.test(url)) return false
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
    parsed.hostname !== '' &&
    parsed.username === '' &&
    parsed.password === ''
  )
}

function openIfSafe(url: string, isAppUrl: (url: string) => boolean): void {
  if (!isAppUrl(url) && isSafeExternalUrl(url)) {
    // No browser installed is the user's business, not a reason to crash the main process.
    shell
      .openExternal(url)
      .catch((error: unknown) => console.error('Kreis: cannot open', url, error))
  }
}

/**
 * Applied to every WebContents the app creates: no new windows, no navigation away from the
 * bundle, no webviews, no permissions. Links to the web open in the user's browser instead.
 */
export function hardenWebContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.setWindowOpenHandler(({ url }) => {
    openIfSafe(url, isAppUrl)
    return { action: 'deny' }
  })
  const guardNavigation = (event: { preventDefault(): void; url: string }): void => {
    if (isAppUrl(event.url)) return
    event.preventDefault()
    openIfSafe(event.url, isAppUrl)
  }
  contents.on('will-navigate', guardNavigation)
  contents.on('will-redirect', guardNavigation)
  contents.on('will-attach-webview', (event) => event.preventDefault())

  const session = contents.session
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders) })
  })
}

/** Replaces any policy the server sent (the dev server sends none) with ours. */
export function withCsp(
  headers: Record<string, string[]> | undefined,
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value
  }
  result['Content-Security-Policy'] = [contentSecurityPolicy]
  return result
}
