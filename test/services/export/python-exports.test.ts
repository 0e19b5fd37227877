import { copyFile, cp, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportModel } from '../../../src/main/services/export'
import type { ModelFile } from '../../../src/shared/model/model-file'
import { predictRows } from '../../../src/main/services/predict'
import { loadExportCases, type ExportCase } from './support/cases'
import { expectOutputsClose } from './support/compare'
import { temporaryFolders } from './support/folders'
import { runPython, runPythonPeer, type PythonRun } from './support/python'

/**
 * The PyTorch and NumPy exports against their real consumer, Debian's python3 with python3-torch
 * and python3-numpy: each folder's own check.py must pass (model.py + weights.npz reproduce the
 * lab's outputs on real samples), and must fail, naming the difference, once weights.npz holds a
 * changed weight or is damaged. The checks run in one Python process (peers/run-checks.py runs
 * each check.py as a script); a few run as `python3 check.py` to prove the exit codes.
 */
const cases = await loadExportCases()
const folder = temporaryFolders('python')
const FORMATS = ['pytorch', 'numpy'] as const

/** Export folders per format, in case order. */
const exported: Record<(typeof FORMATS)[number], string[]> = { pytorch: [], numpy: [] }
/** Folders whose weights.npz was swapped for one with a changed weight, or damaged. */
const broken: { name: string; folder: string }[] = []

/** The case's model with its output layer's first bias moved by +1 (visible in every output kind). */
function withChangedBias(model: ModelFile): ModelFile {
  const layers = model.layers.map((layer, index) =>
    index === model.layers.length - 1
      ? { ...layer, biases: layer.biases!.map((bias, unit) => (unit === 0 ? bias + 1 : bias)) }
      : layer
  )
  return { ...model, layers }
}

async function exportCase(
  exportCase: ExportCase,
  format: 'pytorch' | 'numpy',
  model = exportCase.model
): Promise<string> {
  const result = await exportModel({
    model,
    format,
    outDir: folder(`${format}-${exportCase.name}`),
    referenceInputs: exportCase.samples
  })
  return result.outDir
}

beforeAll(async () => {
  for (const format of FORMATS) {
    for (const each of cases) exported[format].push(await exportCase(each, format))
  }
  // Cases with softmax, sigmoid and linear outputs, where a bias change moves every output.
  for (const index of [0, 6, 10, 12]) {
    for (const format of FORMATS) {
      const good = exported[format][index]
      const changed = await exportCase(cases[index], format, withChangedBias(cases[index].model))
      const copy = folder(`broken-${format}-${index}`)
      await cp(good, copy, { recursive: true })
      await copyFile(join(changed, 'weights.npz'), join(copy, 'weights.npz'))
      broken.push({ name: `${format}: ${cases[index].name}, changed bias`, folder: copy })
    }
  }
  const damaged = folder('damaged-pytorch')
  await cp(exported.pytorch[0], damaged, { recursive: true })
  await writeFile(join(damaged, 'weights.npz'), 'not a zip archive')
  broken.push({ name: 'pytorch: damaged weights.npz', folder: damaged })
})

// The batched run happens on first use inside a test, so a missing module fails the tests.
let checkRuns: PythonRun[] | undefined
function checks(): PythonRun[] {
  checkRuns ??= runPythonPeer<{ results: PythonRun[] }>('run-checks.py', {
    folders: [...exported.pytorch, ...exported.numpy, ...broken.map((each) => each.folder)]
  }).results
  return checkRuns
}

describe('exported check.py under /usr/bin/python3', () => {
  FORMATS.forEach((format, formatIndex) => {
    it(`passes for every ${format} export`, () => {
      cases.forEach((each, index) => {
        const run = checks()[formatIndex * cases.length + index]
        expect(run.stderr, `${format}: ${each.name}`).toBe('')
        expect(run.status, `${format}: ${each.name}`).toBe(0)
        expect(run.stdout).toMatch(/^OK: the outputs for 6 samples match Backprop Lab within 1e-05/)
      })
    })
  })

  it('fails with the worst difference when a weight in weights.npz is changed, or the file is damaged', () => {
    broken.forEach((each, index) => {
      const run = checks()[FORMATS.length * cases.length + index]
      expect(run.status, each.name).toBe(1)
      const expected = each.name.includes('damaged')
        ? /^check failed: model.py could not run with weights.npz: /
        : /^check failed: sample \d+, output \d+: model.py gives .+, Backprop Lab gave .+ \(tolerance 1e-05\)/
      expect(run.stderr, each.name).toMatch(expected)
    })
  })

  it('exits 0 and 1 as a script run from another folder, and model.py prints the outputs of a raw row', () => {
    const passing = runPython([join(exported.numpy[0], 'check.py')], { cwd: '/' })
    expect(passing.status, passing.stderr).toBe(0)
    const failing = runPython([join(broken[0].folder, 'check.py')], { cwd: '/' })
    expect(failing.status).toBe(1)
    expect(failing.stderr).toMatch(/^check failed: sample/)

    const { model, samples } = cases[0]
    const printed = runPython([join(exported.pytorch[0], 'model.py'), samples[0].join(',')], {
      cwd: '/'
    })
    expect(printed.status, printed.stderr).toBe(0)
    const [outputsLine, classLine] = printed.stdout.trim().split('\n')
    const prediction = predictRows(model, [samples[0]])
    expectOutputsClose(
      JSON.parse(outputsLine.replace('outputs: ', '')) as number[],
      prediction.outputs,
      'model.py'
    )
    expect(classLine).toBe(`class: ${prediction.predicted![0]}`)
  })
})
