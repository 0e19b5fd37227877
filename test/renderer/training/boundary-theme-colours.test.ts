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
  /** The plot's background fills, in order. */
  let fills: string[]
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] })
    fills = []
    const context = {
      fillStyle: '',
      setTransform() {},
      fillRect() {
        fills.push(this.fillStyle)
      },
      putImageData() {},
      drawImage() {},
      beginPath() {},
      arc() {},
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

  it('reads the palette once per theme, not at every redraw', async () => {
    const styles = vi.spyOn(window, 'getComputedStyle')
    const wrapper = mount(DecisionBoundary, {
      props: {
        boundary: boundaryAt(1),
        frame: { xMin: 0, xMax: 1, yMin: 0, yMax: 1 },
        points: [{ x: 0.5, y: 0.5, label: 0, heldOut: false }],
        classes: ['a', 'b'],
        featureNames: ['x', 'y']
      },
      global: { plugins: [i18n] }
    })
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
})
