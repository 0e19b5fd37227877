import type { ModelFile } from './model-file'

/** The formats `export MODEL --format … --out DIR` and the app's Export menu write (CONTRACTS.md section 3). */
export const EXPORT_FORMATS = ['onnx', 'tfjs', 'pytorch', 'numpy', 'json'] as const
/** One of EXPORT_FORMATS. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** What the app's Export menu wrote. */
export interface ExportOutcome {
  format: ExportFormat
  /** The folder written, on the machine running main (a new subfolder named after the run and format). */
  folder: string
  /** Names of the files inside the folder, README first. */
  files: string[]
  /** Browser mode: where the host offers the folder as a zip (same origin, token-checked); null in the desktop app. */
  download: string | null
}

/** A run's lab report: one self-contained HTML page and the file name to save it under. */
export interface RunReport {
  fileName: string
  html: string
}

/** A model file opened in the app (validated by main). */
export interface OpenedModel {
  /** The file's name, e.g. `model.model.json`. */
  name: string
  model: ModelFile
}

/** The outputs of a model for raw input rows (the CLI's `predict --json`). */
export interface ModelPrediction {
  /** The output layer's activations for each input row. */
  outputs: number[][]
  /** The model's class names, or null for regression. */
  classes: string[] | null
  /** The predicted class name (or index, for a model without names) per row, or null for regression. */
  predicted: (string | number)[] | null
}

/**
 * A name made safe as a file or folder name on every desktop system: characters that are not
 * allowed (or awkward) become `-`, runs of them collapse, and it is never empty or a dot name.
 */
export function safeFileName(name: string, fallback = 'run'): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"/\\|?*]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/-{2,}/g, '-')
    .trim()
    .replace(/^[.\s-]+|[.\s-]+$/g, '')
    .slice(0, 120)
  return cleaned === '' ? fallback : cleaned
}
