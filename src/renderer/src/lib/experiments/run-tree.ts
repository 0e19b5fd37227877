import type { RunListItem } from '@shared/model/run-page'

/** A run in the Experiments list drawn as a tree: how deep it sits under the runs it came from. */
export interface RunTreeRow {
  run: RunListItem
  /** 0 for a run that branched from no listed run; 1 for a branch of one; and so on. */
  depth: number
}

/**
 * The runs as a tree: each run followed by its branches (in the list's own order), each branch
 * by its own. A branch whose parent is not listed (deleted, or filtered out) stands as a root.
 */
export function runTree(runs: readonly RunListItem[]): RunTreeRow[] {
  const listed = new Set(runs.map((run) => run.runId))
  const children = new Map<string, RunListItem[]>()
  const roots: RunListItem[] = []
  for (const run of runs) {
    const parent = run.parent?.runId
    if (parent && parent !== run.runId && listed.has(parent))
      children.set(parent, [...(children.get(parent) ?? []), run])
    else roots.push(run)
  }
  const rows: RunTreeRow[] = []
  const placed = new Set<string>()
  const place = (run: RunListItem, depth: number) => {
    if (placed.has(run.runId)) return
    placed.add(run.runId)
    rows.push({ run, depth })
    for (const child of children.get(run.runId) ?? []) place(child, depth + 1)
  }
  for (const root of roots) place(root, 0)
  // A cycle of parents (a damaged database) has no root: its runs are still listed.
  for (const run of runs) place(run, 0)
  return rows
}
