/**
 * Colours of compared runs, one per run in the order they were ticked, the same in every chart
 * and table of a comparison: the Okabe–Ito palette (told apart with the common colour-vision
 * deficiencies), without its yellow, which is too faint on white.
 */
export const COMPARISON_COLORS = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9'
] as const

/** The colour of the n-th compared run. */
export function comparisonColor(index: number): string {
  return COMPARISON_COLORS[index % COMPARISON_COLORS.length]
}
