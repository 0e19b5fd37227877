/**
 * Rows and files an import left out: each with its file (as the user named it), its line for
 * text files, a kind (for grouping) and a reason. An import lists all of them; screens and the
 * CLI show them grouped by kind, with counts, the first few of each kind.
 */

/** Why an item was left out, as a kind to group by. */
export type SkippedKind =
  | 'wrong-field-count'
  | 'missing-value'
  | 'not-a-number'
  | 'unreadable-record'
  | 'unreadable-file'
  | 'other'

/** A row or file that was left out, and why (CONTRACTS.md `import` JSON: `skipped`). */
export interface SkippedItem {
  /** The file, as the user named it or relative to the folder they gave. */
  file: string
  /** 1-based file line, for text files only. */
  line?: number
  /** The kind of problem (older datasets have none: `other`). */
  kind?: SkippedKind
  reason: string
}

/** One kind of problem: how many items, and the first ones. */
export interface SkippedGroup {
  kind: SkippedKind
  count: number
  shown: SkippedItem[]
}

/** Items of each kind listed before "and N more". */
export const SHOWN_PER_KIND = 50

/** Every kind in the order groups are listed. */
const KIND_ORDER: readonly SkippedKind[] = [
  'wrong-field-count',
  'missing-value',
  'not-a-number',
  'unreadable-record',
  'unreadable-file',
  'other'
]

/** Groups skipped items by kind (in a fixed order), keeping the first `shown` of each. */
export function groupSkipped(
  items: readonly SkippedItem[],
  shown = SHOWN_PER_KIND
): SkippedGroup[] {
  const groups = new Map<SkippedKind, SkippedGroup>()
  for (const item of items) {
    const kind = item.kind ?? 'other'
    let group = groups.get(kind)
    if (!group) groups.set(kind, (group = { kind, count: 0, shown: [] }))
    group.count++
    if (group.shown.length < shown) group.shown.push(item)
  }
  return KIND_ORDER.filter((kind) => groups.has(kind)).map((kind) => groups.get(kind)!)
}

/** English words for each kind, as the CLI and refusals print them ("3 with a missing value"). */
export const SKIPPED_KIND_WORDS: Record<SkippedKind, string> = {
  'wrong-field-count': 'with the wrong number of fields',
  'missing-value': 'with a missing value',
  'not-a-number': 'with a value that is not a number',
  'unreadable-record': 'that cannot be read',
  'unreadable-file': 'unreadable',
  other: 'for other reasons'
}

/** `3 with a missing value (first: line 9), 1 with …`: a one-line summary of the groups. */
export function skippedSummary(items: readonly SkippedItem[]): string {
  return groupSkipped(items, 1)
    .map(({ kind, count, shown }) => {
      const first = shown[0]?.line === undefined ? '' : ` (first: line ${shown[0].line})`
      return `${count} ${SKIPPED_KIND_WORDS[kind]}${first}`
    })
    .join(', ')
}
