import { join, resolve } from 'node:path'
import { ENGINE_VERSION } from '../../engine'
import type { ModelFile } from '../../../shared/model/model-file'
import { parseModelFile } from '../../../shared/validation/model-file'
import { exportLayers, type ExportLayer } from './export-layers'
import type { ExportFile, ExportRequest, ExportResult } from './export-request'
import { assertFiniteParameters } from './guards'
import { writeFolderAtOnce } from './output-folder'
import { jsonFiles } from './json'
import { onnxFiles } from './onnx'
import { numpyFiles, pytorchFiles } from './python-exports'
import { readme } from './readme'
import { referenceSamples, type ReferenceSamples } from './reference'
import { tfjsFiles } from './tfjs'

export { EXPORT_FORMATS } from './export-request'
export type {
  ExportData,
  ExportFormat,
  ExportRequest,
  ExportResult,
  ExportTraining
} from './export-request'

/**
 * Writes a model for other tools (`export MODEL --format … --out DIR`, and the app's Export
 * menu). Every format takes the same raw inputs as `predict` and gives the same outputs; the
 * folder gets a README. Throws UserError for a model with NaN or infinite weights, an invalid
 * model, or an output folder that is not empty. Nothing is written before all files are built,
 * and the folder appears complete or not at all.
 */
export async function exportModel(request: ExportRequest): Promise<ExportResult> {
  assertFiniteParameters(request.model)
  const model = parseModelFile(request.model)
  const layers = exportLayers(model)
  const reference = referenceSamples(model, request.referenceInputs)
  const files = formatFiles(request, model, layers, reference)
  const readmeFile: ExportFile = {
    name: 'README.md',
    contents: readme({ ...request, model, layers, files, reference, version: ENGINE_VERSION }),
    description: 'this file'
  }

  const outDir = resolve(request.outDir)
  await writeFolderAtOnce(outDir, [readmeFile, ...files])
  return {
    format: request.format,
    outDir,
    files: [readmeFile, ...files].map((file) => join(outDir, file.name))
  }
}

/** The format's own files (everything but the README). */
function formatFiles(
  request: ExportRequest,
  model: ModelFile,
  layers: ExportLayer[],
  reference: ReferenceSamples
): ExportFile[] {
  switch (request.format) {
    case 'onnx':
      return onnxFiles(model, layers, ENGINE_VERSION)
    case 'tfjs':
      return tfjsFiles(model, layers, ENGINE_VERSION)
    case 'pytorch':
      return pytorchFiles(model, layers, reference, request.training, request.data)
    case 'numpy':
      return numpyFiles(model, layers, reference)
    case 'json':
      return jsonFiles(model, layers)
  }
}
