/**
 * Where the CLI writes: results on stdout (JSON lines with `--json`, text otherwise); progress,
 * notes and warnings on stderr, so `--json` output can be piped as it is.
 */
export class Output {
  constructor(readonly json: boolean) {}

  /** One JSON object per line on stdout (only with --json). */
  event(object: object): void {
    if (this.json) process.stdout.write(`${JSON.stringify(object)}\n`)
  }

  /** Human-readable result text on stdout (only without --json). */
  text(line = ''): void {
    if (!this.json) process.stdout.write(`${line}\n`)
  }

  /** A note or warning on stderr (always). */
  note(line: string): void {
    process.stderr.write(`${line}\n`)
  }
}

/** A number for people: 4 significant digits, or "—" when missing. */
export function formatNumber(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—'
  if (value !== 0 && (Math.abs(value) < 1e-3 || Math.abs(value) >= 1e6))
    return value.toExponential(digits - 1)
  return Number(value.toPrecision(digits)).toString()
}

/** A fraction as a percentage, e.g. 0.9667 → "96.7%". */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${(value * 100).toFixed(1)}%`
}

/** A duration in seconds for people: "850 ms", "12.3 s", "2 min 05 s". */
export function formatSeconds(seconds: number): string {
  if (seconds < 1) return `${Math.round(seconds * 1000)} ms`
  if (seconds < 60) return `${seconds.toFixed(1)} s`
  const minutes = Math.floor(seconds / 60)
  return `${minutes} min ${String(Math.round(seconds % 60)).padStart(2, '0')} s`
}

/** Left-aligned text columns. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd()
    )
    .join('\n')
}
