import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { runReportHtml } from '../../../src/main/services/export/report'
import type { ModelFile } from '../../../src/shared/model/model-file'
import { input, model, parse, sectionTitled } from './support/report-fixture'

/**
 * The run report's weight pictures: decoded by sharp (libvips), their pixels checked against the
 * weights.
 */
describe('run report: first-layer weight pictures', () => {
  it('pictures each first-layer unit, red for positive and blue for negative weights', async () => {
    const images = [...sectionTitled('First-layer weights').querySelectorAll('img')]
    expect(images).toHaveLength(3)
    const base64 = images[0].getAttribute('src')!.replace('data:image/png;base64,', '')
    const { data, info } = await sharp(Buffer.from(base64, 'base64'))
      .raw()
      .toBuffer({ resolveWithObject: true })
    expect([info.width, info.height, info.channels]).toEqual([2, 2, 3])
    // Scaled by max |w| = 2: +2 → red, −2 → blue, 0 → white, +1 → half-faded red.
    expect([...data]).toEqual([255, 0, 0, 0, 0, 255, 255, 255, 255, 255, 128, 128])
  })

  it('pictures a three-channel image model in colour, 128 + 127·w/max|w| per channel', async () => {
    const rgbModel: ModelFile = {
      ...model,
      inputSize: 3,
      inputShape: [1, 1, 3],
      layers: [{ units: 1, activation: 'sigmoid', weights: [[1, -0.5, 0]], biases: [0] }],
      loss: 'binary-cross-entropy',
      classes: ['no', 'yes']
    }
    const rgbPage = parse(runReportHtml({ ...input, model: rgbModel }))
    const source = rgbPage.querySelector('figure.unit img')!.getAttribute('src')!
    const { data } = await sharp(Buffer.from(source.split(',')[1], 'base64'))
      .raw()
      .toBuffer({ resolveWithObject: true })
    expect([...data]).toEqual([255, 65, 128])
  })
})
