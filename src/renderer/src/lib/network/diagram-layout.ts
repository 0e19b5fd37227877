import type { ActivationName } from '@shared/model/network'

/** The widest layer drawn neuron by neuron; wider layers become compact blocks. */
export const MAX_DRAWN_UNITS = 16
/** Neurons a compact block shows before its ellipsis. */
const BLOCK_HEAD = 4
/** Neurons a compact block shows after its ellipsis. */
const BLOCK_TAIL = 2
/** Highlighted neurons a compact block brings out of its ellipsis, at most. */
const MAX_EXTRA_SHOWN = 6

/** Vertical distance between neurons (SVG units): roomy, or tighter when a column is tall. */
const SLOT_HEIGHT = 34
const TIGHT_SLOT_HEIGHT = 26
/** Columns with more slots than this are drawn with the tighter spacing. */
const ROOMY_SLOTS = 10
/** Horizontal distance between layer columns, and the least it shrinks to for deep networks. */
const COLUMN_GAP = 180
const MIN_COLUMN_GAP = 110
/** Total width the columns may spread over before the gap shrinks. */
const COLUMNS_SPAN = 720
/** Room for the two header lines above the columns and the activation below them. */
const HEADER_HEIGHT = 56
const FOOTER_HEIGHT = 40

/** One layer as the diagram sees it: index 0 is the input layer. */
export interface DiagramLayer {
  units: number
  /** Null for the input layer. */
  activation: ActivationName | null
}

/** Neurons and connections to bring forward (e.g. the step-through's current neuron). */
export interface DiagramHighlight {
  /** 0 for the inputs, l for layer l. */
  layer: number
  /** Unit indices (0-based); the whole layer when left out. */
  units?: number[]
}

/** A place in a column: a drawn neuron, or an ellipsis standing for `count` neurons left out. */
export type DiagramSlot = { kind: 'unit'; unit: number } | { kind: 'gap'; count: number }

/**
 * The slots a layer is drawn with. Up to MAX_DRAWN_UNITS neurons are all drawn; a wider layer
 * shows its first and last few, any highlighted ones, and an ellipsis for each run left out.
 */
export function summarizeLayer(units: number, mustShow: readonly number[] = []): DiagramSlot[] {
  if (units <= MAX_DRAWN_UNITS)
    return Array.from({ length: units }, (_, unit) => ({ kind: 'unit', unit }))
  const shown = new Set<number>()
  for (let unit = 0; unit < BLOCK_HEAD; unit++) shown.add(unit)
  for (let unit = units - BLOCK_TAIL; unit < units; unit++) shown.add(unit)
  mustShow
    .filter((unit) => Number.isInteger(unit) && unit >= 0 && unit < units)
    .slice(0, MAX_EXTRA_SHOWN)
    .forEach((unit) => shown.add(unit))
  const slots: DiagramSlot[] = []
  let previous = -1
  for (const unit of [...shown].sort((a, b) => a - b)) {
    if (unit > previous + 1) slots.push({ kind: 'gap', count: unit - previous - 1 })
    slots.push({ kind: 'unit', unit })
    previous = unit
  }
  return slots
}

/** A slot with its place in the drawing. */
export type PlacedSlot = DiagramSlot & { y: number }

/** One layer's column: where it stands and what it draws. */
export interface DiagramColumn {
  index: number
  x: number
  units: number
  activation: ActivationName | null
  /** True when the layer is summarized (some neurons stand behind an ellipsis). */
  compact: boolean
  slots: PlacedSlot[]
  /** Vertical extent of the drawn slots. */
  top: number
  bottom: number
}

/** How two neighbouring layers' weights are drawn: every line, or one summarizing band. */
export interface DiagramConnection {
  from: DiagramColumn
  to: DiagramColumn
  kind: 'lines' | 'band'
  /** Number of weights in W (units(l) × units(l−1)). */
  weights: number
}

/** The whole drawing's geometry. */
export interface DiagramGeometry {
  width: number
  height: number
  /** The neurons' radius. */
  radius: number
  columns: DiagramColumn[]
  connections: DiagramConnection[]
}

/** Units of `layer` listed in the highlight (empty when none or when the whole layer is). */
export function highlightedUnits(highlight: readonly DiagramHighlight[], layer: number): number[] {
  return highlight.filter((entry) => entry.layer === layer).flatMap((entry) => entry.units ?? [])
}

/** True when the highlight lists that unit of that layer (or the whole layer). */
export function isHighlighted(
  highlight: readonly DiagramHighlight[],
  layer: number,
  unit: number
): boolean {
  return highlight.some(
    (entry) => entry.layer === layer && (!entry.units || entry.units.includes(unit))
  )
}

/**
 * Places the layers left to right, each column centred on the tallest one, with margins wide
 * enough for the input and output labels.
 */
export function layoutDiagram(
  layers: readonly DiagramLayer[],
  margins: { left: number; right: number },
  highlight: readonly DiagramHighlight[] = []
): DiagramGeometry {
  const slotLists = layers.map((layer, index) =>
    summarizeLayer(layer.units, highlightedUnits(highlight, index))
  )
  const tallest = Math.max(1, ...slotLists.map((slots) => slots.length))
  const slotHeight = tallest > ROOMY_SLOTS ? TIGHT_SLOT_HEIGHT : SLOT_HEIGHT
  const gap =
    layers.length > 1
      ? Math.min(COLUMN_GAP, Math.max(MIN_COLUMN_GAP, COLUMNS_SPAN / (layers.length - 1)))
      : 0
  const middle = HEADER_HEIGHT + (tallest * slotHeight) / 2
  const columns = layers.map((layer, index): DiagramColumn => {
    const slots = slotLists[index]
    const top = middle - (slots.length * slotHeight) / 2
    return {
      index,
      x: margins.left + index * gap,
      units: layer.units,
      activation: layer.activation,
      compact: slots.some((slot) => slot.kind === 'gap'),
      slots: slots.map((slot, position) => ({ ...slot, y: top + (position + 0.5) * slotHeight })),
      top,
      bottom: top + slots.length * slotHeight
    }
  })
  const connections = columns.slice(1).map((to, index): DiagramConnection => {
    const from = columns[index]
    return {
      from,
      to,
      kind: from.compact || to.compact ? 'band' : 'lines',
      weights: from.units * to.units
    }
  })
  return {
    width: margins.left + Math.max(0, layers.length - 1) * gap + margins.right,
    height: HEADER_HEIGHT + tallest * slotHeight + FOOTER_HEIGHT,
    radius: slotHeight === SLOT_HEIGHT ? 11 : 9.5,
    columns,
    connections
  }
}

/** The SVG path of a band joining two columns' extents with smooth edges. */
export function bandPath(from: DiagramColumn, to: DiagramColumn, radius: number): string {
  const x0 = from.x + radius + 4
  const x1 = to.x - radius - 4
  const bend = (x1 - x0) / 2
  const [top0, bottom0] = [from.top + 6, from.bottom - 6]
  const [top1, bottom1] = [to.top + 6, to.bottom - 6]
  return [
    `M ${x0} ${top0}`,
    `C ${x0 + bend} ${top0}, ${x1 - bend} ${top1}, ${x1} ${top1}`,
    `L ${x1} ${bottom1}`,
    `C ${x1 - bend} ${bottom1}, ${x0 + bend} ${bottom0}, ${x0} ${bottom0}`,
    'Z'
  ].join(' ')
}
