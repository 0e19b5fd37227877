import { app, BrowserWindow, dialog, Menu, nativeTheme, session, shell } from 'electron'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import { APP_COMMANDS, type AppCommandName, type Appearance } from '../../shared/app-commands'
import type { UiLocale, UiState } from '../../shared/model/app-state'
import { setAppearance } from '../appearance'
import { createHandlers } from '../ipc/handlers'
import { bundledRoots, recordedIn } from '../ipc/path-access'
import { PathGrants } from '../ipc/path-grants'
import type { Lab } from '../lab'
import { aboutText } from './about'
import { dialogOptions, saveDialogOptions, type DialogKind } from './dialogs'
import { grantUserPath, onPathGranted } from './granted-paths'
import { menuTemplate } from './menu'
import { OpenRequests, pathsFromArgv } from './open-requests'
import { RecentFiles } from './recent-files'
import { emitTo, emitToWindows, registerIpc } from './register-ipc'
import type { AppPage } from './sender-check'
import { createMainWindow } from './window'

/** What the desktop app is made of (index.ts gives the real ones; tests give stand-ins). */
export interface DesktopAppOptions {
  openLab: () => Lab
  page: AppPage
  resourcesDir: string
  contentSecurityPolicy: string
  icon?: string
}

type MainCommandName = {
  [C in AppCommandName]: (typeof APP_COMMANDS)[C]['runsIn'] extends 'main' ? C : never
}[AppCommandName]

/** The UI language the menu speaks: the window's choice, else the system's. */
function menuLocale(state: UiState | null): UiLocale {
  if (state?.locale) return state.locale
  return app.getPreferredSystemLanguages()[0]?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}

/**
 * The desktop app's life: one instance (a second launch focuses the window and opens what it
 * was given), files from the file manager routed to the window, the menu built from the command
 * table, the lab's IPC, and the window. Returns false when another instance already runs.
 */
