import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { useI18n } from 'vue-i18n'
import type { UiState } from '@shared/model/app-state'
import LanguageSwitch from '@renderer/components/common/LanguageSwitch.vue'
import { usePersistedState } from '@renderer/composables/use-persisted-state'
import { currentLocale, i18n, setLocale } from '@renderer/i18n'
import en from '@renderer/i18n/en'
import zhCN from '@renderer/i18n/zh-CN'
import { afterSave, fakeMainState } from '../support/fake-main-state'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/** The switch beside a few texts of the shell, as the top bar shows them. */
const Harness = defineComponent({
  setup() {
    const { t } = useI18n()
    return () => [
      h('p', { 'data-test': 'tab' }, t('app.views.training')),
      h('p', { 'data-test': 'count' }, t('data.list.rows', { count: 3 }, 3)),
      h(LanguageSwitch)
    ]
  }
})

const stored = (locale?: UiState['locale']): UiState => ({
  view: 'data',
  datasetId: null,
  network: null,
  training: null,
  runId: null,
  ...(locale ? { locale } : {})
})

describe('the language switch', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    setLocale('en')
  })
  afterEach(() => setLocale('en'))

  it('lists each language in itself, the current one chosen', () => {
    const wrapper = mount(Harness, { global: { plugins: [i18n] } })
    const options = wrapper.findAll('option')
    expect(options.map((option) => option.text())).toEqual(['English', '简体中文'])
    expect(options.map((option) => option.attributes('lang'))).toEqual(['en', 'zh-CN'])
    expect((wrapper.find('select').element as HTMLSelectElement).value).toBe('en')
    expect(wrapper.find('select').attributes('aria-label')).toBe(en.app.language.label)
  })

  it('changes every text at once, without a reload, and tells <html lang>', async () => {
    const wrapper = mount(Harness, { global: { plugins: [i18n] } })
    expect(wrapper.find('[data-test=tab]').text()).toBe(en.app.views.training)
    await wrapper.find('select').setValue('zh-CN')
    expect(currentLocale()).toBe('zh-CN')
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(wrapper.find('[data-test=tab]').text()).toBe(zhCN.app.views.training)
    expect(wrapper.find('[data-test=count]').text()).toBe('3 行')
    expect(wrapper.find('select').attributes('aria-label')).toBe(zhCN.app.language.label)
    await wrapper.find('select').setValue('en')
    expect(wrapper.find('[data-test=tab]').text()).toBe(en.app.views.training)
    expect(wrapper.find('[data-test=count]').text()).toBe('3 rows')
    expect(document.documentElement.lang).toBe('en')
  })

  it('restores the language stored with the UI state', async () => {
    fakeMainState(stored('zh-CN'))
    await usePersistedState()
    expect(currentLocale()).toBe('zh-CN')
    expect(document.documentElement.lang).toBe('zh-CN')
  })

  it('keeps the system language when the stored state has none (first start, older lab)', async () => {
    setLocale('zh-CN')
    fakeMainState(stored())
    await usePersistedState()
    expect(currentLocale()).toBe('zh-CN')
  })

  it('ignores a stored language this lab does not have', async () => {
    fakeMainState({ ...stored(), locale: 'fr' as UiState['locale'] })
    await usePersistedState()
    expect(currentLocale()).toBe('en')
  })

  it('saves the choice through main', async () => {
    const saved = fakeMainState(stored('en'))
    await usePersistedState()
    const wrapper = mount(Harness, { global: { plugins: [i18n] } })
    await wrapper.find('select').setValue('zh-CN')
    await nextTick()
    await afterSave()
    expect(saved.at(-1)?.locale).toBe('zh-CN')
    await wrapper.find('select').setValue('en')
    await afterSave()
    expect(saved.at(-1)?.locale).toBe('en')
  })
})
