import { pathToFileURL } from 'node:url'

/** Where our renderer lives: the built index.html, or the electron-vite dev server. */
export type AppUrl =
  | { readonly kind: 'file'; readonly pathname: string }
  | { readonly kind: 'server'; readonly origin: string }

/** `rendererUrl` is electron-vite's ELECTRON_RENDERER_URL, set only by `electron-vite dev`. */
export function appUrlFor(rendererUrl: string | undefined, indexHtmlPath: string): AppUrl {
  if (rendererUrl !== undefined && rendererUrl !== '') {
    return { kind: 'server', origin: new URL(rendererUrl).origin }
  }
  return { kind: 'file', pathname: pathToFileURL(indexHtmlPath).pathname }
}

/**
 * In production only index.html itself is ours (search and hash are the router's business);
 * any other `file:` URL could be a club member's document and must not run with our preload.
 */
export function isAppUrl(url: string, app: AppUrl): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (app.kind === 'server') return parsed.origin === app.origin
  return (
    parsed.protocol === 'file:' && parsed.host === '' && samePath(parsed.pathname, app.pathname)
  )
}

/**
 * Node and Chromium percent-encode file paths slightly differently, and Windows drive letters
 * and paths are case-insensitive, so both sides are normalised before comparing.
 */
function samePath(a: string, b: string): boolean {
  try {
    return comparable(decodeURIComponent(a)) === comparable(decodeURIComponent(b))
  } catch {
    return false
  }
}

function comparable(path: string): string {
  return /^\/[A-Za-z]:\//.test(path) ? path.toLowerCase() : path
}

/** The dev server's URL, believed only when it points at this machine over http. */
export function loopbackUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  try {
    const parsed = new URL(url)
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)
    return parsed.protocol === 'http:' && loopback ? url : undefined
  } catch {
    return undefined
  }
}
