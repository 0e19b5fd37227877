import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { i18n } from '@renderer/i18n'
import RunsTable from '@renderer/components/experiments/RunsTable.vue'
import { runTree } from '@renderer/lib/experiments/run-tree'
import { listItem } from './fixtures'

/** Newest first, as the list comes: a branch of a branch, another run, two branches of r1, r1. */
const RUNS = [
  listItem({ runId: 'r5', name: 'r5', parent: { runId: 'r3', epoch: 12 } }),
  listItem({ runId: 'r4', name: 'r4' }),
  listItem({ runId: 'r3', name: 'r3', parent: { runId: 'r1', epoch: 10 } }),
  listItem({ runId: 'r2', name: 'r2', parent: { runId: 'r1', epoch: 20 } }),
  listItem({ runId: 'r1', name: 'r1' })
]

describe('the Experiments list as a tree', () => {
  it('puts each branch under the run it continued, in the list’s order', () => {
    expect(runTree(RUNS).map(({ run, depth }) => `${run.runId}:${depth}`)).toEqual([
      'r4:0',
      'r1:0',
      'r3:1',
      'r5:2',
      'r2:1'
    ])
  })

  it('lists a branch whose parent is not shown as a root, and survives a cycle', () => {
    expect(runTree(RUNS.slice(0, 3)).map(({ run, depth }) => `${run.runId}:${depth}`)).toEqual([
      'r4:0',
      'r3:0',
      'r5:1'
    ])
    const cycle = [
      listItem({ runId: 'a', parent: { runId: 'b', epoch: 1 } }),
      listItem({ runId: 'b', parent: { runId: 'a', epoch: 1 } })
    ]
    expect(runTree(cycle).map(({ run }) => run.runId)).toEqual(['a', 'b'])
  })

  it('draws branches indented under their parent, saying where they came from', () => {
    setActivePinia(createPinia())
    const wrapper = mount(RunsTable, {
      props: { runs: RUNS, openedId: null, selected: [], selectionFull: false },
      global: { plugins: [i18n] }
    })
    const rows = wrapper.findAll('tbody tr')
    expect(
      rows.map((row) => [row.attributes('data-run-id'), row.attributes('data-depth')])
    ).toEqual([
      ['r4', '0'],
      ['r1', '0'],
      ['r3', '1'],
      ['r5', '2'],
      ['r2', '1']
    ])
    expect(rows[3].get('.branch-mark').attributes('title')).toBe(
      'Continued from epoch 12 of run r3'
    )
    expect(rows[0].find('.branch-mark').exists()).toBe(false)
  })
})
