import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { click, electron, menuItem, StandInBrowserWindow } from './support/stand-in-electron'

vi.mock('electron', async () => (await import('./support/stand-in-electron')).electron)

const { startDesktopApp } = await import('../../src/main/electron/desktop-app')
const { onPathGranted } = await import('../../src/main/electron/granted-paths')
const { openLab } = await import('../../src/main/lab')
const { completeRunConfig } = await import('../../src/shared/model/run-defaults')

/**
 * The desktop app's main process against a stand-in `electron` module: one instance, files from
 * the file manager routed to Inspect, the menu reaching the window's actions, the theme switch,
 * the sender check, the open dialog, drops, a crashed page, and the window's remembered place.
 */
const folder = mkdtempSync(join(tmpdir(), 'desktop-app-'))
const page = { fileUrl: 'file:///app/out/renderer/index.html' }
const model = join(folder, 'iris.model.json')
const csv = join(folder, 'iris.csv')
const granted: { id: number; path: string; how: string }[] = []
let lab: ReturnType<typeof openLab>

const window = () => StandInBrowserWindow.getAllWindows()[0]
const sent = (channel: string) =>
  window()
    .webContents.sent.filter((message) => message.channel === `lab:${channel}`)
    .map((message) => message.payload)
const trusted = { senderFrame: { url: page.fileUrl, parent: null }, sender: { id: 0 } }
const invoke = (channel: string, request?: unknown, event: unknown = trusted) =>
  electron.ipcMain.handlers.get(`lab:${channel}`)!(event, request) as Promise<{
    ok: boolean
    value?: unknown
    error?: { message: string }
  }>

beforeAll(async () => {
  writeFileSync(model, '{}')
  writeFileSync(csv, 'x,y\n1,a\n')
  onPathGranted((id, path, how) => granted.push({ id, path, how }))
  // Launched from the file manager with a model file: `backprop-lab iris.model.json`.
  const argv = process.argv
  process.argv = ['/opt/Backprop Lab/backprop-lab', model]
  try {
    expect(
      startDesktopApp({
        openLab: () => (lab = openLab({ home: join(folder, 'home') })),
        page,
        resourcesDir: join(folder, 'resources'),
        contentSecurityPolicy: "default-src 'self'"
      })
    ).toBe(true)
  } finally {
    process.argv = argv
  }
  // macOS may hand over a file before the app is ready.
  electron.app.emit('open-file', { preventDefault: () => {} }, csv)
  await electron.app.becomeReady()
})

afterAll(() => {
  lab?.close()
  rmSync(folder, { recursive: true, force: true })
})