export function startDesktopApp(options: DesktopAppOptions): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  let window: BrowserWindow | null = null
  let lab: Lab | null = null
  const recent = new RecentFiles(join(app.getPath('userData'), 'recent-files.json'))
  const requests = new OpenRequests((opened, how) => {
    const target = showWindow()
    grantUserPath(target.webContents.id, opened.path, how)
    emitTo(target.webContents, 'app:open-path', opened)
  })
  const defaultApp = process.defaultApp === true
  // What each window may have main read: what its user chose, dropped or opened (issue 14).
  const grants = new PathGrants({
    roots: () => bundledRoots(options.resourcesDir),
    isRecorded: (path) => lab !== null && recordedIn(lab)(path)
  })
  onPathGranted((contentsId, path) => grants.grant(contentsId, path))
  app.on('web-contents-created', (_event, contents) => {
    const id = contents.id
    contents.once('destroyed', () => grants.forget(id))
  })

  app.on('open-file', (event, path) => {
    event.preventDefault()
    requests.open(path, 'file-manager')
  })
  app.on('second-instance', (_event, argv, workingDirectory) => {
    showWindow()
    for (const path of pathsFromArgv(argv, workingDirectory, defaultApp))
      requests.open(path, 'file-manager')
  })
  for (const path of pathsFromArgv(process.argv, process.cwd(), defaultApp))
    requests.open(path, 'file-manager')

  /** The window, opened again if it was closed (macOS), restored and in front. */
  function showWindow(): BrowserWindow {
    if (!window || window.isDestroyed()) window = openWindow()
    if (window.isMinimized()) window.restore()
    window.focus()
    return window
  }

  function openWindow(): BrowserWindow {
    const created = createMainWindow({
      page: options.page,
      stateFile: join(app.getPath('userData'), 'window-state.json'),
      icon: options.icon,
      onLoaded: () => requests.ready(),
      onUnloaded: () => requests.notReady()
    })
    created.on('closed', () => requests.notReady())
    return created
  }

  let appearance: Appearance = 'system'
  let locale: UiLocale = 'en'
  function installMenu(): void {
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({
          platform: process.platform,
          locale,
          appearance,
          recent: recent.list(),
          run: runCommand,
          openRecent: (path) => requests.open(path, 'recent'),
          clearRecent: () => {
            recent.clear()
            app.clearRecentDocuments()
            installMenu()
          },
          showAbout
        })
      )
    )
  }

  function applyAppearance(next: Appearance): void {
    appearance = next
    nativeTheme.themeSource = next
    installMenu()
  }

  const mainCommands: Record<MainCommandName, () => void> = {
    'appearance-system': () => chooseAppearance('system'),
    'appearance-light': () => chooseAppearance('light'),
    'appearance-dark': () => chooseAppearance('dark'),
    'open-data-folder': () => void shell.openPath(currentLab().home.root),
    'open-log-folder': () => void shell.openPath(app.getPath('logs'))
  }

  function chooseAppearance(next: Appearance): void {
    setAppearance(currentLab().settings, next, emitToWindows, applyAppearance)
  }

  /** A menu command: main's own, or sent to the window (which runs its button's action). */
  function runCommand(command: AppCommandName): void {
    if (Object.hasOwn(mainCommands, command)) mainCommands[command as MainCommandName]()
    else emitTo(showWindow().webContents, 'app:command', { command: command as never })
  }

  function showAbout(): void {
    const { title, detail } = aboutVersions()
    void dialog.showMessageBox({ type: 'info', title: 'Backprop Lab', message: title, detail })
  }

  function currentLab(): Lab {
    if (!lab) throw new Error('the lab is not open yet')
    return lab
  }

  onPathGranted((_contents, path, how) => {
    if (how === 'file-manager' || how === 'recent' || !isFolder(path)) {
      recent.add(path)
      app.addRecentDocument(path)
      installMenu()
    }
  })

  void app.whenReady().then(() => {
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: {
          ...details.responseHeaders,
          'Content-Security-Policy': [options.contentSecurityPolicy]
        }
      })
    })
    lab = options.openLab()
    const openedLab = lab
    appearance = openedLab.settings.appearance()
    nativeTheme.themeSource = appearance
    locale = menuLocale(openedLab.settings.uiState())
    const { title, detail } = aboutVersions()
    app.setAboutPanelOptions({
      applicationName: 'Backprop Lab',
      applicationVersion: app.getVersion(),
      version: detail.split('\n').slice(0, 3).join(', '),
      credits: title,
      iconPath: options.icon
    })
    registerIpc(
      createHandlers({
        lab: openedLab,
        emit: emitToWindows,
        mode: 'electron',
        version: app.getVersion(),
        resourcesDir: options.resourcesDir,
        openDialog: (kind) => openDialog(kind),
        saveDialog: (fileName) => saveDialog(fileName),
        applyAppearance,
        onUiState: (state) => {
          if (menuLocale(state) === locale) return
          locale = menuLocale(state)
          installMenu()
        }
      }),
      options.page,
      grants
    )
    installMenu()
    showWindow()
    app.on('activate', () => showWindow())
    app.on('will-quit', () => openedLab.close())
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  /** The native open dialog over the window; the path chosen is granted to it. */
  async function openDialog(kind: DialogKind): Promise<string | null> {
    const owner = showWindow()
    const result = await dialog.showOpenDialog(owner, dialogOptions(kind))
    const path = result.canceled ? null : (result.filePaths[0] ?? null)
    return path === null ? null : grantUserPath(owner.webContents.id, path, 'dialog')
  }

  /** The native save dialog over the window, for an experiment file; null when cancelled. */
  async function saveDialog(fileName: string): Promise<string | null> {
    const owner = showWindow()
    const result = await dialog.showSaveDialog(owner, saveDialogOptions(fileName))
    if (result.canceled || !result.filePath) return null
    return grantUserPath(owner.webContents.id, result.filePath, 'dialog')
  }
  return true
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true
}

/** The app's version and the runtime's, for the About panel. */
function aboutVersions(): { title: string; detail: string } {
  return aboutText({
    app: app.getVersion(),
    electron: process.versions.electron,
    chrome: process.versions.chrome,
    node: process.versions.node
  })
}
