import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import type { EventMap, EventName } from '../../src/api/bridge.ts'
import type { Locale } from '../../src/api/club.ts'
import type { Clock } from '../../src/core/clock.ts'
import { createDispatcher } from '../../src/core/dispatch/dispatcher.ts'
import type { Host } from '../../src/core/dispatch/host.ts'
import { Session } from '../../src/core/session/session.ts'
import { bridgeClientScript } from './client.ts'

/**
 * The loopback test bridge: serves the built renderer and answers `window.kreis` calls over
 * HTTP with the very dispatcher the Electron IPC entry point uses. Test and development code
 * only: bound to 127.0.0.1, never part of the packaged app.
 */
export interface BridgeOptions {
  readonly rendererDir: string
  readonly userDataDir: string
  readonly host: Host
  readonly clock: Clock
  readonly systemLocale?: Locale
  readonly port?: number
}

export interface Bridge {
  readonly url: string
  readonly session: Session
  emit<E extends EventName>(event: E, payload: EventMap[E]): void
  close(): Promise<void>
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // pdf.js's worker is an ES module, and module scripts are refused under any other type.
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

const maxBody = 4 * 1024 * 1024

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const session = new Session({
    userDataDir: options.userDataDir,
    clock: options.clock,
    systemLocale: options.systemLocale ?? 'de',
    version: '0.0.0-bridge',
  })
  const dispatch = createDispatcher(
    { session, host: options.host, clock: options.clock },
    { logError: (error) => console.error(error) },
  )
  const listeners = new Set<ServerResponse>()
  const emit = <E extends EventName>(event: E, payload: EventMap[E]): void => {
    const data = `data: ${JSON.stringify({ event, payload })}\n\n`
    for (const response of listeners) response.write(data)
  }
  session.onChange((state) => emit('app/state', state))
  const rendererDir = resolve(options.rendererDir)

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500)
      response.end()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Only our own page may talk to the bridge: the Host header defeats DNS rebinding, the
    // Origin and JSON content type keep other sites' "simple" cross-origin POSTs out.
    const own = `127.0.0.1:${port}`
    const origin = request.headers.origin
    if (request.headers.host !== own || (origin !== undefined && origin !== `http://${own}`)) {
      response.writeHead(403).end()
      return
    }
    const url = new URL(request.url ?? '/', `http://${own}`)
    if (url.pathname === '/__kreis/invoke' && request.method === 'POST') {
      if (request.headers['content-type'] !== 'application/json') {
        response.writeHead(415).end()
        return
      }
      const call = parseCall(await readBody(request))
      const envelope =
        call === null
          ? { ok: false, error: { code: 'input.invalid', params: { field: '', reason: 'format' } } }
          : await dispatch(call.name, call.input)
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify(envelope))
      return
    }
    if (url.pathname === '/__kreis/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' })
      response.write(': connected\n\n')
      listeners.add(response)
      request.on('close', () => listeners.delete(response))
      return
    }
    if (url.pathname === '/__kreis/bridge.js') {
      response.writeHead(200, { 'content-type': contentTypes['.js'] })
      response.end(bridgeClientScript)
      return
    }
    await serveStatic(url.pathname, response)
  }

  async function serveStatic(pathname: string, response: ServerResponse): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1))
    const file = normalize(join(rendererDir, relative))
    if (!file.startsWith(rendererDir + sep)) {
      response.writeHead(403).end()
      return
    }
    let content: Buffer
    try {
      content = await readFile(file)
    } catch {
      response.writeHead(404).end()
      return
    }
    if (relative === 'index.html') {
      // The bridge client must define window.kreis before the app's module script runs.
      content = Buffer.from(
        content
          .toString('utf8')
          .replace('<head>', '<head><script src="/__kreis/bridge.js"></script>'),
      )
    }
    response.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    })
    response.end(content)
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    session,
    emit,
    close: async () => {
      for (const response of listeners) response.end()
      await new Promise<void>((done) => server.close(() => done()))
      await session.dispose()
    },
  }
}

function parseCall(body: string): { name: unknown; input: unknown } | null {
  try {
    const parsed: unknown = JSON.parse(body)
    if (typeof parsed !== 'object' || parsed === null) return null
    return {
      name: 'name' in parsed ? parsed.name : undefined,
      input: 'input' in parsed ? parsed.input : undefined,
    }
  } catch {
    return null
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBody) {
        reject(new Error('request too large'))
        request.destroy()
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}