describe('the desktop app’s main process', () => {
  it('opens one window, isolated: no Node, sandboxed, context-isolated, no webview', () => {
    expect(StandInBrowserWindow.getAllWindows()).toHaveLength(1)
    expect(window().options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      navigateOnDragDrop: false
    })
    expect(window().webContents.loadedUrl).toBe(page.fileUrl)
    expect(window().webContents.windowOpenHandler!({ url: 'http://evil.example' })).toEqual({
      action: 'deny'
    })
    let prevented = false
    window().webContents.emit('will-navigate', { preventDefault: () => (prevented = true) })
    expect(prevented).toBe(true)
  })

  it('delivers the files it was launched with once the page has loaded: a model opens in Inspect', () => {
    expect(sent('app:open-path')).toEqual([])
    window().webContents.finishLoad()
    expect(sent('app:open-path')).toEqual([
      { path: model, kind: 'model' },
      { path: csv, kind: 'data' }
    ])
    const id = window().webContents.id
    expect(granted).toEqual([
      { id, path: model, how: 'file-manager' },
      { id, path: csv, how: 'file-manager' }
    ])
  })

  it('a second launch focuses the first window and opens the file it was given', () => {
    const focused = window().focused
    window().minimized = true
    electron.app.emit('second-instance', {}, ['/opt/Backprop Lab/backprop-lab', 'iris.csv'], folder)
    expect(window().minimized).toBe(false)
    expect(window().focused).toBeGreaterThan(focused)
    expect(sent('app:open-path').at(-1)).toEqual({ path: csv, kind: 'data' })
    expect(StandInBrowserWindow.getAllWindows()).toHaveLength(1)
  })

  it('quits at once when another instance holds the lock', () => {
    electron.app.singleInstanceLock = false
    const quits = electron.app.quits
    expect(
      startDesktopApp({ openLab, page, resourcesDir: folder, contentSecurityPolicy: '' })
    ).toBe(false)
    expect(electron.app.quits).toBe(quits + 1)
    electron.app.singleInstanceLock = true
  })

  it('sends each window command of the menu to the window as the action its button runs', () => {
    click('open-data-file')
    click('view-inspect')
    click('training-pause-resume')
    expect(sent('app:command').slice(-3)).toEqual([
      { command: 'open-data-file' },
      { command: 'view-inspect' },
      { command: 'training-pause-resume' }
    ])
    click('open-data-folder')
    expect(electron.shell.opened.at(-1)).toBe(join(folder, 'home'))
  })

  it('switches the theme from the View menu: nativeTheme, the menu, the window, remembered', async () => {
    click('appearance-dark')
    expect(electron.nativeTheme.themeSource).toBe('dark')
    expect(menuItem('appearance-dark').checked).toBe(true)
    expect(sent('app:appearance').at(-1)).toEqual({ appearance: 'dark' })
    expect((await invoke('app:info')).value).toMatchObject({ appearance: 'dark' })
    // The window's own switch takes the same way.
    expect((await invoke('app:appearance-set', { appearance: 'light' })).ok).toBe(true)
    expect(electron.nativeTheme.themeSource).toBe('light')
    expect(menuItem('appearance-light').checked).toBe(true)
    expect(lab.db.settings.get('appearance')).toBe('light')
  })

  it('answers IPC only from the app’s own page', async () => {
    expect((await invoke('app:info')).ok).toBe(true)
    const evil = { senderFrame: { url: 'http://localhost.evil.example/', parent: null } }
    expect(await invoke('app:info', undefined, evil)).toEqual({
      ok: false,
      error: { kind: 'validation', message: 'calls are accepted only from the lab window' }
    })
    const framed = { senderFrame: { url: page.fileUrl, parent: {} } }
    expect((await invoke('app:info', undefined, framed)).ok).toBe(false)
  })

  it('the open dialog offers All files first (raw IDX files have no extension); the choice is granted', async () => {
    electron.dialog.nextPaths.push(join(folder, 'train-images-idx3-ubyte'))
    const reply = await invoke('app:open-dialog', { kind: 'file' })
    expect(reply.value).toBe(join(folder, 'train-images-idx3-ubyte'))
    const filters = electron.dialog.lastOptions!.filters as { extensions: string[] }[]
    expect(filters[0].extensions).toEqual(['*'])
    expect(granted.at(-1)).toEqual({
      id: window().webContents.id,
      path: join(folder, 'train-images-idx3-ubyte'),
      how: 'dialog'
    })
  })

  it('Save Experiment As… writes where the save dialog says; Open Experiment… offers .bplab files', async () => {
    const pairs = join(folder, 'pairs.csv')
    writeFileSync(pairs, 'x,y\n0,a\n1,b\n0,a\n1,b\n')
    const { dataset } = await lab.imports.importPath(pairs)
    const run = lab.training.start({
      datasetId: dataset.datasetId,
      config: completeRunConfig({ hidden: [2], epochs: 2, split: [1] }, 4),
      initialModel: null
    })
    await run.finished
    const fromWindow = { ...trusted, sender: { id: window().webContents.id } }
    const chosen = join(folder, 'shared')
    electron.dialog.nextPaths.push(chosen)
    const saved = await invoke('experiments:save', { runIds: [run.runId] }, fromWindow)
    expect(saved.value).toMatchObject({ fileName: 'shared.bplab', runs: 1, download: null })
    expect(electron.dialog.lastOptions).toMatchObject({
      filters: [{ extensions: ['bplab'] }],
      defaultPath: expect.stringMatching(/\.bplab$/)
    })
    expect(existsSync(`${chosen}.bplab`)).toBe(true)
    // a cancelled dialog writes nothing
    expect((await invoke('experiments:save', { runIds: [run.runId] }, fromWindow)).value).toBe(null)
    electron.dialog.nextPaths.push(`${chosen}.bplab`)
    const path = (await invoke('app:open-dialog', { kind: 'experiment' }, fromWindow)).value
    expect(
      (electron.dialog.lastOptions!.filters as { extensions: string[] }[])[0].extensions
    ).toEqual(['bplab'])
    const opened = await invoke('experiments:open', { path }, fromWindow)
    expect(opened.value).toMatchObject({ opened: { runs: [expect.anything()] } })
    // double-click in the file manager: the window is told it is an experiment
    electron.app.emit('open-file', { preventDefault: () => {} }, `${chosen}.bplab`)
    expect(sent('app:open-path').at(-1)).toEqual({ path: `${chosen}.bplab`, kind: 'experiment' })
  })

  it('reads only what the user gave the window: a path refused until chosen in the dialog', async () => {
    const fromWindow = { ...trusted, sender: { id: window().webContents.id } }
    const secret = join(folder, 'secret.csv')
    writeFileSync(secret, 'a,b\n1,x\n2,y\n3,x\n4,y\n')
    const preview = () =>
      invoke('datasets:import', { importId: 'granted', path: secret }, fromWindow)
    expect((await preview()).error?.message).toMatch(/secret\.csv is not a file given to the lab/)
    electron.dialog.nextPaths.push(secret)
    await invoke('app:open-dialog', { kind: 'file' }, fromWindow)
    expect((await preview()).error).toBeUndefined()
  })

  it('grants a path dropped on the window (told by the preload), from the app’s page only', () => {
    const listener = electron.ipcMain.listeners.get('lab:path-dropped')!
    listener({ ...trusted, sender: { id: 7 } }, '/data/flowers')
    listener(
      { senderFrame: { url: 'file:///tmp/x.html', parent: null }, sender: { id: 8 } },
      '/etc'
    )
    expect(granted.filter((grant) => grant.how === 'drop')).toEqual([
      { id: 7, path: '/data/flowers', how: 'drop' }
    ])
  })

  it('reloads a crashed page and tells it why; stops reloading a page that keeps crashing', () => {
    const contents = window().webContents
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 })
    expect(contents.reloads).toBe(1)
    contents.finishLoad()
    expect(sent('app:renderer-restarted')).toEqual([{ reason: 'crashed' }])
    for (let crash = 0; crash < 3; crash++)
      contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 })
    expect(contents.reloads).toBe(3)
    expect(electron.dialog.messages.at(-1)).toMatchObject({ title: 'Backprop Lab' })
  })

  it('remembers the window’s size and place, and opens there next time', () => {
    const first = window()
    first.options.x = 100
    first.options.y = 80
    first.options.width = 1200
    first.options.height = 800
    first.emit('close')
    const saved = JSON.parse(
      readFileSync(join(electron.app.getPath('userData'), 'window-state.json'), 'utf8')
    )
    expect(saved).toEqual({ bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: false })
    first.destroyed = true
    first.emit('closed')
    electron.app.emit('activate')
    expect(window()).not.toBe(first)
    expect(window().options).toMatchObject({ x: 100, y: 80, width: 1200, height: 800 })
  })

  it('lists opened files under Open Recent, and shows an About panel with the runtime', () => {
    const recent = menuItem('open-recent').submenu as { label: string }[]
    expect(recent.map((item) => item.label)).toContain('iris.csv')
    expect(electron.app.recentDocuments).toContain(csv)
    expect(electron.app.aboutOptions).toMatchObject({
      applicationName: 'Backprop Lab',
      applicationVersion: '0.1.0'
    })
    click('about')
    expect(electron.dialog.messages.at(-1)).toMatchObject({
      message: 'Backprop Lab 0.1.0',
      detail: expect.stringMatching(/Electron .*\nChromium .*\nNode /)
    })
  })
})
