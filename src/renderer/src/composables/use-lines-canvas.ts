import type { Ref } from 'vue'
import { useThemeColor } from './appearance'
import { drawConnections, sameStrokes } from '@renderer/lib/training/connection-drawing'
import type { ConnectionLine } from '@renderer/lib/training/network-drawing'

/**
 * The live network drawing's weight lines on one canvas of the drawing's size (see
 * connection-drawing.ts): `paint` repaints it only when a line's stroke, the hovered line or the
 * theme changed since it was last painted; `halo` is the hovered line's halo colour (the text's,
 * read once per theme).
 */
export function useLinesCanvas(
  canvas: () => HTMLCanvasElement | null | undefined,
  size: Readonly<Ref<{ width: number; height: number }>>,
  lines: Readonly<Ref<readonly ConnectionLine[]>>,
  hovered: Readonly<Ref<ConnectionLine | undefined>>
) {
  const halo = useThemeColor('--text', canvas)
  /** What the canvas shows now (null: nothing yet, or it was resized and so cleared). */
  let painted: { lines: readonly ConnectionLine[]; hovered?: ConnectionLine; halo: string } | null =
    null

  function paint(): void {
    const element = canvas()
    const context = element?.getContext('2d')
    if (!element || !context) return
    const scale = window.devicePixelRatio || 1
    const { width, height } = size.value
    if (element.width !== width * scale || element.height !== height * scale) {
      element.width = width * scale
      element.height = height * scale
      painted = null
    }
    const next = { lines: lines.value, hovered: hovered.value, halo: halo.value }
    if (
      painted &&
      sameStrokes(painted.lines, next.lines) &&
      painted.hovered === next.hovered &&
      painted.halo === next.halo
    )
      return
    painted = next
    drawConnections(context, next.lines, { width, height, scale, ...next })
  }

  return { halo, paint }
}
