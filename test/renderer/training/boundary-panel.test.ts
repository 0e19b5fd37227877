import { mount } from '@vue/test-utils'
import type { Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { watch } from 'vue'
import type { DecisionBoundary as Boundary } from '@shared/model/live-run'
import BoundaryPanel from '@renderer/components/training/BoundaryPanel.vue'
import DecisionBoundary from '@renderer/components/training/DecisionBoundary.vue'
import { i18n } from '@renderer/i18n'
import { useTrainingStore } from '@renderer/stores/training'
import { fakeLab, type FakeLab } from '../support/fake-lab'
import { BOUNDARY, HANDLERS } from './boundary-panel-setup'
import { change, ended, epoch, pointsDataset } from './fixtures'
import { settlePromises } from '../support/settle'
import { hoveredWeights, paintedStrokes } from '../support/connection-weights'
import { capturePutImages, type CanvasLine } from '../support/canvas-images'
import { piniaWith } from '../support/pinia'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

describe('decision boundary panel', () => {
  let pinia: Pinia
  let api: FakeLab

  beforeEach(() => {
    vi.useFakeTimers()
    api = fakeLab(HANDLERS())
    pinia = piniaWith(pointsDataset())
  })

  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  const mountPanel = () =>
    mount(BoundaryPanel, {
      props: { dataset: pointsDataset() },
      global: { plugins: [pinia, i18n], stubs: { DecisionBoundary: true } }
    })

  it('draws the data’s raw points in the data’s frame, axes named after the features', async () => {
    const wrapper = mountPanel()
    await settlePromises()
    expect(api.requests('datasets:preview')).toEqual([
      { datasetId: 'd1', offset: 0, limit: 500, classIndex: undefined }
    ])
    const plot = wrapper.getComponent(DecisionBoundary)
    // No run yet: nothing is held out.
    expect(plot.props('points')).toEqual([
      { x: 0.5, y: 2, label: 0, heldOut: false },
      { x: 2.5, y: 9, label: 1, heldOut: false }
    ])
    expect(plot.props('frame')).toEqual({ xMin: -1.4, xMax: 3.4, yMin: -1, yMax: 11 })
    expect(plot.props('featureNames')).toEqual(['width', 'height'])
    expect(plot.props('classes')).toEqual(['left', 'right'])
    expect(plot.props('boundary')).toBeNull()
    expect(wrapper.text()).toContain('Appears after the first epoch.')
  })

  it('refreshes the boundary at the next frame while the run goes, and once more at its end', async () => {
    const wrapper = mountPanel()
    const training = useTrainingStore()
    await training.start()
    await settlePromises()
    api.emit('training:change', change({ epochs: [epoch(1)] }))
    // One animation frame (16 ms) later, not on a slower timer (issue 18: ≥ 20 redraws a second).
    await vi.advanceTimersByTimeAsync(20)
    expect(api.requests('training:boundary')).toEqual([
      { runId: 'r1', resolution: 60, precision: 'colour' }
    ])
    expect(wrapper.getComponent(DecisionBoundary).props('boundary')).toEqual(BOUNDARY)
    expect(wrapper.text()).toContain('after epoch 1')
    // No new epoch: the next frames ask nothing.
    await vi.advanceTimersByTimeAsync(900)
    expect(api.requests('training:boundary')).toHaveLength(1)
    api.emit('training:change', ended())
    await settlePromises()
    expect(api.requests('training:boundary')).toHaveLength(2)
    await vi.advanceTimersByTimeAsync(900)
    expect(api.requests('training:boundary')).toHaveLength(2)
  })

  /** Starts a run that reports a hundred epochs in 100 ms: main has newer weights at every frame. */
  async function startFastRun(training: ReturnType<typeof useTrainingStore>): Promise<void> {
    await training.start()
    await settlePromises()
    const epochs = (from: number) => Array.from({ length: 100 }, (_, i) => epoch(from + i))
    api.emit('training:change', change({ epochs: epochs(1) }))
    await vi.advanceTimersByTimeAsync(100)
    api.emit('training:change', change({ epochs: epochs(101) }))
  }

  it('follows a fast run at the frames, faster than its changes come, redrawing only new weights', async () => {
    let answers = 0
    // Main's newest weights: one more epoch for each answer but the third, which has no new one.
    const epochOfAnswer = () => 200 + (++answers >= 3 ? answers - 1 : answers)
    api = fakeLab({
      ...HANDLERS(),
      'training:boundary': () => ({ ...BOUNDARY, epoch: epochOfAnswer() })
    })
    pinia = piniaWith(pointsDataset())
    const wrapper = mountPanel()
    const training = useTrainingStore()
    const drawnBoundaries: Boundary[] = []
    watch(
      () => training.boundary,
      (drawn) => drawn && drawnBoundaries.push(drawn),
      { flush: 'sync' }
    )
    await startFastRun(training)
    await vi.advanceTimersByTimeAsync(20)
    const asked = api.requests('training:boundary').length
    await vi.advanceTimersByTimeAsync(12 * 17)
    // No change came meanwhile, yet main was asked again every other frame (~30 a second): as
    // often as the goal needs, and no more, so the rest of the CPU trains.
    expect(api.requests('training:boundary').length - asked).toBeGreaterThanOrEqual(5)
    expect(api.requests('training:boundary').length - asked).toBeLessThanOrEqual(7)
    // Every answer was drawn but the one with no newer epoch (it kept the drawn boundary).
    expect(drawnBoundaries).toHaveLength(answers - 1)
    expect(new Set(drawnBoundaries.map((drawn) => drawn.epoch)).size).toBe(answers - 1)
    expect(wrapper.getComponent(DecisionBoundary).props('boundary')).toBe(drawnBoundaries.at(-1))
  })

  it('asks again as soon as an answer is in at full speed, not at the frame after it', async () => {
    let answers = 0
    // Main takes 34 ms an answer (a frame is 16 ms): asking at frames only would wait for a third.
    api = fakeLab({
      ...HANDLERS(),
      'training:boundary': () =>
        new Promise<Boundary>((resolve) =>
          setTimeout(() => resolve({ ...BOUNDARY, epoch: 300 + ++answers }), 34)
        )
    })
    pinia = piniaWith(pointsDataset())
    mountPanel()
    const training = useTrainingStore()
    await startFastRun(training)
    await vi.advanceTimersByTimeAsync(100)
    const asked = api.requests('training:boundary').length
    await vi.advanceTimersByTimeAsync(34 * 12)
    expect(api.requests('training:boundary').length - asked).toBeGreaterThanOrEqual(11)
  })

  it('rings the run’s held-out points, hides them on request, and discretizes the heatmap', async () => {
    const wrapper = mount(BoundaryPanel, {
      props: { dataset: pointsDataset() },
      global: { plugins: [pinia, i18n], stubs: { DecisionBoundary: true } }
    })
    await useTrainingStore().show('r5')
    await settlePromises()
    expect(api.requests('inspect:held-out')).toEqual([{ runId: 'r5', limit: 2000 }])
    const plot = wrapper.getComponent(DecisionBoundary)
    expect(plot.props('points')).toEqual([
      { x: 0.5, y: 2, label: 0, heldOut: false },
      { x: 2.5, y: 9, label: 1, heldOut: true }
    ])
    expect(wrapper.text()).toContain('Show held-out points (1, outlined in the text colour)')
    await wrapper.get('[data-test="show-held-out"]').setValue(false)
    expect(plot.props('points')).toEqual([{ x: 0.5, y: 2, label: 0, heldOut: false }])
    expect(plot.props('discretize')).toBe(false)
    await wrapper.get('[data-test="discretize"]').setValue(true)
    expect(plot.props('discretize')).toBe(true)
  })

  it('shows a picture per neuron, in a column per layer, named for hover and screen readers', async () => {
    const picture = (layer: number, unit: number) => ({
      layer,
      unit,
      activation: 'tanh' as const,
      resolution: 1,
      values: [0.5]
    })
    api = fakeLab({
      ...HANDLERS(),
      'training:boundary': () => ({
        ...BOUNDARY,
        neurons: [picture(1, 0), picture(1, 1), picture(1, 2), picture(2, 0)],
        weights: [
          [
            [0.5, -1],
            [2, 0],
            [-4, 0.25]
          ],
          [[1, -0.5, 3]]
        ]
      })
    })
    const painted = new Map<HTMLCanvasElement, CanvasLine[]>()
    capturePutImages(painted)
    const wrapper = mount(BoundaryPanel, {
      props: { dataset: pointsDataset() },
      global: { plugins: [pinia, i18n], stubs: { DecisionBoundary: true } }
    })
    await useTrainingStore().show('r5')
    await settlePromises()
    const columns = wrapper.findAll('.neurons .layer')
    expect(columns.map((column) => column.findAll('canvas').length)).toEqual([3, 1])
    expect(columns.map((column) => column.find('span').text())).toEqual(['Layer 1', 'Layer 2'])
    expect(wrapper.findAll('.neurons .layer canvas')[1].attributes('aria-label')).toBe(
      'Layer 1, neuron 2 (tanh)'
    )
    // The inputs come first, named after the features.
    expect(wrapper.findAll('.neurons .inputs canvas').map((c) => c.attributes('title'))).toEqual([
      'width',
      'height'
    ])
    // A line per weight: thickness by |w| against the largest (4), colour by sign, exact on hover.
    const lines = wrapper.findAll('.connection')
    expect(lines).toHaveLength(9)
    const weights = await hoveredWeights(wrapper)
    await settlePromises()
    const strokes = paintedStrokes(wrapper, painted)
    const stroke = (weight: number) => strokes[weights.indexOf(weight)]
    expect(stroke(-4).width).toBe(6)
    expect(stroke(2).width).toBeCloseTo(0.5 + 5.5 * 0.5, 12)
    expect(stroke(0.25).width).toBeLessThan(stroke(0.5).width)
    expect(stroke(-4).color).toBe('rgb(47, 111, 237)')
    expect(stroke(3).color).toMatch(/^rgb\(2\d\d, 1\d\d, \d+\)$/)
    // A line's tooltip is written when the pointer is on it (not 88 of them for every redraw).
    expect(lines[1].find('title').exists()).toBe(false)
    await lines[1].trigger('mouseenter')
    expect(lines[1].get('title').text()).toBe('Weight from height to layer 1, neuron 1: -1')
    const fromNeuron = lines[weights.indexOf(3)]
    await fromNeuron.trigger('mouseenter')
    expect(fromNeuron.get('title').text()).toBe(
      'Weight from layer 1, neuron 3 to layer 2, neuron 1: 3'
    )
    expect(lines[1].find('title').exists()).toBe(false)
    expect(wrapper.get('[data-test="weight-readout"]').text()).toBe(
      'Weight from layer 1, neuron 3 to layer 2, neuron 1: 3'
    )
  })

  it('draws a finished run’s boundary again after a reload (the run remembered is shown stored)', async () => {
    const wrapper = mountPanel()
    await useTrainingStore().show('r5')
    await settlePromises()
    expect(api.requests('training:boundary')).toEqual([
      { runId: 'r5', resolution: 60, precision: 'colour' }
    ])
    expect(wrapper.getComponent(DecisionBoundary).props('boundary')).toEqual(BOUNDARY)
    await vi.advanceTimersByTimeAsync(900)
    expect(api.requests('training:boundary')).toHaveLength(1)
  })
})
