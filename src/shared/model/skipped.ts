import { englishText, type LabMessage } from '../messages'

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
  /** Why, in English (the CLI's text and `import --json`). */
  reason: string
  /** Why, as a message code (the app says it in the user's language; older datasets: none). */
  problem?: LabMessage
}

/** A left-out row or file at its place: its kind, its problem as a code and as English text. */
export function skippedItem(
  place: { file: string; line?: number },
  kind: SkippedKind,
  problem: LabMessage
): SkippedItem {
  const { file, line } = place
  return {
    file,
    ...(line === undefined ? {} : { line }),
    kind,
    reason: englishText(problem),
    problem
  }
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

/** How many items of one kind, and the first one's line (for summaries in messages). */
export interface SkippedCount {
  kind: SkippedKind
  count: number
  /** The first item's line, when it has one. */
  line?: number
}

/** The counts of each kind, in the order groups are listed: what a one-line summary says. */
export function skippedCounts(items: readonly SkippedItem[]): SkippedCount[] {
  return groupSkipped(items, 1).map(({ kind, count, shown }) => ({
    kind,
    count,
    ...(shown[0]?.line === undefined ? {} : { line: shown[0].line })
  }))
}
