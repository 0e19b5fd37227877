import type { DatasetSummary } from '../../../shared/model/dataset'
import type { ModelFile } from '../../../shared/model/model-file'
import { finalFigures } from '../../../shared/model/final-figures'
import type { RunDetail } from '../../../shared/model/run'
import type { RunEvaluationSummary } from '../../../shared/model/run-page'
import { architectureLine, preprocessingFormula } from './describe'
import { exportLayers } from './export-layers'
import { lineChart } from './report-charts'
import {
  confusionTable,
  dataTable,
  escapeHtml,
  formatNumber,
  keyValueTable,
  type ConfusionMatrix
} from './report-tables'
import { weightPictures } from './report-weights'
import { textOf } from '../../../shared/messages'

export type { ConfusionMatrix } from './report-tables'

/** Everything the lab report of one run is made from (plain data; the caller reads it from the store). */
export interface RunReportInput {
  /** `run ID`: status, config (defaults filled in), seed, data hash, engine version, metrics. */
  run: RunDetail
  /** The dataset the run trained on. */
  dataset: Pick<
    DatasetSummary,
    'datasetId' | 'name' | 'kind' | 'source' | 'rows' | 'features' | 'inputShape' | 'classes'
  >
  /** The trained model (architecture, weights, preprocessing). */
  model: ModelFile
  /** Counts of true × predicted classes on a split, for classifiers; omit for regression. */
  confusion?: ConfusionMatrix | null
  /** The final evaluation (its test figures are reported), if the run has one. */
  summary?: RunEvaluationSummary | null
}

const TRAIN_COLOUR = '#1f77b4'
const VALIDATION_COLOUR = '#d95f02'

/**
 * The lab report of a run: one self-contained HTML page (inline CSS and SVG, pictures as data
 * URIs, no scripts, nothing fetched) with the run's configuration, seed and data hash, loss and
 * accuracy curves, the per-epoch numbers, the confusion matrix, first-layer weight pictures for
 * image models, and the command that trains the same run again.
 */
export function runReportHtml(input: RunReportInput): string {
  const { run, model } = input
  const accuracyCurves = [
    {
      name: 'train accuracy',
      colour: TRAIN_COLOUR,
      values: run.metrics.map((epoch) => epoch.trainAccuracy)
    },
    {
      name: 'validation accuracy',
      colour: VALIDATION_COLOUR,
      values: run.metrics.map((epoch) => epoch.valAccuracy)
    }
  ]
  const hasAccuracy = accuracyCurves.some((curve) => curve.values.some((value) => value !== null))
  const pictures = weightPictures(model)
  const sections = [
    section('Run', keyValueTable(summaryRows(input))),
    section('Model', `<p>${escapeHtml(modelLine(model))}</p>`),
    section('Configuration', keyValueTable(configRows(run))),
    section(
      'Curves',
      lineChart('Loss per epoch', 'loss', [
        {
          name: 'train loss',
          colour: TRAIN_COLOUR,
          values: run.metrics.map((epoch) => epoch.trainLoss)
        },
        {
          name: 'validation loss',
          colour: VALIDATION_COLOUR,
          values: run.metrics.map((epoch) => epoch.valLoss)
        }
      ]) + (hasAccuracy ? '\n' + lineChart('Accuracy per epoch', 'accuracy', accuracyCurves) : '')
    ),
    section('Epochs', metricsTable(run)),
    ...(input.confusion
      ? [section(`Confusion matrix (${input.confusion.split})`, confusionTable(input.confusion))]
      : []),
    ...(pictures ? [section('First-layer weights', pictures)] : []),
    section(
      'Reproduce',
      `<p>With <code>--home</code> (or <code>BACKPROP_LAB_HOME</code>) pointing at the lab folder that holds dataset ${escapeHtml(input.dataset.datasetId)}:</p>\n<pre><code>${escapeHtml(reproduceCommand(run, input.dataset.datasetId))}</code></pre>`
    )
  ]
  const title = `Backprop Lab run ${run.name || run.runId}`
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${sections.join('\n')}
<footer>Made by Backprop Lab (engine ${escapeHtml(run.engineVersion)}).</footer>
</body>
</html>
`
}

/** The `train` command line that trains this run again (CONTRACTS.md section 3). */
export function reproduceCommand(run: RunDetail, datasetId: string): string {
  const config = run.config
  const options: [string, string | number | null][] = [
    ['--hidden', config.hidden.join(',')],
    ['--activation', config.activation],
    ['--output', config.output],
    ['--loss', config.loss],
    ['--optimizer', config.optimizer],
    ['--lr', config.learningRate],
    ['--momentum', config.momentum],
    ['--l1', config.l1],
    ['--l2', config.l2],
    ['--batch', config.batchSize],
    ['--epochs', config.epochs],
    ['--seed', run.seed],
    ['--init', config.init],
    ['--init-model', config.initModel],
    ['--precision', config.precision],
    ['--split', config.split.join(',')],
    ['--normalize', config.normalize],
    ['--name', config.name]
  ]
  const words = ['./bin/backprop-lab', 'train', shellWord(datasetId)]
  for (const [option, value] of options) {
    if (value === null) continue
    // `--hidden=` is the no-hidden-layer spelling that needs no quotes.
    words.push(value === '' ? `${option}=` : `${option} ${shellWord(String(value))}`)
  }
  if (!config.shuffle) words.push('--no-shuffle')
  return words.join(' ')
}

/** A word safe to paste into a POSIX shell: plain when it can be, else single-quoted. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`
}

