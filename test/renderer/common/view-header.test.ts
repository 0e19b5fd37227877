import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ViewHeader from '@renderer/components/common/ViewHeader.vue'

describe('ViewHeader', () => {
  it('is the screen’s header: its title as the h2, the lines about it under it', () => {
    const wrapper = mount(ViewHeader, {
      props: { title: 'Experiments' },
      slots: { default: '<p class="intro">Every run you trained.</p>' }
    })
    const header = wrapper.get('header.view-header')
    expect(header.get('h2').text()).toBe('Experiments')
    expect(header.find('.title-line').exists()).toBe(false)
    expect(header.get('h2 + p.intro').text()).toBe('Every run you trained.')
  })

  it('puts what stands beside the title on the title’s line, lined up as asked', () => {
    const wrapper = mount(ViewHeader, {
      props: { title: 'Network', align: 'baseline' },
      slots: { beside: '<p class="summary">2–8–3</p>', default: '<p class="under">about</p>' }
    })
    const line = wrapper.get('.title-line')
    expect(line.classes()).toContain('baseline')
    expect(line.findAll(':scope > *').map((element) => element.element.tagName)).toEqual([
      'H2',
      'P'
    ])
    expect(line.get('.summary').text()).toBe('2–8–3')
    // The lines under the title stay out of its line.
    expect(wrapper.get('header > .under').text()).toBe('about')
    expect(
      mount(ViewHeader, { props: { title: 'Data' }, slots: { beside: '<span />' } })
        .get('.title-line')
        .classes()
    ).toContain('center')
  })
})
