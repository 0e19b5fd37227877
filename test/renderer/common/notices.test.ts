import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import NoticeArea from '@renderer/components/common/NoticeArea.vue'
import { i18n } from '@renderer/i18n'
import { MAX_NOTICES, useAppStore } from '@renderer/stores/app'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

describe('notices', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    setActivePinia(createPinia())
  })
  afterEach(() => vi.useRealTimers())

  it('close on their own when they inform, and stay until dismissed when they report an error', () => {
    const app = useAppStore()
    app.notify('info', 'Saved.')
    app.notify('error', 'The file cannot be read.')
    vi.advanceTimersByTime(10_000)
    expect(app.notices.map((notice) => notice.text)).toEqual(['The file cannot be read.'])
    app.dismiss(app.notices[0].id)
    expect(app.notices).toEqual([])
  })

  it('stack up three at most: a new one takes the place of the oldest', async () => {
    const app = useAppStore()
    const wrapper = mount(NoticeArea, { global: { plugins: [i18n] } })
    for (const screen of ['Data', 'Network', 'Training', 'Inspect', 'Experiments'])
      app.notify('error', `A failure on the ${screen} screen.`)
    expect(MAX_NOTICES).toBe(3)
    await wrapper.vm.$nextTick()
    expect(wrapper.findAll('.notice span').map((notice) => notice.text())).toEqual([
      'A failure on the Training screen.',
      'A failure on the Inspect screen.',
      'A failure on the Experiments screen.'
    ])
  })
})
