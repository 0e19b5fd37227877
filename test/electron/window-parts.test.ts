import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import log from 'electron-log/node'
import { afterAll, describe, expect, it } from 'vitest'
import { aboutText } from '../../src/main/electron/about'
import { DIALOG_FILTERS, filterShows } from '../../src/main/electron/dialogs'
import { startFileLog } from '../../src/main/electron/logger'
import { pathsFromArgv } from '../../src/main/electron/open-requests'
import { DEFAULT_WINDOW_STATE, restoredWindowState } from '../../src/main/electron/window-state'

const folder = mkdtempSync(join(tmpdir(), 'window-parts-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }]

describe('the window’s remembered size and place', () => {
  it('reopens where it was, within today’s displays', () => {
    const saved = { bounds: { x: 200, y: 100, width: 1280, height: 900 }, maximized: true }
    expect(restoredWindowState(saved, screen)).toEqual(saved)
  })

  it('forgets a place on a display that is gone, and keeps the size sensible', () => {
    const onUnplugged = { bounds: { x: 2500, y: 100, width: 5000, height: 300 }, maximized: false }
    expect(restoredWindowState(onUnplugged, screen)).toEqual({
      bounds: { width: 1920, height: 640 },
      maximized: false
    })
    expect(restoredWindowState(null, screen)).toEqual(DEFAULT_WINDOW_STATE)
    expect(restoredWindowState({ bounds: { width: 'big' } }, screen)).toEqual(DEFAULT_WINDOW_STATE)
  })
})

describe('the open dialog', () => {
  it('shows raw MNIST IDX files at first, and offers All files for models too', () => {
    for (const name of ['train-images-idx3-ubyte', 't10k-labels-idx1-ubyte', 'iris.csv'])
      expect(filterShows(DIALOG_FILTERS.file![0], name), name).toBe(true)
    expect(DIALOG_FILTERS.model!.some((filter) => filter.extensions.includes('*'))).toBe(true)
    expect(filterShows(DIALOG_FILTERS.model![0], 'iris.model.json')).toBe(true)
    expect(filterShows(DIALOG_FILTERS.file![1], 'train-images-idx3-ubyte')).toBe(false)
    expect(filterShows(DIALOG_FILTERS.file![2], 'train-images-idx3-ubyte.gz')).toBe(true)
  })
})

describe('files given on the command line', () => {
  it('skips the executable (and the app folder under `electron .`) and switches', () => {
    expect(
      pathsFromArgv(['/opt/app/backprop-lab', 'a.model.json', '--flag'], '/home/u', false)
    ).toEqual(['/home/u/a.model.json'])
    expect(pathsFromArgv(['electron', '.', '/data/x.csv'], '/repo', true)).toEqual(['/data/x.csv'])
  })
})

describe('the About panel and the log', () => {
  it('names the app’s version and Electron’s, Chromium’s and Node’s', () => {
    expect(
      aboutText({ app: '0.1.0', electron: '45.4.1', chrome: '142.0', node: '22.20.0' })
    ).toEqual({
      title: 'Backprop Lab 0.1.0',
      detail: expect.stringMatching(/^Electron 45\.4\.1\nChromium 142\.0\nNode 22\.20\.0\n/)
    })
  })

  it('writes main.log in the log folder and rotates it to main.old.log when it is full', async () => {
    const original = { ...console }
    try {
      const file = startFileLog(log, folder)
      expect(file).toBe(join(folder, 'main.log'))
      log.transports.console.level = false
      log.transports.file.maxSize = 2000
      for (let line = 0; line < 60; line++) console.error(`line ${line} of a long error report`)
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(readdirSync(folder).sort()).toEqual(['main.log', 'main.old.log'])
    } finally {
      Object.assign(console, original)
    }
  })
})
