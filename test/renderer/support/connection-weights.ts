import type { VueWrapper } from '@vue/test-utils'

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
