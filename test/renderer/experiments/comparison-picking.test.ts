import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import {
  ALL_RUNS,
  button,
  compareAdamAndSgd,
  comparison,
  experimentsScreen,
  labelled,
  mountView,
  settingKeys,
  tick
} from './experiments-screen'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

describe('Picking the runs to compare on the Experiments screen', () => {
  const screen = experimentsScreen()

  it('tells runs apart by their ids in the table heads and the run picker', async () => {
    const wrapper = await compareAdamAndSgd()
    expect(
      comparison(wrapper)
        .findAll('table.metrics thead .compared-run')
        .map((head) => head.text())
    ).toEqual(['adam, "wide"a1', 'sgd deeps2'])
    await comparison(wrapper).get('button[aria-label="Open sgd deep on its own"]').trigger('click')
    await flushPromises()
    const options = wrapper.findAll('.compare select option').map((option) => option.text())
    expect(options).toContain('adam, "wide" (a1, 4-32-3)')
  })

  it('follows renames, and drops a deleted run from the comparison', async () => {
    const wrapper = await compareAdamAndSgd()
    await comparison(wrapper).get('button[aria-label="Open sgd deep on its own"]').trigger('click')
    await flushPromises()
    const detail = () => wrapper.get('article.run-detail')
    await button(detail(), 'Rename').trigger('click')
    await wrapper.get('input[aria-label="Run name"]').setValue('sgd, renamed')
    await wrapper.get('form.rename').trigger('submit')
    await flushPromises()
    await button(wrapper, 'Compare 2 runs').trigger('click')
    await flushPromises()
    expect(
      comparison(wrapper)
        .findAll('.legend .run-link')
        .map((link) => link.text())
    ).toEqual(['adam, "wide"', 'sgd, renamed'])
    await labelled(comparison(wrapper), 'button', 'Open adam, "wide" on its own').trigger('click')
    await flushPromises()
    await button(wrapper, 'Delete').trigger('click')
    await button(wrapper, 'Delete run').trigger('click')
    await flushPromises()
    expect(screen.api.requests('runs:delete')).toEqual([{ runId: 'a1' }])
    expect(wrapper.text()).toContain('1 run ticked')
    expect(button(wrapper, 'Compare 1 run').attributes('disabled')).toBeDefined()
  })

  it('ticks at most six runs', async () => {
    const wrapper = await mountView()
    for (const run of ALL_RUNS.slice(0, 6)) await tick(wrapper, run.item.name)
    expect(wrapper.text()).toContain('At most 6 runs can be compared at once.')
    const seventh = wrapper.get('input[aria-label="Select other 7 for comparison"]')
    expect(seventh.attributes('disabled')).toBeDefined()
  })

  it('compares the opened run with one picked in its “Compare with” list', async () => {
    const wrapper = await mountView()
    await wrapper.get('button[aria-label="Open run wine"]').trigger('click')
    await flushPromises()
    await wrapper.get('.compare select').setValue('a1')
    await flushPromises()
    expect(
      comparison(wrapper)
        .findAll('.legend .run-link')
        .map((link) => link.text())
    ).toEqual(['wine', 'adam, "wide"'])
    expect(settingKeys(wrapper)).toEqual(['dataset'])
  })
})
