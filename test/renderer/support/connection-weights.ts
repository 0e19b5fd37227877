import type { VueWrapper } from '@vue/test-utils'
import type { CanvasLine } from './canvas-images'

/**
 * The weight each connection line of NeuronPictures shows when hovered, in the lines' order:
 * the number ending the readout under the drawing (lines carry no weight attribute, so a redraw
 * does not rewrite 88 of them).
 */
export async function hoveredWeights(
  wrapper: Pick<VueWrapper, 'findAll' | 'get'>
): Promise<number[]> {
  const weights: number[] = []
  for (const line of wrapper.findAll('.connection')) {
    await line.trigger('mouseenter')
    const text = wrapper.get('[data-test="weight-readout"]').text()
    weights.push(Number(text.slice(text.lastIndexOf(': ') + 2)))
    await line.trigger('mouseleave')
  }
  return weights
}

/**
 * The stroke painted for each connection of NeuronPictures, in the lines' order: the line on the
 * drawing's lines canvas whose ends are the connection's (see `capturePutImages`).
 */
export function paintedStrokes(
  wrapper: Pick<VueWrapper, 'findAll' | 'get'>,
  painted: ReadonlyMap<HTMLCanvasElement, readonly CanvasLine[]>
): CanvasLine[] {
  const onCanvas = painted.get(wrapper.get('.neurons canvas.lines').element as HTMLCanvasElement)
  return wrapper.findAll('.connection .hit').map((hit) => {
    const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((end) => Number(hit.attributes(end)))
    const strokes = (onCanvas ?? []).filter(
      (line) => line.x1 === x1 && line.y1 === y1 && line.x2 === x2 && line.y2 === y2
    )
    if (strokes.length !== 1) throw new Error(`${strokes.length} strokes at ${x1},${y1}`)
    return strokes[0]
  })
}
