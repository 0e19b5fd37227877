import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import DecisionBoundary from '@renderer/components/training/DecisionBoundary.vue'
import { themeRevision } from '@renderer/composables/appearance'
import { i18n } from '@renderer/i18n'
import type { DecisionBoundary as Boundary } from '@shared/model/live-run'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/** A boundary of `epoch` over the unit square, P = 0.5 everywhere. */
const boundaryAt = (epoch: number): Boundary => ({
  xMin: 0,
  xMax: 1,
  yMin: 0,
  yMax: 1,
  resolution: 2,
  values: [0.5, 0.5, 0.5, 0.5],
  kind: 'probability',
  epoch,
  neurons: []
})

describe('the live boundary’s redraws (issue 18: ≥ 20 a second)', () => {
  /** The plot's background fills, in order; images copied and circles drawn onto any canvas. */
  let fills: string[]
  let copies: number
  let circles: number
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] })
    fills = []
    copies = circles = 0
    const context = {
      fillStyle: '',
      setTransform() {},
      fillRect() {
        fills.push(this.fillStyle)
      },
      putImageData() {},
      drawImage() {
        copies++
      },
      beginPath() {},
      arc() {
        circles++
      },
      fill() {},
      stroke() {}
    }
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as never)
    vi.stubGlobal(
      'ImageData',
      class {
        constructor(readonly data: Uint8ClampedArray) {}
      }
    )
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  const mountPlot = () =>
    mount(DecisionBoundary, {
      props: {
        boundary: boundaryAt(1),
        frame: { xMin: 0, xMax: 1, yMin: 0, yMax: 1 },
        points: [{ x: 0.5, y: 0.5, label: 0, heldOut: false }],
        classes: ['a', 'b'],
        featureNames: ['x', 'y']
      },
      global: { plugins: [i18n] }
    })

  it('reads the palette once per theme, not at every redraw', async () => {
    const styles = vi.spyOn(window, 'getComputedStyle')
    const wrapper = mountPlot()
    await vi.advanceTimersByTimeAsync(20)
    const afterFirst = styles.mock.calls.length
    expect(fills).toHaveLength(1)
    for (let epoch = 2; epoch <= 21; epoch++) {
      await wrapper.setProps({ boundary: boundaryAt(epoch) })
      await vi.advanceTimersByTimeAsync(20)
    }
    expect(fills).toHaveLength(21)
    // Twenty redraws, and the page's styles never worked out again for them.
    expect(styles.mock.calls.length).toBe(afterFirst)
    // A change of theme reads the colours again (and redraws).
    themeRevision.value++
    await vi.advanceTimersByTimeAsync(20)
    expect(fills).toHaveLength(22)
    expect(styles.mock.calls.length).toBeGreaterThan(afterFirst)
    wrapper.unmount()
  })

  it('copies only the heatmap at a redraw: the points stay on their own canvas', async () => {
    const wrapper = mountPlot()
    await vi.advanceTimersByTimeAsync(20)
    const [copiesFirst, circlesFirst] = [copies, circles]
    for (let epoch = 2; epoch <= 21; epoch++) {
      await wrapper.setProps({ boundary: boundaryAt(epoch) })
      await vi.advanceTimersByTimeAsync(20)
    }
    expect(fills).toHaveLength(21)
    // One copy a redraw (the heatmap's cells scaled onto the plot); before, a second one of the
    // points' layer onto the plot: 40.
    expect(copies - copiesFirst).toBe(20)
    expect(circles).toBe(circlesFirst)
    expect(wrapper.findAll('canvas')).toHaveLength(2)
    wrapper.unmount()
  })
})
