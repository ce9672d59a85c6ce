import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { BrowserWindow } from 'electron'

export interface Rectangle {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** Size always; position only when it is known to be on a screen. */
export interface WindowState {
  readonly width: number
  readonly height: number
  readonly x?: number
  readonly y?: number
  readonly maximized: boolean
}

export const minWindowSize = { width: 960, height: 640 } as const
export const defaultWindowState: WindowState = { width: 1280, height: 800, maximized: false }

/** A title bar this large must stay on a screen, or the user could not grab the window. */
const minVisible = 48

const isInteger = (value: unknown): value is number => Number.isSafeInteger(value)

/** Anything unexpected in the file (hand edits, another version, a crash mid-write) gives defaults. */
export function parseWindowState(text: string): WindowState {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return defaultWindowState
  }
  if (typeof data !== 'object' || data === null) return defaultWindowState
  const { width, height, x, y, maximized } = data as Record<string, unknown>
  if (!isInteger(width) || !isInteger(height)) return defaultWindowState
  if (width < minWindowSize.width || height < minWindowSize.height) return defaultWindowState
  const state = { width, height, maximized: maximized === true }
  return isInteger(x) && isInteger(y) ? { ...state, x, y } : state
}

/**
 * Drops a saved position that no longer lies on any display (a monitor was unplugged, the
 * resolution changed); the window then opens centred on the primary display.
 */
export function placeOnScreen(state: WindowState, workAreas: readonly Rectangle[]): WindowState {
  const { x, y } = state
  if (x === undefined || y === undefined) return state
  const bounds = { x, y, width: state.width, height: state.height }
  if (workAreas.some((area) => overlaps(bounds, area))) return state
  return { width: state.width, height: state.height, maximized: state.maximized }
}

function overlaps(a: Rectangle, b: Rectangle): boolean {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width >= minVisible && height >= minVisible
}

export function readWindowState(file: string): WindowState {
  try {
    return parseWindowState(readFileSync(file, 'utf8'))
  } catch {
    return defaultWindowState
  }
}

/** Written beside and renamed, so a crash mid-write never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(`${file}.tmp`, JSON.stringify(state))
    renameSync(`${file}.tmp`, file)
  } catch {
    // Losing the window position is not worth bothering the user with.
  }
}

type TrackedWindow = Pick<
  BrowserWindow,
  'on' | 'getNormalBounds' | 'isMaximized' | 'isMinimized' | 'isFullScreen'
>

/** Saves on close, and shortly after moving or resizing so a crash keeps the last layout. */
export function trackWindowState(window: TrackedWindow, file: string, delayMs = 500): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const save = (): void => {
    clearTimeout(timer)
    timer = undefined
    // Minimised and full-screen bounds are not what the user wants to come back to.
    if (window.isMinimized() || window.isFullScreen()) return
    writeWindowState(file, { ...window.getNormalBounds(), maximized: window.isMaximized() })
  }
  const saveSoon = (): void => {
    clearTimeout(timer)
    timer = setTimeout(save, delayMs)
  }
  window.on('resize', saveSoon)
  window.on('move', saveSoon)
  window.on('maximize', saveSoon)
  window.on('unmaximize', saveSoon)
  window.on('close', save)
}
