import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

/** A rectangle on the screen. */
export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

/** The window's size and place, remembered between sessions. */
export interface WindowState {
  bounds: Partial<Rectangle> & { width: number; height: number }
  maximized: boolean
}

export const DEFAULT_WINDOW_STATE: WindowState = {
  bounds: { width: 1360, height: 880 },
  maximized: false
}
export const MINIMUM_SIZE = { width: 960, height: 640 }

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value)

/** How much of `bounds` lies on `area`, in pixels. */
function overlap(bounds: Rectangle, area: Rectangle): number {
  const width = Math.min(bounds.x + bounds.width, area.x + area.width) - Math.max(bounds.x, area.x)
  const height =
    Math.min(bounds.y + bounds.height, area.y + area.height) - Math.max(bounds.y, area.y)
  return Math.max(0, width) * Math.max(0, height)
}

/**
 * The state to open the window with: the saved one when it is sound, its size no smaller than
 * the minimum nor larger than the largest display, its place kept only when a good part of the
 * window (a 100 × 50 strip) is on one of today's displays (a monitor may have been unplugged).
 */
export function restoredWindowState(saved: unknown, displays: readonly Rectangle[]): WindowState {
  const state = saved as Partial<WindowState> | null
  const bounds = state?.bounds
  if (!bounds || !isNumber(bounds.width) || !isNumber(bounds.height)) return DEFAULT_WINDOW_STATE
  const largest = displays.reduce(
    (most, area) => ({
      width: Math.max(most.width, area.width),
      height: Math.max(most.height, area.height)
    }),
    { width: MINIMUM_SIZE.width, height: MINIMUM_SIZE.height }
  )
  const width = Math.round(Math.min(Math.max(bounds.width, MINIMUM_SIZE.width), largest.width))
  const height = Math.round(Math.min(Math.max(bounds.height, MINIMUM_SIZE.height), largest.height))
  const placed =
    isNumber(bounds.x) &&
    isNumber(bounds.y) &&
    displays.some((area) => overlap({ x: bounds.x!, y: bounds.y!, width, height }, area) >= 5000)
  return {
    bounds: placed
      ? { x: Math.round(bounds.x!), y: Math.round(bounds.y!), width, height }
      : { width, height },
    maximized: state?.maximized === true
  }
}

/** The saved state, or null when there is none or it cannot be read. */
export function readWindowState(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

/** Saves the state; a failure only means the next start uses the default. */
export function writeWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, `${JSON.stringify(state)}\n`)
  } catch {
    // The window still works; it just opens at the default size next time.
  }
}
