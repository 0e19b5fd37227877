import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import NeuronPictures from '@renderer/components/training/NeuronPictures.vue'
import { i18n } from '@renderer/i18n'
import { capturePutImages, type CanvasLine } from '../support/canvas-images'
import { hoveredWeights, paintedStrokes } from '../support/connection-weights'
import { formatExact } from '@renderer/lib/inspect/number-format'
import { probabilityColor } from '@renderer/lib/training/boundary-drawing'
import { decisionBoundary } from '../../../src/main/services/training/decision-boundary'
import { PLANE_DATASET as DATASET, PLANE_MODEL as MODEL } from '../../support/plane-model'

/** Each neuron's output at (x, y), computed here by hand. */
function forwardByHand(x: number, y: number): number[] {
  const h1 = Math.tanh(1.5 * x - 0.5 * y + 0.1)
  const h2 = Math.tanh(0.25 * x + 2 * y - 0.3)
  return [h1, h2, 1 / (1 + Math.exp(-(2 * h1 - 1.5 * h2 + 0.2)))]
}

/** The known model's live drawing, mounted and drawn. */
async function mountKnownModel() {
  const boundary = decisionBoundary(MODEL, DATASET, 10, 1)!
  const wrapper = mount(NeuronPictures, {
    props: { neurons: boundary.neurons, weights: boundary.weights, featureNames: ['x', 'y'] },
    global: { plugins: [i18n] }
  })
  await wrapper.vm.$nextTick()
  await wrapper.vm.$nextTick()
  return { boundary, wrapper }
}

/**
 * Issue 18: the live drawing of a known tiny model. Every neuron's canvas holds, pixel for pixel,
 * the colour of that neuron's output computed by hand at the cell's centre (tanh units scaled by
 * their largest |a|, the sigmoid on P's own scale; image rows top down), and every line carries
 * the model's own weight.
 */
