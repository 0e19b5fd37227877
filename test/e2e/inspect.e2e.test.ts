import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ModelFile } from '../../src/shared/model/model-file'
import type { RunEvaluationSummary } from '../../src/shared/model/run-page'
import { ROOT, screenshot, startHarness, type Harness } from './harness'

const FASHION_SMALL = join(ROOT, 'resources', 'samples', 'fashion-small')

/** A number as the Inspect screen writes it (4 significant digits, or 9 decimals in the step-through). */
const shown = (text: string) => Number.parseFloat(text.replace(/^=\s*/, '').replace(/,/g, ''))

/** Issue 6: the Inspect screen on a small image model trained in the lab, and on the textbook preset. */
describe('Inspect screen in the browser', () => {
  let harness: Harness
  let page: Page
  let runId: string
  let model: ModelFile
  let summary: RunEvaluationSummary
  /** The sample opened from a confusion cell: its actual and predicted class. */
  let fromCell = { actual: '', predicted: '' }
  const tab = (name: string) => page.getByRole('button', { name, exact: true }).click()

  beforeAll(async () => {
    harness = await startHarness()
    const dataset = await harness.importDataset(FASHION_SMALL)
    const outcome = await harness.train(dataset.datasetId, {
      name: 'fashion inspect',
      hidden: [16],
      epochs: 8,
      seed: 5,
      split: [0.8, 0.2]
    })
    runId = outcome.runId
    const run = harness.lab.db.runs.get(runId)!
    model = run.model!
    summary = run.summary as RunEvaluationSummary
    page = await harness.open()
    await tab('Inspect')
    await page.locator('.source-picker select').selectOption(`run:${runId}`)
  })

  afterAll(async () => {
    expect(harness?.pageErrors ?? []).toEqual([])
    await harness?.close()
  })

  it('weights: W(1) as a heatmap whose cells read the stored weights, the pictures of 16 neurons, histograms', async () => {
    await tab('Weights')
    const heatmap = page.getByRole('img', { name: 'Heatmap of W(1), 16 by 784' })
    await heatmap.waitFor()
    // The drawing inside the canvas's border.
    const box = await heatmap.evaluate((element) => {
      const outer = element.getBoundingClientRect()
      return {
        x: outer.x + element.clientLeft,
        y: outer.y + element.clientTop,
        width: element.clientWidth,
        height: element.clientHeight
      }
    })
    // The middle of cell (row 3, column 400) of a 16 × 784 drawing.
    await page.mouse.move(box.x + (400.5 / 784) * box.width, box.y + (3.5 / 16) * box.height)
    const readout = await page.locator('.matrix-heatmap .readout').first().innerText()
    expect(readout).toMatch(/^W\(1\)\[3\]\[400\] = /)
    const stored = model.layers[0].weights![3][400]
    expect(shown(readout.split('= ')[1])).toBeCloseTo(stored, 3)
    await expect
      .poll(() => page.getByRole('img', { name: '16 weight pictures of 28 by 28' }).count())
      .toBe(1)
    expect(await page.locator('.weights-panel').innerText()).toContain('Weights after epoch 8')
    await expect
      .poll(() => page.locator('.histogram-strip canvas').getAttribute('aria-label'))
      .toBe('Weight histograms of 8 epochs side by side')
    await screenshot(page, 'inspect-weights')
  })

  it('confusion matrix: the validation counts of the run, a cell opens its samples, one opens in the step-through', async () => {
    await tab('Confusion matrix')
    await page.locator('.confusion-grid').waitFor()
    const counts = await page
      .locator('.confusion-grid tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          [...row.querySelectorAll('button')].map((cell) => Number(cell.textContent))
        )
      )
    expect(counts).toEqual(summary.validation!.confusion)
    // The off-diagonal cell with the most rows (every run of this size confuses some classes).
    let best = { actual: 0, predicted: 1, count: -1 }
    counts.forEach((row, actual) =>
      row.forEach((count, predicted) => {
        if (actual !== predicted && count > best.count) best = { actual, predicted, count }
      })
    )
    expect(best.count).toBeGreaterThan(0)
    await page
      .locator(`.confusion-grid tbody tr:nth-child(${best.actual + 1}) button`)
      .nth(best.predicted)
      .click()
    const samples = page.locator('.cell-samples .sample')
    await expect.poll(() => samples.count()).toBe(Math.min(best.count, 24))
    await expect.poll(() => samples.first().locator('canvas').count()).toBe(1)
    await screenshot(page, 'inspect-confusion-cell')
    const row = Number(await samples.first().getAttribute('data-row'))
    await samples.first().getByRole('button', { name: 'Activations' }).click()
    await page.locator('.sample-facts').waitFor()
    expect(await page.locator('.row-input').inputValue()).toBe(String(row + 1))
    const facts = await page.locator('.sample-facts').innerText()
    expect(facts).toContain(className(model, best.actual))
    expect(await page.locator('.sample-facts .wrong').innerText()).toBe(
      className(model, best.predicted)
    )
    fromCell = {
      actual: className(model, best.actual),
      predicted: className(model, best.predicted)
    }
    const probabilities = await page.locator('.output-bars td.number').allInnerTexts()
    const total = probabilities.reduce((sum, text) => sum + Number.parseFloat(text), 0)
    expect(Math.abs(total - 100)).toBeLessThan(0.6)
    await screenshot(page, 'inspect-activations')
  })

  it('gradients: one norm line per layer on a log axis, and one batch’s gradient of every weight', async () => {
    await tab('Gradients')
    await page
      .getByRole('img', { name: 'Gradient norms of 2 layers per epoch, on a log scale' })
      .waitFor()
    await page.getByRole('img', { name: 'Heatmap of ∂J/∂W(1) on one batch' }).waitFor()
    expect(await page.locator('.batch-gradients').innerText()).toMatch(
      /\d+ rows at the weights of epoch 8/
    )
    await page.locator('.batch-gradients select').selectOption('sample')
    await expect
      .poll(() => page.locator('.batch-gradients').innerText())
      .toContain('1 row at the weights of epoch 8')
    await screenshot(page, 'inspect-gradients')
  })

  it('step-through: six steps, the output δ = a − y of the followed neuron, Next and the arrow keys', async () => {
    await tab('Step-through backprop')
    const where = page.locator('.where')
    await expect.poll(() => where.innerText()).toContain('Step 1 of 6')
    await expect.poll(() => page.locator('.math .value').count()).toBeGreaterThan(0)
    // The sample from the confusion cell, as the learner picked it: its picture and classes.
    const sample = page.locator('.step-sample')
    await expect.poll(() => sample.locator('canvas').count()).toBe(1)
    expect(await sample.locator('.sample-facts').innerText()).toContain(fromCell.actual)
    expect(await sample.locator('.sample-facts .wrong').innerText()).toBe(fromCell.predicted)
    // z of the followed neuron: its largest terms first, so never a black pixel's “× 0”.
    const sum = await page.locator('.math .line .expression').first().innerText()
    const terms = sum.replace(/^=\s*/, '').split(' + ').slice(0, 4)
    const sizes = terms.map((term) => {
      const [weight, input] = term.split(' × ').map((part) => Number(part.replace(/[()]/g, '')))
      return Math.abs(weight * input)
    })
    expect(sizes[0]).toBeGreaterThan(0)
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes)
    // Every label of the drawing is at least 11 px as drawn (to the rounding of its width).
    const smallest = await page.locator('.step-panel svg.diagram').evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width
      return Math.min(
        ...[...svg.querySelectorAll('text')].map(
          (text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale
        )
      )
    })
    expect(smallest).toBeGreaterThan(10.99)
    await page.getByRole('button', { name: 'Next ›' }).click()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => where.innerText()).toContain('Backward through layer 2')
    // Softmax with cross-entropy: δ(2) of the followed output is a − y, written out with its numbers.
    const delta = page.locator('.math .line').first()
    await expect.poll(() => delta.locator('.expression').count()).toBe(1)
    const [a, y] = (await delta.locator('.expression').innerText())
      .replace(/^=\s*/, '')
      .split(' - ')
      .map(Number)
    expect(shown(await delta.locator('.value').innerText())).toBeCloseTo(a - y, 8)
    expect(await page.locator('.diagram circle.neuron.lit').count()).toBeGreaterThan(1)
    await screenshot(page, 'inspect-step-through')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => where.innerText()).toContain('Step 6 of 6')
    expect(await where.innerText()).toContain('The update')
  })

  it('gradient check: every layer green under 1e-3 for this Float32 run', async () => {
    await tab('Gradient check')
    await page.getByRole('button', { name: 'Run gradient check' }).click()
    await page.locator('.verdict').waitFor()
    expect(await page.locator('.verdict').innerText()).toContain('Backprop agrees')
    expect(
      await page
        .locator('.checks tbody tr')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-verdict')))
    ).toEqual(['pass', 'pass'])
    await screenshot(page, 'inspect-gradcheck')
  })

  it('the textbook preset: its first step-through screen prints the article’s numbers', async () => {
    await tab('Data')
    await page.locator('button[data-sample="textbook"]').first().click()
    await expect.poll(() => page.locator('.top-bar .status').innerText()).toContain('textbook')
    await tab('Inspect')
    await page
      .locator('.source-picker select')
      .selectOption({ label: 'Textbook worked example (preset weights)' })
    await tab('Step-through backprop')
    const card = page.locator('.textbook-summary')
    await card.waitFor()
    const values = await card.locator('.value').allInnerTexts()
    expect(values.map((text) => text.replace(/^=\s*/, ''))).toEqual([
      '0.3775',
      '0.593269992',
      '0.596884378',
      '0.75136507',
      '0.772928465',
      '0.298371109',
      '0.082167041',
      '0.35891648',
      '0.149780716'
    ])
    expect(await card.innerText()).toContain('0.74136507 × 0.186815602 × 0.593269992')
    await screenshot(page, 'inspect-textbook')
  })
})

/** The name of class `index` of the model. */
function className(model: ModelFile, index: number): string {
  return model.classes![index]
}
