import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startBridge, type Bridge } from '../../bridge/server.ts'
import { ScriptedHost } from '../../support/session.ts'
import { fixedClock, useTempDir } from '../../support/temp.ts'

const tempDir = useTempDir()
let bridge: Bridge | null = null
afterEach(async () => {
  await bridge?.close()
  bridge = null
})

async function start(): Promise<Bridge> {
  const rendererDir = join(tempDir(), 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<html><head><title>K</title></head></html>')
  bridge = await startBridge({
    rendererDir,
    userDataDir: tempDir(),
    host: new ScriptedHost(),
    clock: fixedClock,
  })
  return bridge
}

async function invoke(url: string, body: string): Promise<unknown> {
  const response = await fetch(new URL('/__kreis/invoke', url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  })
  return response.json()
}

describe('the loopback test bridge', () => {
  it('listens on 127.0.0.1 only, on a port of its own', async () => {
    const { url } = await start()
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  })

  it('injects the bridge client before the app and serves nothing outside the renderer', async () => {
    const { url } = await start()
    expect(await (await fetch(url)).text()).toContain(
      '<head><script src="/__kreis/bridge.js"></script>',
    )
    expect((await fetch(new URL('/__kreis/bridge.js', url))).status).toBe(200)
    expect((await fetch(new URL('/..%2f..%2f..%2fetc%2fpasswd', url))).status).toBe(403)
    expect((await fetch(new URL('/missing.js', url))).status).toBe(404)
  })

  it('answers calls through the dispatcher, with typed errors for bad ones', async () => {
    const { url } = await start()
    expect(await invoke(url, JSON.stringify({ name: 'app/state', input: {} }))).toMatchObject({
      ok: true,
      value: { club: null },
    })
    expect(await invoke(url, JSON.stringify({ name: 'club/drop' }))).toMatchObject({
      ok: false,
      error: { code: 'procedure.unknown' },
    })
    expect(await invoke(url, '{ not json')).toMatchObject({
      ok: false,
      error: { code: 'input.invalid' },
    })
  })
  it('refuses requests that did not come from its own page', async () => {
    const { url } = await start()
    const call = (headers: Record<string, string>) =>
      fetch(new URL('/__kreis/invoke', url), {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'app/state', input: {} }),
      })
    expect((await call({ 'content-type': 'text/plain' })).status).toBe(415)
    expect(
      (await call({ 'content-type': 'application/json', origin: 'https://evil.example' })).status,
    ).toBe(403)
    // DNS rebinding: a foreign name that resolves to 127.0.0.1 still carries its own Host.
    const rebound = await new Promise<number>((resolve) => {
      const target = new URL(url)
      request(
        { host: '127.0.0.1', port: target.port, path: '/', headers: { host: 'evil.example' } },
        (res) => resolve(res.statusCode ?? 0),
      ).end()
    })
    expect(rebound).toBe(403)
  })
})
