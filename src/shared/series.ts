/**
 * At most `count` evenly spaced items of a series, always keeping the last (the series itself
 * when it is short enough). Thins the batch costs a run stores per epoch and sends per update.
 */
export function thinEvenly<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items
  const stride = items.length / count
  return Array.from({ length: count }, (_, index) => items[Math.round((index + 1) * stride) - 1])
}
