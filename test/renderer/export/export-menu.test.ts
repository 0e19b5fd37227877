import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ExportOutcome } from '@shared/model/exports'
import { LabError } from '@renderer/api/lab-error'
import { i18n } from '@renderer/i18n'
import { downloadFrom, saveText } from '@renderer/lib/downloads'
import ExportMenu from '@renderer/components/export/ExportMenu.vue'
import { fakeLab, type FakeHandlers, type FakeLab } from '../support/fake-lab'
import { listItem, runPage } from '../experiments/fixtures'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))
vi.mock('@renderer/lib/downloads', () => ({ saveText: vi.fn(), downloadFrom: vi.fn() }))

const RUN = runPage(listItem({ runId: 'r3', name: 'iris wide' }))
const ONNX: ExportOutcome = {
  format: 'onnx',
  folder: '/home/ann/lab/exports/5b1c/iris wide-onnx',
  files: ['README.md', 'model.onnx'],
  download: '/download/5b1c.zip'
}

describe('Export menu', () => {
  let pinia: Pinia
  let api: FakeLab

  function install(handlers: FakeHandlers): void {
    api = fakeLab(handlers)
  }

  beforeEach(() => {
    pinia = createPinia()
    setActivePinia(pinia)
    vi.mocked(saveText).mockReset()
    vi.mocked(downloadFrom).mockReset()
  })

  function mountMenu(view = RUN): VueWrapper {
    return mount(ExportMenu, {
      props: { view },
      global: { plugins: [pinia, i18n] },
      attachTo: document.body
    })
  }

  async function choose(wrapper: VueWrapper, name: RegExp): Promise<void> {
    await wrapper.find('button.export-toggle').trigger('click')
    const entry = wrapper.findAll('[role="menuitem"]').find((item) => name.test(item.text()))
    if (!entry) throw new Error(`no menu entry ${name}`)
    await entry.trigger('click')
  }

  it('offers the five formats, PyTorch with data and the lab report, in that order', async () => {
    install({})
    const wrapper = mountMenu()
    await wrapper.find('button.export-toggle').trigger('click')
    expect(wrapper.findAll('[role="menuitem"] strong').map((name) => name.text())).toEqual([
      'ONNX',
      'TensorFlow.js',
      'PyTorch',
      'PyTorch with training data',
      'NumPy',
      'Model file (JSON)',
      'Lab report (HTML)'
    ])
    wrapper.unmount()
  })

  it('is busy while main writes, then says where the files went and starts the zip download', async () => {
    let finish: (outcome: ExportOutcome) => void = () => {}
    install({ 'runs:export': () => new Promise((resolve) => (finish = resolve)) })
    const wrapper = mountMenu()
    await choose(wrapper, /^ONNX/)
    expect(api.requests('runs:export')).toEqual([{ runId: 'r3', format: 'onnx', withData: false }])
    const toggle = wrapper.find('button.export-toggle')
    expect(toggle.text()).toBe('Exporting…')
    expect(toggle.attributes('disabled')).toBeDefined()
    expect(toggle.attributes('aria-busy')).toBe('true')

    finish(ONNX)
    await flushPromises()
    expect(toggle.text()).toContain('Export')
    expect(toggle.attributes('disabled')).toBeUndefined()
    const result = wrapper.find('[role="status"]')
    expect(result.text()).toContain('Wrote ONNX to /home/ann/lab/exports/5b1c/iris wide-onnx')
    expect(result.text()).toContain('2 files: README.md, model.onnx')
    expect(downloadFrom).toHaveBeenCalledWith('/download/5b1c.zip', 'iris wide-onnx.zip')
    expect(result.find('a').attributes('href')).toBe('/download/5b1c.zip')
    wrapper.unmount()
  })

  it('asks for PyTorch with the run’s training rows', async () => {
    install({ 'runs:export': () => ({ ...ONNX, format: 'pytorch', download: null }) })
    const wrapper = mountMenu()
    await choose(wrapper, /^PyTorch with training data/)
    await flushPromises()
    expect(api.requests('runs:export')).toEqual([
      { runId: 'r3', format: 'pytorch', withData: true }
    ])
    // the desktop app wrote into a folder the user picked: nothing to download
    expect(downloadFrom).not.toHaveBeenCalled()
    expect(wrapper.find('[role="status"]').text()).toContain('Wrote PyTorch with training data to')
    wrapper.unmount()
  })

  it('shows nothing when the folder dialog was cancelled', async () => {
    install({ 'runs:export': () => null })
    const wrapper = mountMenu()
    await choose(wrapper, /^NumPy/)
    await flushPromises()
    expect(wrapper.find('[role="status"]').exists()).toBe(false)
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it("shows main's one-line refusal as it is", async () => {
    const refusal =
      'layers[0].weights[2][3] is NaN or Infinity (stored as null): a model with NaN or Infinity weights cannot be exported'
    install({
      'runs:export': () => {
        throw new LabError('user', refusal)
      }
    })
    const wrapper = mountMenu()
    await choose(wrapper, /^TensorFlow\.js/)
    await flushPromises()
    expect(wrapper.find('[role="alert"]').text()).toBe(refusal)
    expect(wrapper.find('button.export-toggle').attributes('disabled')).toBeUndefined()
    wrapper.unmount()
  })

  it('saves the lab report as the run’s name .html', async () => {
    const html = '<!DOCTYPE html><title>Backprop Lab run iris wide</title>'
    install({ 'runs:report': () => ({ fileName: 'iris wide.html', html }) })
    const wrapper = mountMenu()
    await choose(wrapper, /^Lab report/)
    await flushPromises()
    expect(api.requests('runs:report')).toEqual([{ runId: 'r3' }])
    expect(saveText).toHaveBeenCalledWith('iris wide.html', html)
    expect(wrapper.find('[role="status"]').text()).toContain(
      'Saved the lab report as iris wide.html.'
    )
    wrapper.unmount()
  })

  it('cannot export a run that has no trained weights', () => {
    install({})
    const empty = runPage(listItem({ runId: 'r1', status: 'failed', epochs: 0 }), { model: null })
    const wrapper = mountMenu(empty)
    const toggle = wrapper.find('button.export-toggle')
    expect(toggle.attributes('disabled')).toBeDefined()
    expect(toggle.attributes('title')).toContain('no trained weights')
    wrapper.unmount()
  })
})
