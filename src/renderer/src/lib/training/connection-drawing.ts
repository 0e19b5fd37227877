import type { ConnectionLine } from './network-drawing'

/**
 * The weight lines of the live network drawing, painted on one canvas behind the neurons'
 * pictures: a redraw is a handful of strokes on one layer, where one SVG element per weight made
 * Chromium restyle, lay out and repaint the drawing for every line whose stroke changed (about
 * 270 attribute writes a second while a 2-8-8-1 network trains at full speed).
 */

/** The 2-D context calls the lines need. */
export type LinesContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'clearRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'stroke'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineCap'
  | 'globalAlpha'
>

/** How opaque a line is, and a hovered one. */
const OPACITY = 0.85
const HOVERED_OPACITY = 1
/** How much wider than its line the hovered line's halo is (px), and how opaque. */
const HALO = 4
const HALO_OPACITY = 0.5

/** True when two sets of lines lie in the same places (whatever their weights). */
export function samePlaces(
  drawn: readonly ConnectionLine[],
  next: readonly ConnectionLine[]
): boolean {
  return (
    drawn.length === next.length &&
    drawn.every((line, k) => {
      const other = next[k]
      return (
        line.x1 === other.x1 && line.y1 === other.y1 && line.x2 === other.x2 && line.y2 === other.y2
      )
    })
  )
}

/** True when two sets of lines look the same (each stroke's place, width and colour). */
export function sameStrokes(
  drawn: readonly ConnectionLine[],
  next: readonly ConnectionLine[]
): boolean {
  return (
    samePlaces(drawn, next) &&
    drawn.every((line, k) => line.width === next[k].width && line.color === next[k].color)
  )
}

/** One path per stroke: the lines grouped by width and colour (at most 2 × 17 strokes). */
function strokeGroups(lines: readonly ConnectionLine[]): ConnectionLine[][] {
  const groups = new Map<string, ConnectionLine[]>()
  for (const line of lines) {
    const key = `${line.width} ${line.color}`
    const group = groups.get(key)
    if (group) group.push(line)
    else groups.set(key, [line])
  }
  return [...groups.values()]
}

function strokeLines(context: LinesContext, lines: readonly ConnectionLine[]): void {
  context.beginPath()
  for (const line of lines) {
    context.moveTo(line.x1, line.y1)
    context.lineTo(line.x2, line.y2)
  }
  context.stroke()
}

/**
 * Paints every line on a canvas of `width` × `height` CSS pixels at `scale` device pixels each:
 * thickness and colour by weight (see `weightStroke`), round ends; the hovered one last, opaque,
 * over a halo in the `halo` colour.
 */
export function drawConnections(
  context: LinesContext,
  lines: readonly ConnectionLine[],
  options: { width: number; height: number; scale: number; hovered?: ConnectionLine; halo: string }
): void {
  const { width, height, scale, hovered, halo } = options
  context.setTransform(scale, 0, 0, scale, 0, 0)
  context.clearRect(0, 0, width, height)
  context.lineCap = 'round'
  context.globalAlpha = OPACITY
  for (const group of strokeGroups(lines)) {
    context.strokeStyle = group[0].color
    context.lineWidth = group[0].width
    strokeLines(context, group)
  }
  if (hovered) {
    context.globalAlpha = HALO_OPACITY
    context.strokeStyle = halo
    context.lineWidth = hovered.width + HALO
    strokeLines(context, [hovered])
    context.globalAlpha = HOVERED_OPACITY
    context.strokeStyle = hovered.color
    context.lineWidth = hovered.width
    strokeLines(context, [hovered])
  }
}
