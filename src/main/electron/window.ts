import { BrowserWindow, dialog, nativeTheme, screen, shell, type WebPreferences } from 'electron'
import { join } from 'node:path'
import { CrashRecovery } from './crash-recovery'
import { emitTo } from './register-ipc'
import type { AppPage } from './sender-check'
import {
  MINIMUM_SIZE,
  readWindowState,
  restoredWindowState,
  writeWindowState
} from './window-state'

/**
 * The renderer's isolation, as Electron's security checklist asks: no Node, a sandboxed renderer
 * whose only bridge is the preload's `window.labBridge`, no <webview>, and a drop on the window
 * never navigates it away.
 */
export const WEB_PREFERENCES: WebPreferences = {
  preload: join(import.meta.dirname, '../preload/index.cjs'),
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false
}

/** What the window needs from the app around it. */
export interface MainWindowOptions {
  page: AppPage
  /** Where the window's size and place are remembered. */
  stateFile: string
  icon?: string
  /** The page has loaded (again) and listens for events. */
  onLoaded: (window: BrowserWindow) => void
  /** The page is gone and not yet back. */
  onUnloaded: (window: BrowserWindow) => void
}

/** Matches the palette's page background (main.css) so the first paint does not flash. */
const BACKGROUND = { light: '#f6f7f9', dark: '#14181f' }

/**
 * The lab's window: opened where and as large as it was left, isolated (WEB_PREFERENCES),
 * navigation and new windows refused (https links open in the browser), and a crashed page
 * reloaded with a notice instead of left blank.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const displays = screen.getAllDisplays().map((display) => display.workArea)
  const state = restoredWindowState(readWindowState(options.stateFile), displays)
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: MINIMUM_SIZE.width,
    minHeight: MINIMUM_SIZE.height,
    title: 'Backprop Lab',
    icon: options.icon,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    webPreferences: WEB_PREFERENCES
  })
  if (state.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())
  window.on('close', () =>
    writeWindowState(options.stateFile, {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized()
    })
  )
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url)
    return { action: 'deny' }
  })
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  watchCrashes(window, options)
  if (options.page.devServerUrl) void window.loadURL(options.page.devServerUrl)
  else void window.loadURL(options.page.fileUrl)
  return window
}

/** Reloads a crashed page and, once it is back, tells it why (a notice). */
function watchCrashes(window: BrowserWindow, options: MainWindowOptions): void {
  const recovery = new CrashRecovery()
  let restartReason: string | null = null
  window.webContents.on('did-finish-load', () => {
    options.onLoaded(window)
    if (restartReason === null) return
    emitTo(window.webContents, 'app:renderer-restarted', { reason: restartReason })
    restartReason = null
  })
  window.webContents.on('render-process-gone', (_event, details) => {
    options.onUnloaded(window)
    const decision = recovery.decide(details.reason)
    console.error(
      `the window's page is gone (${details.reason}, exit code ${details.exitCode}): ${decision}`
    )
    if (decision === 'reload') {
      restartReason = details.reason
      window.webContents.reload()
    } else if (decision === 'give-up') {
      dialog.showErrorBox(
        'Backprop Lab',
        `The window keeps stopping (${details.reason}). Your data and runs are saved; restart the app, and see the log folder (Help menu) for details.`
      )
    }
  })
}
