import { afterEach, expect, it, vi } from 'vitest'
import { irisConfig, irisLab } from './support/iris-lab'

/**
 * Issue 17: naming a new run read every stored run whole, each finished one's model JSON parsed
 * (weights as text, 2–3 MB for a 784-128-64-10 network), only to compare names and settings: in
 * the memory benchmark the run before it added that to the peak of Fashion-MNIST's run, and a
 * lab with a hundred runs would parse a hundred models to start one. Only the names and settings
 * of the dataset's runs are read now; the names are as before.
 */
const { lab, datasetId } = irisLab()

afterEach(() => vi.restoreAllMocks())

it('names a new run from the earlier runs without parsing their models', async () => {
  const config = (learningRate: number) => irisConfig({ epochs: 2, learningRate, seed: 1 })
  const start = (learningRate: number) =>
    lab().training.start({
      datasetId: datasetId(),
      config: config(learningRate),
      initialModel: null
    })
  const first = start(0.1)
  await first.finished
  const second = start(0.1)
  await second.finished
  expect(lab().runs.get(second.runId).model).not.toBeNull()
  const parse = vi.spyOn(JSON, 'parse')
  const third = start(0.01)
  const parsed = parse.mock.calls.map(([text]) => String(text))
  parse.mockRestore()
  await third.finished
  expect(parsed.filter((text) => text.includes('backprop-lab/model'))).toEqual([])
  const names = [first, second, third].map(({ runId }) => lab().runs.get(runId).name)
  expect(names[1]).toBe(`${names[0]} #2`)
  expect(names[2]).toBe(`${names[0]} · lr 0.01`)
})
