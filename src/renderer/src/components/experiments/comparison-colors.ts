/**
 * Colours of compared runs' curves, in the order the runs were added; none is the train blue or
 * the validation orange of the opened run.
 */
export const COMPARISON_COLORS = ['#7b3fbf', '#1a8a4a', '#c2185b', '#00838f', '#6d4c41'] as const

/** The colour of the n-th compared run. */
export function comparisonColor(index: number): string {
  return COMPARISON_COLORS[index % COMPARISON_COLORS.length]
}
