import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Panel from '@renderer/components/common/Panel.vue'

describe('Panel', () => {
  it('with a title: a section headed by it and named by it (a region)', () => {
    const wrapper = mount(Panel, {
      props: { title: 'Your datasets' },
      slots: { default: '<ul class="list"></ul>' }
    })
    const section = wrapper.get('section.panel')
    expect(section.attributes('aria-label')).toBe('Your datasets')
    expect(section.get('h3').text()).toBe('Your datasets')
    expect(section.find('h3 + ul.list').exists()).toBe(true)
  })

  it('a label names a region that shows no heading', () => {
    const wrapper = mount(Panel, { props: { label: 'Weights' }, slots: { default: 'cells' } })
    expect(wrapper.get('section.panel').attributes('aria-label')).toBe('Weights')
    expect(wrapper.find('h3').exists()).toBe(false)
  })

  it('as another element: a headed box that is no region, a message in a box', () => {
    const box = mount(Panel, { props: { as: 'div', title: 'No data yet' } })
    expect(box.get('div.panel h3').text()).toBe('No data yet')
    expect(box.get('div.panel').attributes('aria-label')).toBeUndefined()

    const message = mount(Panel, {
      props: { as: 'p' },
      attrs: { class: 'awaiting', role: 'status' },
      slots: { default: 'Waiting for the first weights…' }
    })
    const p = message.get('p')
    expect(p.classes()).toEqual(['panel', 'awaiting'])
    expect(p.attributes('role')).toBe('status')
    expect(p.text()).toBe('Waiting for the first weights…')
  })
})
