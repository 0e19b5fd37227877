import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import WorkedFigureTable from '@renderer/components/learn/WorkedFigureTable.vue'
import { i18n } from '@renderer/i18n'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/**
 * Lesson 3's figures: every column is named, and the comparison column's cells are table cells
 * (their class was `status`, the top bar's flex class, which pulled them out of the table).
 */
describe("the worked example's figures table", () => {
  it('names the comparison column and keeps its cells plain table cells', () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const wrapper = mount(WorkedFigureTable, {
      props: { group: 'after' },
      global: { plugins: [pinia, i18n] }
    })
    expect(wrapper.findAll('th').map((th) => th.text())).toEqual([
      'Symbol',
      'Article',
      'Exact',
      'Printed',
      'Printed against exact'
    ])
    const checks = wrapper.findAll('tbody tr').map((row) => row.findAll('td').at(-1)!)
    expect(checks.length).toBeGreaterThan(0)
    for (const cell of checks) expect(cell.classes()).not.toContain('status')
  })
})