function section(heading: string, body: string): string {
  return `<section>\n<h2>${escapeHtml(heading)}</h2>\n${body}\n</section>`
}

function summaryRows({ run, dataset, summary }: RunReportInput): [string, string][] {
  const final = finalFigures(run.metrics.at(-1), summary ?? null)
  const figure = (name: string, value: number | null): [string, string][] =>
    value === null ? [] : [[`final ${name}`, formatNumber(value)]]
  return [
    ['run id', run.runId],
    ['status', run.status + (run.error ? ` (${textOf(run.error)})` : '')],
    ['started', run.startedAt],
    ['ended', run.endedAt ?? '–'],
    [
      'dataset',
      `${dataset.name} (${dataset.datasetId}, ${dataset.kind}, ${dataset.rows} rows × ${dataset.features} features)`
    ],
    ['source', dataset.source],
    ['data hash', run.dataHash],
    ['seed', String(run.seed)],
    ['engine version', run.engineVersion],
    ['epochs', String(run.metrics.length)],
    // The final figures: the last completed epoch's, and the test part of the final evaluation.
    ['final figures of epoch', final.epoch === null ? '–' : String(final.epoch)],
    ...figure('train loss', final.trainLoss),
    ...figure('train accuracy', final.trainAccuracy),
    ...figure('validation loss', final.valLoss),
    ...figure('validation accuracy', final.valAccuracy),
    ...figure('test loss', final.testLoss),
    ...figure('test accuracy', final.testAccuracy)
  ]
}

function modelLine(model: ModelFile): string {
  const formula = preprocessingFormula(model.preprocessing)
  const classes = model.classes ? `; classes: ${model.classes.join(', ')}` : ''
  return `${architectureLine(model, exportLayers(model))}, ${model.loss}; preprocessing: ${formula ?? 'none'}${classes}`
}

function configRows(run: RunDetail): [string, string][] {
  return Object.entries(run.config).map(([key, value]) => [
    key,
    Array.isArray(value) ? `[${value.join(', ')}]` : value === null ? '–' : String(value)
  ])
}

function metricsTable(run: RunDetail): string {
  const header = [
    'epoch',
    'train loss',
    'train accuracy',
    'validation loss',
    'validation accuracy',
    'samples/s'
  ]
  const rows = run.metrics.map((epoch) => [
    String(epoch.epoch),
    formatNumber(epoch.trainLoss),
    formatNumber(epoch.trainAccuracy),
    formatNumber(epoch.valLoss),
    formatNumber(epoch.valAccuracy),
    formatNumber(Math.round(epoch.samplesPerSecond))
  ])
  return dataTable(header, rows, 'epochs')
}

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; max-width: 980px; margin: 2em auto; padding: 0 1em; color: #222; }
h1 { font-size: 1.6em; } h2 { font-size: 1.2em; border-bottom: 1px solid #ddd; padding-bottom: .2em; margin-top: 1.6em; }
table { border-collapse: collapse; margin: .5em 0; } th, td { padding: .2em .7em; border: 1px solid #e3e3e3; text-align: left; }
table.epochs td, table.confusion td { text-align: right; font-variant-numeric: tabular-nums; }
pre { background: #f5f5f5; padding: .8em; overflow-x: auto; white-space: pre-wrap; word-break: break-all; }
svg.chart { display: block; margin: .5em 0; } svg .grid { stroke: #eee; } svg text { font: 11px system-ui, sans-serif; fill: #555; }
svg .legend { font-size: 12px; font-weight: 600; }
.weights { display: flex; flex-wrap: wrap; gap: 8px; } figure.unit { margin: 0; text-align: center; font-size: 11px; color: #666; }
figure.unit img { image-rendering: pixelated; border: 1px solid #ddd; display: block; }
footer { margin-top: 2em; color: #888; font-size: .85em; }
`
