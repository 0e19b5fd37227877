import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import NeuronPictures from '@renderer/components/training/NeuronPictures.vue'
import { i18n } from '@renderer/i18n'
import { capturePutImages } from '../support/canvas-images'
import { hoveredWeights } from '../support/connection-weights'
import { probabilityColor } from '@renderer/lib/training/boundary-drawing'
import type { ModelFile } from '@shared/model/model-file'
import { decisionBoundary } from '../../../src/main/services/training/decision-boundary'
import { PLANE_DATASET as DATASET } from '../../support/plane-model'

/** A 3-input model that computes x, x² and sin x from the raw (x, y), every number chosen. */
const FEATURE_MODEL: ModelFile = {
  format: 'backprop-lab/model',
  formatVersion: 1,
  inputSize: 3,
  inputFeatures: ['x', 'x2', 'sinx'],
  layers: [
    {
      units: 2,
      activation: 'tanh',
      weights: [
        [1, 0.5, -1],
        [0.25, 2, 0.75]
      ],
      biases: [0.1, -0.3]
    },
    { units: 1, activation: 'sigmoid', weights: [[2, -1.5]], biases: [0.2] }
  ],
  loss: 'binary-cross-entropy'
}

/** The features by hand at (x, y). */
const BY_HAND = [(x: number) => x, (x: number) => x * x, (x: number) => Math.sin(x)]

/**
 * Issue 18: a run with input features draws one input picture per feature (each f(x, y) over
 * the plot, by hand here), named after it, with the first layer's lines from each; before, the
 * drawing had room for x and y only and failed on the third input's lines.
 */
describe('the live network drawing of a model with input features', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  it('draws each feature as an input, with the lines from it', async () => {
    const drawn = capturePutImages()
    const boundary = decisionBoundary(FEATURE_MODEL, DATASET, 10, 1)!
    expect(boundary.inputFeatures).toEqual(['x', 'x2', 'sinx'])
    const wrapper = mount(NeuronPictures, {
      props: {
        neurons: boundary.neurons,
        weights: boundary.weights,
        featureNames: ['x', 'y'],
        inputs: { features: boundary.inputFeatures!, frame: boundary }
      },
      global: { plugins: [i18n] }
    })
    await wrapper.vm.$nextTick()
    await wrapper.vm.$nextTick()
    const inputs = wrapper.findAll('.inputs canvas')
    expect(inputs.map((canvas) => canvas.attributes('aria-label'))).toEqual(['x', 'x²', 'sin x'])
    expect(wrapper.findAll('.layer canvas')).toHaveLength(3)
    expect(await hoveredWeights(wrapper)).toEqual([1, 0.5, -1, 0.25, 2, 0.75, 2, -1.5])
    await wrapper.findAll('.connection')[2].trigger('mouseenter')
    expect(wrapper.findAll('.connection')[2].get('title').text()).toMatch(/^Weight from sin x /)

    // Each input picture: f(x, y) at the cell centres over the plot (rows top down), scaled by
    // its largest |f|, on the pictures' blue–white–orange scale.
    const n = boundary.neurons[0].resolution
    const { xMin, xMax } = boundary
    inputs.forEach((canvas, input) => {
      const values = Array.from({ length: n * n }, (_, cell) =>
        BY_HAND[input](xMin + (((cell % n) + 0.5) / n) * (xMax - xMin))
      )
      const largest = Math.max(...values.map(Math.abs))
      const image = drawn.get(canvas.element as HTMLCanvasElement)!
      for (let imageRow = 0; imageRow < n; imageRow++) {
        for (let column = 0; column < n; column++) {
          const value = values[(n - 1 - imageRow) * n + column]
          const expected = probabilityColor(0.5 + (0.5 * value) / largest)
          const offset = (imageRow * n + column) * 4
          Array.from(image.data.subarray(offset, offset + 3)).forEach((channel, k) =>
            expect(Math.abs(channel - expected[k])).toBeLessThanOrEqual(1)
          )
        }
      }
    })
  })
})
