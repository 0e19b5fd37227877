import { mount } from '@vue/test-utils'
import type { Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent } from 'vue'
import { RENDERER_COMMANDS } from '@shared/app-commands'
import AppearanceSwitch from '@renderer/components/common/AppearanceSwitch.vue'
import OpenButtons from '@renderer/components/data/OpenButtons.vue'
import ExportMenu from '@renderer/components/export/ExportMenu.vue'
import ModelOpener from '@renderer/components/models/ModelOpener.vue'
import TrainingControls from '@renderer/components/training/TrainingControls.vue'
import { useDesktopEvents } from '@renderer/composables/desktop-events'
import { i18n } from '@renderer/i18n'
import { saveText } from '@renderer/lib/downloads'
import { useAppStore } from '@renderer/stores/app'
import { useInspectStore } from '@renderer/stores/inspect'
import { listItem, runPage } from './experiments/fixtures'
import { fakeLab, type FakeLab } from './support/fake-lab'
import { piniaWith } from './support/pinia'
import { settle } from './support/settle'
import { change, liveState, pointsDataset, STARTED } from './training/fixtures'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: true,
  pathForDrop: vi.fn()
}))
vi.mock('@renderer/lib/downloads', () => ({ saveText: vi.fn(), downloadFrom: vi.fn() }))

/**
 * The desktop app's menu sends `app:command` events; the window's buttons run the same
 * commands. Each command must reach the very action of its button.
 */

/** What the window mounts once: the listener for main's events. */
const Listener = defineComponent({
  setup() {
    useDesktopEvents()
    return () => null
  }
})

describe('menu commands and buttons run the same actions', () => {
  let pinia: Pinia
  let api: FakeLab

  beforeEach(() => {
    api = fakeLab({
      'app:open-dialog': () => null,
      'models:open': () => null,
      'training:start': () => STARTED,
      'training:pause': () => liveState({ status: 'paused' }),
      'training:resume': () => liveState(),
      'training:step': () => liveState({ status: 'paused' }),
      'training:stop': () => liveState(),
      'runs:get': () => Promise.reject(new Error('not needed')),
      'runs:report': () => ({ fileName: 'iris wide.html', html: '<html></html>' }),
      'app:appearance-set': () => undefined,
      'datasets:import': () => Promise.reject(new Error('stop here'))
    })
    pinia = piniaWith(pointsDataset())
    mount(Listener, { global: { plugins: [pinia, i18n] } })
  })

  const menu = async (command: (typeof RENDERER_COMMANDS)[number]) => {
    api.emit('app:command', { command })
    await settle()
  }
  const plugins = () => ({ global: { plugins: [pinia, i18n] } })

  it('Open Data File… and Open Image Folder…: the Data screen’s buttons', async () => {
    const buttons = mount(OpenButtons, plugins())
    await buttons.findAll('button')[0].trigger('click')
    await buttons.findAll('button')[1].trigger('click')
    await settle()
    await menu('open-data-file')
    await menu('open-image-folder')
    expect(api.requests('app:open-dialog')).toEqual([
      { kind: 'file' },
      { kind: 'folder' },
      { kind: 'file' },
      { kind: 'folder' }
    ])
    buttons.unmount()
  })

  it('goes to the screen that has the button when it is not on screen', async () => {
    const app = useAppStore()
    app.view = 'learn'
    await menu('open-data-file')
    expect(app.view).toBe('data')
  })

  it('Open Model…: the top bar’s button', async () => {
    const opener = mount(ModelOpener, plugins())
    await opener.get('button').trigger('click')
    await settle()
    await menu('open-model')
    expect(api.requests('models:open')).toHaveLength(2)
    opener.unmount()
  })

  it('Export Model… opens the run’s export menu; Lab Report… writes the report, as its entry does', async () => {
    const exportMenu = mount(ExportMenu, {
      props: { view: runPage(listItem({ runId: 'r3', name: 'iris wide' })) },
      ...plugins(),
      attachTo: document.body
    })
    await menu('export-model')
    expect(exportMenu.find('[role="menu"]').exists()).toBe(true)
    await exportMenu.get('[data-choice="report"]').trigger('click')
    await settle()
    await menu('lab-report')
    expect(api.requests('runs:report')).toEqual([{ runId: 'r3' }, { runId: 'r3' }])
    expect(vi.mocked(saveText)).toHaveBeenCalledTimes(2)
    exportMenu.unmount()
  })

  it('Training › Start, Pause / Resume, Step and Stop: the Training screen’s buttons', async () => {
    const controls = mount(TrainingControls, plugins())
    const button = (label: string) =>
      controls.findAll('button').find((candidate) => candidate.text() === label)!
    await button('Start').trigger('click')
    await settle()
    api.emit('training:change', change())
    await settle()
    await menu('training-pause-resume')
    expect(api.requests('training:pause')).toEqual([{ runId: 'r1' }])
    await button('Resume').trigger('click')
    await settle()
    await menu('training-pause-resume')
    await button('Resume').trigger('click')
    await settle()
    expect(api.requests('training:resume')).toEqual([{ runId: 'r1' }, { runId: 'r1' }])
    await menu('training-stop')
    expect(api.requests('training:stop')).toEqual([{ runId: 'r1' }])
  })

  it('says so when a command cannot be used now (nothing to pause)', async () => {
    await menu('training-pause-resume')
    expect(api.requests('training:pause')).toEqual([])
    expect(useAppStore().notices.at(-1)).toMatchObject({
      kind: 'info',
      text: '“Pause / Resume” cannot be used right now.'
    })
  })

  it('View › a screen shows it, as its tab does', async () => {
    const app = useAppStore()
    for (const view of ['network', 'inspect', 'learn'] as const) {
      await menu(`view-${view}`)
      expect(app.view).toBe(view)
    }
  })
})

