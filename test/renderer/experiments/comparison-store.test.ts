import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { RunListItem, RunPage } from '@shared/model/run-page'
import { MAX_COMPARED_RUNS, useComparisonStore } from '@renderer/stores/comparison'
import { useRunsStore } from '@renderer/stores/runs'
import { comparedRun } from './compare-fixtures'
import { change } from '../training/fixtures'
import { fakeLab, type FakeLab } from '../support/fake-lab'
import { settle } from '../support/settle'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

const RUNS = Array.from({ length: 8 }, (_, index) => comparedRun(`c${index}`))

describe('comparison store', () => {
  let api: FakeLab
  let listed: RunListItem[]
  let views: Record<string, RunPage>

  beforeEach(() => {
    setActivePinia(createPinia())
    listed = RUNS.map((run) => run.item)
    views = Object.fromEntries(RUNS.map((run) => [run.item.runId, run.view]))
    api = fakeLab({
      'runs:list': () => listed,
      'runs:get': ({ runId }) => views[runId]
    })
  })

  it('ticks up to six runs in order, each once, and unticks them', async () => {
    const comparison = useComparisonStore()
    for (const run of RUNS) await comparison.toggle(run.item.runId)
    expect(MAX_COMPARED_RUNS).toBe(6)
    expect(comparison.selected).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5'])
    expect(comparison.full).toBe(true)
    await comparison.toggle('c2')
    expect(comparison.selected).toEqual(['c0', 'c1', 'c3', 'c4', 'c5'])
    expect(api.requests('runs:get')).toEqual([])
  })

  it('reads each compared run once, and a run ticked while the comparison shows', async () => {
    const comparison = useComparisonStore()
    await comparison.toggle('c0')
    await comparison.show(['c3', 'c0'])
    expect(comparison.compared.map((view) => view.detail.runId)).toEqual(['c0', 'c3'])
    await comparison.toggle('c5')
    expect(comparison.compared.map((view) => view.detail.runId)).toEqual(['c0', 'c3', 'c5'])
    expect(api.requests('runs:get')).toEqual([{ runId: 'c0' }, { runId: 'c3' }, { runId: 'c5' }])
  })

  it('drops runs that leave the list and shows renamed runs under their new names', async () => {
    const runs = useRunsStore()
    await runs.refresh()
    const comparison = useComparisonStore()
    await comparison.show(['c0', 'c1', 'c2'])
    listed = listed
      .filter((run) => run.runId !== 'c1')
      .map((run) => (run.runId === 'c2' ? { ...run, name: 'renamed' } : run))
    await runs.refresh()
    await settle()
    expect(comparison.selected).toEqual(['c0', 'c2'])
    expect(comparison.compared.map((view) => view.detail.name)).toEqual(['run c0', 'renamed'])
  })

  it('reads a compared run again when it ends, for its final evaluation', async () => {
    const comparison = useComparisonStore()
    views.c1 = { ...views.c1, summary: null }
    await comparison.show(['c0', 'c1'])
    expect(comparison.compared[1].summary).toBeNull()
    views.c1 = RUNS[1].view
    api.emit(
      'training:change',
      change({
        runId: 'c1',
        status: 'completed',
        end: { error: null, epochs: 30, summary: RUNS[1].view.summary }
      })
    )
    await settle()
    expect(comparison.compared[1].summary).toEqual(RUNS[1].view.summary)
  })

  it('clears the selection and hides the comparison', async () => {
    const comparison = useComparisonStore()
    await comparison.show(['c0', 'c1'])
    comparison.clear()
    expect(comparison.selected).toEqual([])
    expect(comparison.showing).toBe(false)
  })
})
