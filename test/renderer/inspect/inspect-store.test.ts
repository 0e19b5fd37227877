import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useDatasetsStore } from '@renderer/stores/datasets'
import { useInspectStore } from '@renderer/stores/inspect'
import { useTrainingStore } from '@renderer/stores/training'
import { STARTED } from '../training/fixtures'
import { fakeLab, type FakeLab } from '../support/fake-lab'
import { TEXTBOOK_DATA, TEXTBOOK_PATH, TEXTBOOK_ROW } from './fixtures'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

describe('inspect store', () => {
  let api: FakeLab

  beforeEach(() => {
    api = fakeLab({
      'datasets:preview': () => ({
        datasetId: 'textbook',
        total: 1,
        offset: 0,
        rows: [TEXTBOOK_ROW]
      }),
      'inspect:gradcheck': () => ({
        layers: [],
        passed: true,
        tolerance: { absolute: 1e-9, relative: 1e-6 },
        loss: 0.5,
        l1: 0,
        l2: 0,
        broken: null,
        precision: 'f64',
        epsilon: 1e-5,
        epoch: null,
        rows: null
      }),
      'inspect:sample': () => ({}) as never,
      'inspect:layer': () => ({}) as never,
      'inspect:batch-gradients': () => ({}) as never,
      'inspect:trace': () => ({}) as never,
      'inspect:confusion': () => ({}) as never,
      'inspect:confusion-cell': () => ({}) as never,
      'inspect:diagnostics': () => ({}) as never
    })
    setActivePinia(createPinia())
  })

  it("inspects the Training screen's run unless told otherwise; focus opens a panel on a model and sample", () => {
    const inspect = useInspectStore()
    expect(inspect.target).toBeNull()
    useTrainingStore().follow(STARTED, null)
    expect(inspect.target).toEqual({ kind: 'run', runId: 'r1' })
    expect(inspect.live).toBe(true)
    inspect.focus('step', { source: { kind: 'preset', path: TEXTBOOK_PATH }, sampleRow: 0 })
    expect(inspect.panel).toBe('step')
    expect(inspect.target).toEqual({ kind: 'preset', path: TEXTBOOK_PATH })
    expect(inspect.runId).toBeNull()
    expect(inspect.live).toBe(false)
    inspect.focus('activations', { sampleRow: 5 })
    expect(inspect.target).toEqual({ kind: 'preset', path: TEXTBOOK_PATH })
    // The textbook's dataset has one row: row 5 of another dataset falls back to it.
    const datasets = useDatasetsStore()
    datasets.datasets = [TEXTBOOK_DATA]
    datasets.select('textbook')
    expect(inspect.row).toBe(0)
    inspect.choose({ kind: 'run', runId: 'run-2' })
    expect(inspect.sampleRow).toBeNull()
  })

  it('asks main for one layer or one sample of a run, by its id', async () => {
    const inspect = useInspectStore()
    inspect.source = { kind: 'run', runId: 'run-9' }
    await inspect.layerOf(2, 7)
    await inspect.sampleOf(4)
    await inspect.batchGradientsOf(1, [4])
    expect(api.requests('inspect:layer')).toEqual([
      { runId: 'run-9', layer: 2, histogramsSince: 7 }
    ])
    expect(api.requests('inspect:sample')).toEqual([{ runId: 'run-9', row: 4 }])
    expect(api.requests('inspect:batch-gradients')).toEqual([
      { runId: 'run-9', layer: 1, rows: [4] }
    ])
  })

  it('asks every panel’s question at the epoch chosen, until it goes back to the latest', async () => {
    const inspect = useInspectStore()
    inspect.focus('step', { source: { kind: 'run', runId: 'run-9', epoch: 3 } })
    expect(inspect.epoch).toBe(3)
    await inspect.traceOf(4)
    await inspect.sampleOf(4)
    await inspect.layerOf(2)
    await inspect.batchGradientsOf(1)
    await inspect.confusionOf('validation')
    await inspect.confusionCellOf('validation', 0, 1, 0, 10)
    await inspect.diagnosticsOf()
    await inspect.gradientCheck('f64')
    expect(api.requests('inspect:trace')).toEqual([{ runId: 'run-9', epoch: 3, rows: [4] }])
    expect(api.requests('inspect:sample')).toEqual([{ runId: 'run-9', epoch: 3, row: 4 }])
    for (const channel of [
      'inspect:layer',
      'inspect:batch-gradients',
      'inspect:confusion',
      'inspect:confusion-cell',
      'inspect:diagnostics',
      'inspect:gradcheck'
    ] as const)
      expect(api.requests(channel)[0]).toMatchObject({ runId: 'run-9', epoch: 3 })
    inspect.showLatest()
    expect(inspect.target).toEqual({ kind: 'run', runId: 'run-9' })
    expect(inspect.epoch).toBeNull()
    await inspect.traceOf(4)
    expect(api.requests('inspect:trace').at(-1)).toEqual({ runId: 'run-9', rows: [4] })
  })

  it("runs a preset's gradient check and samples on the dataset's rows as written", async () => {
    const datasets = useDatasetsStore()
    datasets.datasets = [TEXTBOOK_DATA]
    datasets.select('textbook')
    const inspect = useInspectStore()
    inspect.source = { kind: 'preset', path: TEXTBOOK_PATH }
    await inspect.gradientCheck('f64')
    await inspect.sampleOf(0)
    expect(api.requests('inspect:gradcheck')).toEqual([
      { modelPath: TEXTBOOK_PATH, precision: 'f64', inputs: [[0.05, 0.1]], targets: [[0.01, 0.99]] }
    ])
    expect(api.requests('inspect:sample')).toEqual([
      { modelPath: TEXTBOOK_PATH, inputs: [0.05, 0.1] }
    ])
    await expect(inspect.layerOf(1)).rejects.toThrow('This needs a trained run')
  })
})
