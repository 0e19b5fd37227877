import ort from 'onnxruntime-node'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportModel } from '../../../src/main/services/export'
import { predictRows } from '../../../src/main/services/predict'
import { loadExportCases } from './support/cases'
import { rawInputSize } from '../../../src/shared/model/input-features'
import { expectOutputsClose } from './support/compare'
import { temporaryFolders } from './support/folders'
import { runPythonPeer } from './support/python'

/**
 * The ONNX export against its real consumers: onnxruntime-node (its CPU runtime ships in the npm
 * package) runs every exported model on real raw samples and must give `predict`'s outputs, and
 * Debian's onnx 1.12 checker (full_check, strict shape inference) must accept every file.
 */
const cases = await loadExportCases()
const folder = temporaryFolders('onnx')
const paths: string[] = []

interface CheckerResult {
  error: string | null
  irVersion: number
  opsets: Record<string, number>
  metadata: Record<string, string>
  inputs: { name: string; dims: (string | number)[] }[]
  outputs: { name: string; dims: (string | number)[] }[]
  ops: string[]
}

beforeAll(async () => {
  for (const exportCase of cases) {
    const result = await exportModel({
      model: exportCase.model,
      format: 'onnx',
      outDir: folder(exportCase.name),
      referenceInputs: exportCase.samples
    })
    paths.push(join(result.outDir, 'model.onnx'))
  }
})

describe('ONNX export run by onnxruntime-node', () => {
  cases.forEach((exportCase, index) => {
    it(`matches predict on real samples: ${exportCase.name}`, async () => {
      const { model, samples } = exportCase
      const session = await ort.InferenceSession.create(paths[index])
      expect(session.inputNames).toEqual(['input'])
      expect(session.outputNames).toEqual(['output'])
      const input = new ort.Tensor('float32', Float32Array.from(samples.flat()), [
        samples.length,
        rawInputSize(model)
      ])
      const { output } = await session.run({ input })
      expect(output.dims).toEqual([samples.length, model.layers[model.layers.length - 1].units])
      expectOutputsClose(
        output.data as Float32Array,
        predictRows(model, samples).outputs,
        exportCase.name
      )
    })
  })
})

describe("ONNX export read by Debian's onnx checker", () => {
  it('passes check_model(full_check=True) with IR 8, opset 17, named input/output and metadata', () => {
    const { results } = runPythonPeer<{ results: CheckerResult[] }>('onnx-check.py', { paths })
    results.forEach((result, index) => {
      const { model, name } = cases[index]
      const outputUnits = model.layers[model.layers.length - 1].units
      expect(result.error, name).toBeNull()
      expect(result.irVersion, name).toBe(8)
      expect(result.opsets, name).toEqual({ '': 17 })
      expect(result.inputs, name).toEqual([{ name: 'input', dims: ['N', rawInputSize(model)] }])
      expect(result.outputs, name).toEqual([{ name: 'output', dims: ['N', outputUnits] }])
      expect(
        result.ops.filter((op) => op === 'Gemm'),
        name
      ).toHaveLength(model.layers.length)
      expect(JSON.parse(result.metadata.classes), name).toEqual(model.classes ?? null)
      expect(JSON.parse(result.metadata.targets), name).toEqual(model.targets ?? null)
      expect(JSON.parse(result.metadata.preprocessing), name).toEqual(model.preprocessing ?? null)
      expect(JSON.parse(result.metadata.input_shape), name).toEqual(
        model.inputShape ?? [rawInputSize(model)]
      )
      expect(JSON.parse(result.metadata.input_features), name).toEqual(model.inputFeatures ?? null)
    })
  })
})
