import type { RunPage } from '@shared/model/run-page'
import { CURVE_NAMES, curveValue } from './curves'
import { runConfusion } from './confusion'
import { finalMetrics, METRIC_KEYS } from './final-metrics'
import { COMPARED_SETTINGS, runSettings, settingJson, type SettingValue } from './settings'

/**
 * The comparison CSV is in tidy long format: one value per row, with the coordinates that say
 * what it is. Columns:
 * - `run_id`, `run_name`: the run;
 * - `section`: `setting` (every compared setting, the same keys as the settings table),
 *   `metric` (the final metrics), `curve` (one epoch's value of `trainLoss`, `valLoss`,
 *   `trainAccuracy` or `valAccuracy`) or `confusion` (one cell of a confusion matrix);
 * - `key`: the setting, metric or curve, or for `confusion` the part counted (`validation` or
 *   `train`);
 * - `epoch`: for `curve` rows; `actual`, `predicted`: class names, for `confusion` rows;
 * - `value`: numbers in full precision, lists as space-separated items, empty when not set.
 * Fields are quoted as RFC 4180 says (commas, quotes, line breaks; quotes doubled), lines end
 * with CRLF.
 */
export const CSV_COLUMNS = [
  'run_id',
  'run_name',
  'section',
  'key',
  'epoch',
  'actual',
  'predicted',
  'value'
] as const

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>

/** A field as CSV writes it: quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

/** A value as CSV text: full-precision numbers, space-separated lists, records as JSON, empty for null. */
export function csvValue(value: SettingValue | undefined): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.join(' ')
  return typeof value === 'object' ? settingJson(value) : String(value)
}

/** Every value of one run, section by section. */
function runRows(view: RunPage, section: 'setting' | 'metric' | 'curve' | 'confusion'): CsvRow[] {
  const run = { run_id: view.detail.runId, run_name: view.detail.name }
  const row = (key: string, value: string, at: Partial<CsvRow> = {}): CsvRow => ({
    ...run,
    section,
    key,
    epoch: '',
    actual: '',
    predicted: '',
    value,
    ...at
  })
  switch (section) {
    case 'setting': {
      const settings = runSettings(view)
      return COMPARED_SETTINGS.map((key) => row(key, csvValue(settings[key])))
    }
    case 'metric': {
      const metrics = finalMetrics(view)
      return METRIC_KEYS.map((key) => row(key, csvValue(metrics[key])))
    }
    case 'curve':
      return view.detail.metrics.flatMap((epoch) =>
        CURVE_NAMES.flatMap((curve) => {
          const value = curveValue(epoch, curve)
          return value === null ? [] : [row(curve, String(value), { epoch: String(epoch.epoch) })]
        })
      )
    case 'confusion': {
      const confusion = runConfusion(view)
      const classes = view.classes
      if (!confusion) return []
      const name = (index: number) => classes?.[index] ?? String(index)
      return confusion.matrix.flatMap((counts, actual) =>
        counts.map((count, predicted) =>
          row(confusion.part, String(count), { actual: name(actual), predicted: name(predicted) })
        )
      )
    }
  }
}

/** The comparison of these runs as CSV text (see CSV_COLUMNS for the format). */
export function comparisonCsv(views: readonly RunPage[]): string {
  const sections = ['setting', 'metric', 'curve', 'confusion'] as const
  const rows = sections.flatMap((section) => views.flatMap((view) => runRows(view, section)))
  const lines = [
    CSV_COLUMNS.join(','),
    ...rows.map((row) => CSV_COLUMNS.map((column) => csvField(row[column])).join(','))
  ]
  return `${lines.join('\r\n')}\r\n`
}

/** The file name of a comparison exported on `date`: `backprop-lab-comparison-2025-03-01.csv`. */
export function comparisonFileName(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  return `backprop-lab-comparison-${day}.csv`
}
