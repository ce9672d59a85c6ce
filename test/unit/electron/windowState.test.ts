import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  defaultWindowState,
  parseWindowState,
  placeOnScreen,
  readWindowState,
  trackWindowState,
  writeWindowState,
} from '../../../electron/main/windowState.ts'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kreis-'))
})
afterEach(() => {
  vi.useRealTimers()
  rmSync(dir, { recursive: true, force: true })
})

describe('reading the window state', () => {
  it.each([
    ['not JSON', '{"width": 1400,'],
    ['an empty file', ''],
    ['JSON null', 'null'],
    ['an array', '[1400, 900]'],
    ['sizes as strings', '{"width": "1400", "height": "900"}'],
    ['a missing height', '{"width": 1400}'],
    ['a tiny window', '{"width": 10, "height": 10}'],
    ['fractions', '{"width": 1400.5, "height": 900}'],
    ['infinite sizes', '{"width": 1e400, "height": 900}'],
  ])('gives the defaults for %s', (_what, text) => {
    expect(parseWindowState(text)).toEqual(defaultWindowState)
  })

  it('gives the defaults when the file is missing or unreadable', () => {
    expect(readWindowState(join(dir, 'missing.json'))).toEqual(defaultWindowState)
    expect(readWindowState(dir)).toEqual(defaultWindowState)
  })

  it('keeps a valid state and drops a half-given position', () => {
    expect(parseWindowState('{"width":1400,"height":900,"x":10,"y":20,"maximized":true}')).toEqual({
      width: 1400,
      height: 900,
      x: 10,
      y: 20,
      maximized: true,
    })
    expect(parseWindowState('{"width":1400,"height":900,"x":10,"maximized":"yes"}')).toEqual({
      width: 1400,
      height: 900,
      maximized: false,
    })
  })

  it('reads back what it wrote', () => {
    const file = join(dir, 'nested', 'window-state.json')
    const state = { width: 1500, height: 950, x: -1200, y: 40, maximized: false }
    writeWindowState(file, state)
    expect(readWindowState(file)).toEqual(state)
  })
})

describe('placing the window on a screen', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 875 }
  const leftMonitor = { x: -1920, y: 0, width: 1920, height: 1050 }
  const saved = { width: 1200, height: 800, maximized: false }

  it('keeps a position on a display', () => {
    const state = { ...saved, x: 100, y: 50 }
    expect(placeOnScreen(state, [laptop])).toEqual(state)
  })

  it('keeps a position on a second display left of the primary one', () => {
    const state = { ...saved, x: -1500, y: 100 }
    expect(placeOnScreen(state, [laptop, leftMonitor])).toEqual(state)
  })

  it('ignores a position on a display that is gone, but keeps the size', () => {
    expect(placeOnScreen({ ...saved, x: -1500, y: 100 }, [laptop])).toEqual(saved)
  })

  it('ignores a position that leaves only a sliver on screen', () => {
    expect(placeOnScreen({ ...saved, x: 1420, y: 100 }, [laptop])).toEqual(saved)
    expect(placeOnScreen({ ...saved, x: 100, y: -790 }, [laptop])).toEqual(saved)
  })

  it('leaves a state without position alone', () => {
    expect(placeOnScreen(saved, [])).toEqual(saved)
  })
})

describe('tracking the window', () => {
  const track = (window: ReturnType<typeof fakeWindow>, file: string, delayMs?: number) =>
    trackWindowState(window as unknown as Parameters<typeof trackWindowState>[0], file, delayMs)

  function fakeWindow() {
    const listeners = new Map<string, () => void>()
    return {
      listeners,
      bounds: { x: 10, y: 20, width: 1300, height: 850 },
      maximized: false,
      minimized: false,
      on(name: string, listener: () => void) {
        listeners.set(name, listener)
        return this
      },
      getNormalBounds() {
        return this.bounds
      },
      isMaximized() {
        return this.maximized
      },
      isMinimized() {
        return this.minimized
      },
      isFullScreen: () => false,
    }
  }

  it('saves on close', () => {
    const file = join(dir, 'window-state.json')
    const window = fakeWindow()
    track(window, file)
    window.maximized = true
    window.listeners.get('close')?.()
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ...window.bounds, maximized: true })
  })

  it('saves once, shortly after a burst of moves and resizes', () => {
    vi.useFakeTimers()
    const file = join(dir, 'window-state.json')
    const window = fakeWindow()
    track(window, file, 500)
    window.listeners.get('move')?.()
    window.bounds = { ...window.bounds, width: 1400 }
    window.listeners.get('resize')?.()
    expect(readWindowState(file)).toEqual(defaultWindowState)
    vi.advanceTimersByTime(500)
    expect(readWindowState(file)).toEqual({ ...window.bounds, maximized: false })
  })

  it('does not remember a minimised window', () => {
    const file = join(dir, 'window-state.json')
    writeFileSync(file, JSON.stringify({ width: 1000, height: 700, maximized: false }))
    const window = fakeWindow()
    track(window, file)
    window.minimized = true
    window.listeners.get('close')?.()
    expect(readWindowState(file)).toEqual({ width: 1000, height: 700, maximized: false })
  })
})
