import { EventEmitter } from 'node:events'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'

/**
 * A stand-in for the `electron` module (the real one needs its binary, which cannot be
 * downloaded here): just enough of app, BrowserWindow, Menu, ipcMain, nativeTheme, dialog,
 * shell, screen and session for the main-process modules, recording what they were asked to do.
 */

class StandInWebContents extends EventEmitter {
  static nextId = 1
  readonly id = StandInWebContents.nextId++
  readonly sent: { channel: string; payload: unknown }[] = []
  loadedUrl: string | null = null
  reloads = 0
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  reload(): void {
    this.reloads++
  }
  /** Fires did-finish-load, as when the page has loaded. */
  finishLoad(): void {
    this.emit('did-finish-load')
  }
}

export class StandInBrowserWindow extends EventEmitter {
  static all: StandInBrowserWindow[] = []
  readonly webContents = new StandInWebContents()
  focused = 0
  minimized = false
  maximized = false
  destroyed = false
  constructor(readonly options: Record<string, unknown>) {
    super()
    StandInBrowserWindow.all.push(this)
  }
  static getAllWindows(): StandInBrowserWindow[] {
    return StandInBrowserWindow.all.filter((window) => !window.destroyed)
  }
  loadURL(url: string): Promise<void> {
    this.webContents.loadedUrl = url
    return Promise.resolve()
  }
  show(): void {}
  focus(): void {
    this.focused++
  }
  isMinimized(): boolean {
    return this.minimized
  }
  restore(): void {
    this.minimized = false
  }
  maximize(): void {
    this.maximized = true
  }
  isMaximized(): boolean {
    return this.maximized
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  getNormalBounds() {
    const { x = 0, y = 0, width, height } = this.options as Record<string, number>
    return { x, y, width, height }
  }
}

class StandInApp extends EventEmitter {
  readonly userData = mkdtempSync(join(tmpdir(), 'stand-in-electron-'))
  readonly recentDocuments: string[] = []
  aboutOptions: Record<string, unknown> | null = null
  singleInstanceLock = true
  quits = 0
  private resolveReady!: () => void
  private readonly ready = new Promise<void>((resolve) => (this.resolveReady = resolve))
  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLock
  }
  quit(): void {
    this.quits++
  }
  whenReady(): Promise<void> {
    return this.ready
  }
  /** Makes `whenReady` resolve, as Electron does once it has started. */
  becomeReady(): Promise<void> {
    this.resolveReady()
    return this.ready.then(() => new Promise((resolve) => setTimeout(resolve, 0)))
  }
  getPath(name: string): string {
    return join(this.userData, name === 'userData' ? '' : name)
  }
  getVersion(): string {
    return '0.1.0'
  }
  getPreferredSystemLanguages(): string[] {
    return ['en-US']
  }
  setAboutPanelOptions(options: Record<string, unknown>): void {
    this.aboutOptions = options
  }
  addRecentDocument(path: string): void {
    this.recentDocuments.push(path)
  }
  clearRecentDocuments(): void {
    this.recentDocuments.length = 0
  }
  setName(): void {}
}

type Handler = (event: unknown, ...args: unknown[]) => unknown

/** The stand-in module's state, reset by `resetStandIn`. */
export const electron = {
  app: new StandInApp(),
  BrowserWindow: StandInBrowserWindow,
  Menu: {
    current: null as MenuItemConstructorOptions[] | null,
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
    setApplicationMenu(menu: { template: MenuItemConstructorOptions[] } | null) {
      electron.Menu.current = menu?.template ?? null
    }
  },
  ipcMain: {
    handlers: new Map<string, Handler>(),
    listeners: new Map<string, Handler>(),
    handle(channel: string, handler: Handler) {
      electron.ipcMain.handlers.set(channel, handler)
    },
    on(channel: string, listener: Handler) {
      electron.ipcMain.listeners.set(channel, listener)
    }
  },
  nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
  dialog: {
    nextPaths: [] as string[],
    messages: [] as Record<string, unknown>[],
    showOpenDialog: (_window: unknown, options: Record<string, unknown>) => {
      electron.dialog.lastOptions = options
      const path = electron.dialog.nextPaths.shift()
      return Promise.resolve({ canceled: path === undefined, filePaths: path ? [path] : [] })
    },
    lastOptions: null as Record<string, unknown> | null,
    showSaveDialog: (_window: unknown, options: Record<string, unknown>) => {
      electron.dialog.lastOptions = options
      const filePath = electron.dialog.nextPaths.shift()
      return Promise.resolve({ canceled: filePath === undefined, filePath })
    },
    showMessageBox: (options: Record<string, unknown>) => {
      electron.dialog.messages.push(options)
      return Promise.resolve({ response: 0 })
    },
    showErrorBox: (title: string, content: string) => {
      electron.dialog.messages.push({ title, content })
    }
  },
  shell: {
    opened: [] as string[],
    openPath: (path: string) => {
      electron.shell.opened.push(path)
      return Promise.resolve('')
    },
    openExternal: (url: string) => {
      electron.shell.opened.push(url)
      return Promise.resolve()
    }
  },
  screen: {
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]
  },
  session: {
    defaultSession: {
      webRequest: {
        onHeadersReceived: (
          listener: (
            details: { responseHeaders: Record<string, string[]> },
            callback: (response: { responseHeaders: Record<string, string[]> }) => void
          ) => void
        ) => {
          electron.session.headersListener = listener
        }
      }
    },
    headersListener: null as unknown
  }
}

/** The menu item with this id, anywhere in the current application menu. */
export function menuItem(id: string): MenuItemConstructorOptions {
  const search = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions | null => {
    for (const item of items) {
      if (item.id === id) return item
      if (Array.isArray(item.submenu)) {
        const found = search(item.submenu)
        if (found) return found
      }
    }
    return null
  }
  const found = electron.Menu.current ? search(electron.Menu.current) : null
  if (!found) throw new Error(`no menu item ${id}`)
  return found
}

/** Clicks a menu item as Electron would. */
export function click(id: string): void {
  const item = menuItem(id)
  ;(item.click as () => void)()
}
