import { escapeHtml, formatNumber } from './report-tables'

/** One curve of a chart: a value per epoch (null where there is none). */
export interface ChartSeries {
  name: string
  colour: string
  values: readonly (number | null)[]
}

const WIDTH = 560
const HEIGHT = 260
const MARGIN = { left: 64, right: 16, top: 16, bottom: 40 }
/** Longer series are thinned to about this many points (the first and last are always kept). */
const MAX_POINTS = 400
const Y_TICKS = 5

/**
 * An inline SVG line chart of per-epoch series: epochs on x (1 … n), values on y, with axis
 * ticks, labels and a legend. Non-finite and missing values are left out of a curve.
 */
export function lineChart(title: string, yLabel: string, series: readonly ChartSeries[]): string {
  const curves = series
    .map((each) => ({ ...each, points: thin(finitePoints(each.values)) }))
    .filter((each) => each.points.length > 0)
  if (curves.length === 0) return `<p>${escapeHtml(title)}: no values were recorded.</p>`
  const epochs = Math.max(...series.map((each) => each.values.length))
  const values = curves.flatMap((each) => each.points.map(([, value]) => value))
  let low = Math.min(...values)
  let high = Math.max(...values)
  if (low === high) [low, high] = [low - (Math.abs(low) || 1) / 2, high + (Math.abs(high) || 1) / 2]

  const plotWidth = WIDTH - MARGIN.left - MARGIN.right
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom
  const x = (epoch: number) =>
    MARGIN.left + (epochs === 1 ? plotWidth / 2 : ((epoch - 1) / (epochs - 1)) * plotWidth)
  const y = (value: number) => MARGIN.top + (1 - (value - low) / (high - low)) * plotHeight

  const yTicks = Array.from(
    { length: Y_TICKS },
    (_, index) => low + ((high - low) * index) / (Y_TICKS - 1)
  )
  const xTicks = [...new Set([1, Math.round((epochs + 1) / 2), epochs])]
  const grid = [
    ...yTicks.map(
      (value) =>
        `<line class="grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y(value).toFixed(1)}" y2="${y(value).toFixed(1)}"/><text class="tick" x="${MARGIN.left - 6}" y="${(y(value) + 4).toFixed(1)}" text-anchor="end">${formatNumber(value)}</text>`
    ),
    ...xTicks.map(
      (epoch) =>
        `<text class="tick" x="${x(epoch).toFixed(1)}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle">${epoch}</text>`
    )
  ]
  const lines = curves.map((curve) => {
    const points = curve.points
      .map(([epoch, value]) => `${x(epoch).toFixed(1)},${y(value).toFixed(1)}`)
      .join(' ')
    return `<polyline class="series" data-series="${escapeHtml(curve.name)}" fill="none" stroke="${curve.colour}" stroke-width="2" points="${points}"/>`
  })
  const legend = curves.map(
    (curve, index) =>
      `<text class="legend" x="${MARGIN.left + 8 + index * 120}" y="${MARGIN.top + 12}" style="fill: ${curve.colour}">${escapeHtml(curve.name)}</text>`
  )
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(title)}">
<title>${escapeHtml(title)}</title>
${grid.join('\n')}
<text class="axis" x="${MARGIN.left + plotWidth / 2}" y="${HEIGHT - 6}" text-anchor="middle">epoch</text>
<text class="axis" x="14" y="${MARGIN.top + plotHeight / 2}" text-anchor="middle" transform="rotate(-90 14 ${MARGIN.top + plotHeight / 2})">${escapeHtml(yLabel)}</text>
${lines.join('\n')}
${legend.join('\n')}
</svg>`
}

/** [epoch, value] pairs (epochs 1-based) of the finite values. */
function finitePoints(values: readonly (number | null)[]): [number, number][] {
  const points: [number, number][] = []
  values.forEach((value, index) => {
    if (value !== null && Number.isFinite(value)) points.push([index + 1, value])
  })
  return points
}

/** Every k-th point of a long series, keeping the last, so a chart stays small. */
function thin(points: [number, number][]): [number, number][] {
  if (points.length <= MAX_POINTS) return points
  const step = Math.ceil(points.length / MAX_POINTS)
  const kept = points.filter((_, index) => index % step === 0)
  if (kept[kept.length - 1] !== points[points.length - 1]) kept.push(points[points.length - 1])
  return kept
}