describe('the live network drawing of a known model', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  it('draws each neuron’s forward pass and each weight', async () => {
    const drawn = capturePutImages()
    const { boundary, wrapper } = await mountKnownModel()
    const n = boundary.neurons[0].resolution
    const [xMin, xMax, yMin, yMax] = [-1.4, 3.4, -2.4, 2.4]
    const byHand = Array.from({ length: n * n }, (_, cell) => {
      const [row, column] = [Math.floor(cell / n), cell % n]
      return forwardByHand(
        xMin + ((column + 0.5) / n) * (xMax - xMin),
        yMin + ((row + 0.5) / n) * (yMax - yMin)
      )
    })
    const canvases = wrapper.findAll('.layer canvas').map((c) => c.element as HTMLCanvasElement)
    expect(canvases).toHaveLength(3)
    canvases.forEach((canvas, unit) => {
      const values = byHand.map((outputs) => outputs[unit])
      const largest = Math.max(...values.map(Math.abs))
      const position = (a: number) => (unit === 2 ? a : 0.5 + (0.5 * a) / largest)
      const image = drawn.get(canvas)!
      expect([image.width, image.height]).toEqual([n, n])
      for (let imageRow = 0; imageRow < n; imageRow++) {
        for (let column = 0; column < n; column++) {
          const expected = probabilityColor(position(values[(n - 1 - imageRow) * n + column]))
          const offset = (imageRow * n + column) * 4
          const pixel = Array.from(image.data.subarray(offset, offset + 3))
          // Within 1 of 255: the drawing's values are the engine's Float64 forward pass.
          pixel.forEach((channel, k) =>
            expect(Math.abs(channel - expected[k])).toBeLessThanOrEqual(1)
          )
        }
      }
    })
    expect(await hoveredWeights(wrapper)).toEqual([1.5, -0.5, 0.25, 2, 2, -1.5])
  })

  it('changes no element of the drawing for new pictures and weights; paints the lines', async () => {
    const painted = new Map<HTMLCanvasElement, CanvasLine[]>()
    capturePutImages(painted)
    const { boundary, wrapper } = await mountKnownModel()
    // Every element, attribute (style included) or text written in the drawing from now on:
    // before, each redraw patched the canvases' styles and rewrote the lines whose stroke changed.
    const writes: string[] = []
    const observer = new MutationObserver((records) =>
      records.forEach((record) => writes.push(`${record.type} ${record.attributeName ?? ''}`))
    )
    observer.observe(wrapper.get('.drawing').element, {
      attributes: true,
      childList: true,
      characterData: true,
      subtree: true
    })
    // Two redraws: every weight nudged, and the first weight halved (its line grows thinner).
    const changed = (step: number) =>
      boundary.weights!.map((matrix, l) =>
        matrix.map((row, to) =>
          row.map((w, from) => (l + to + from === 0 ? w / 2 : w) + step * 2e-5)
        )
      )
    const before = paintedStrokes(wrapper, painted)
    for (const step of [1, 2]) {
      await wrapper.setProps({ neurons: [...boundary.neurons], weights: changed(step) })
      await wrapper.vm.$nextTick()
    }
    await new Promise((resolve) => setTimeout(resolve, 0))
    observer.disconnect()
    expect(writes).toEqual([])
    const after = paintedStrokes(wrapper, painted)
    expect(after[0].width).toBeLessThan(before[0].width)
    expect(after.slice(1)).toEqual(before.slice(1))
    // The hover still reads the newest weight, exactly.
    const newest = changed(2).flat(2)
    expect(await hoveredWeights(wrapper)).toEqual(newest.map((w) => Number(formatExact(w))))
  })

  it('draws nothing while off screen, and the newest pictures and lines when back', async () => {
    const painted = new Map<HTMLCanvasElement, CanvasLine[]>()
    const drawn = capturePutImages(painted)
    const seen: ((entries: { isIntersecting: boolean }[]) => void)[] = []
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
          seen.push(callback)
        }
        observe(): void {}
        disconnect(): void {}
      }
    )
    const { boundary, wrapper } = await mountKnownModel()
    expect(drawn.size).toBe(5)
    const strokes = () => paintedStrokes(wrapper, painted).map((line) => line.color)
    const shownStrokes = strokes()
    const onScreen = async (isIntersecting: boolean) => {
      seen.at(-1)?.([{ isIntersecting }])
      await wrapper.vm.$nextTick()
      await wrapper.vm.$nextTick()
    }
    await onScreen(false)
    drawn.clear()
    // Every neuron's picture and every weight flip sign while the drawing is scrolled away.
    const flipped = {
      neurons: boundary.neurons.map((p) => ({ ...p, values: p.values.map((v) => -v) })),
      weights: boundary.weights!.map((matrix) => matrix.map((row) => row.map((w) => -w)))
    }
    await wrapper.setProps(flipped)
    await wrapper.vm.$nextTick()
    expect(drawn.size).toBe(0)
    expect(strokes()).toEqual(shownStrokes)
    await onScreen(true)
    const canvases = wrapper.findAll('.layer canvas').map((c) => c.element as HTMLCanvasElement)
    expect(canvases.map((canvas) => drawn.has(canvas))).toEqual([true, true, true])
    strokes().forEach((stroke, k) => expect(stroke).not.toBe(shownStrokes[k]))
    expect(await hoveredWeights(wrapper)).toEqual(flipped.weights.flat(2))
  })

  it('keeps each neuron’s name while new pictures arrive, and renames it in another language', async () => {
    capturePutImages()
    const boundary = decisionBoundary(MODEL, DATASET, 10, 1)!
    const wrapper = mount(NeuronPictures, {
      props: { neurons: boundary.neurons, weights: boundary.weights, featureNames: ['x', 'y'] },
      global: { plugins: [i18n] }
    })
    const names = () => wrapper.findAll('.layer canvas').map((canvas) => canvas.attributes('title'))
    const english = names()
    await wrapper.setProps({ neurons: decisionBoundary(MODEL, DATASET, 10, 2)!.neurons })
    expect(names()).toEqual(english)
    try {
      i18n.global.locale.value = 'zh-CN'
      await wrapper.vm.$nextTick()
      expect(names()).not.toEqual(english)
      expect(names()[0]).toMatch(/[\u4e00-\u9fff]/)
    } finally {
      i18n.global.locale.value = 'en'
    }
  })
})
