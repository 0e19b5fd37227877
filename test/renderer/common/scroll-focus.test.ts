import { mount } from '@vue/test-utils'
import { defineComponent, h, ref, withDirectives } from 'vue'
import { describe, expect, it } from 'vitest'
import { vScrollFocus } from '@renderer/composables/scroll-focus'

/** Gives an element the scroll and client sizes a browser would lay it out with. */
function layOut(element: HTMLElement, content: number, box: number): void {
  Object.defineProperty(element, 'scrollWidth', { configurable: true, value: content })
  Object.defineProperty(element, 'clientWidth', { configurable: true, value: box })
  Object.defineProperty(element, 'scrollHeight', { configurable: true, value: 100 })
  Object.defineProperty(element, 'clientHeight', { configurable: true, value: 100 })
}

describe('v-scroll-focus', () => {
  const cells = ref(3)
  const Table = defineComponent(
    () => () => withDirectives(h('div', { class: 'box' }, `${cells.value} cells`), [[vScrollFocus]])
  )

  it('puts a box in the Tab order while its content overflows it, and only then', async () => {
    const wrapper = mount(Table)
    const box = wrapper.get('.box').element as HTMLElement
    expect(box.hasAttribute('tabindex')).toBe(false)

    layOut(box, 900, 400)
    cells.value = 30
    await wrapper.vm.$nextTick()
    expect(box.getAttribute('tabindex')).toBe('0')

    layOut(box, 400, 400)
    cells.value = 3
    await wrapper.vm.$nextTick()
    expect(box.hasAttribute('tabindex')).toBe(false)
  })
})