describe('main’s other events', () => {
  let pinia: Pinia
  let api: FakeLab

  beforeEach(() => {
    api = fakeLab({
      'app:appearance-set': () => undefined,
      'datasets:import': () => Promise.reject(new Error('stop here'))
    })
    pinia = piniaWith(pointsDataset())
    mount(Listener, { global: { plugins: [pinia, i18n] } })
  })

  it('a model opened from the file manager opens in Inspect; a data file is imported', async () => {
    api.emit('app:open-path', { path: '/home/ann/iris.model.json', kind: 'model' })
    expect(useAppStore().view).toBe('inspect')
    expect(useInspectStore().target).toEqual({ kind: 'preset', path: '/home/ann/iris.model.json' })
    api.emit('app:open-path', { path: '/home/ann/iris.csv', kind: 'data' })
    await settle()
    expect(useAppStore().view).toBe('data')
    expect(api.requests('datasets:import')).toEqual([
      expect.objectContaining({ path: '/home/ann/iris.csv' })
    ])
  })

  it('the appearance follows the menu, and the top bar’s switch asks main to remember it', async () => {
    api.emit('app:appearance', { appearance: 'dark' })
    expect(document.documentElement.dataset.theme).toBe('dark')
    const toggle = mount(AppearanceSwitch, { global: { plugins: [pinia, i18n] } })
    expect((toggle.get('select').element as HTMLSelectElement).value).toBe('dark')
    await toggle.get('select').setValue('system')
    expect(document.documentElement.dataset.theme).toBeUndefined()
    expect(api.requests('app:appearance-set')).toEqual([{ appearance: 'system' }])
  })

  it('a page reloaded after a crash says so', () => {
    api.emit('app:renderer-restarted', { reason: 'oom' })
    expect(useAppStore().notices.at(-1)).toMatchObject({
      kind: 'error',
      text: expect.stringContaining('stopped unexpectedly (oom) and was reloaded')
    })
  })
})
