import { afterEach, describe, expect, it } from 'vitest'
import { detectLocale, isLocale, systemLanguages } from '@renderer/i18n/locale'

describe('the first language, from the system', () => {
  it.each([
    [['zh-CN'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['zh-SG'], 'zh-CN'],
    [['zh-Hans'], 'zh-CN'],
    [['zh-Hans-HK'], 'zh-CN'],
    [['zh_CN'], 'zh-CN'],
    [['ZH-cn'], 'zh-CN'],
    [['en-US'], 'en'],
    [['en'], 'en'],
    [['zh-TW'], 'en'],
    [['zh-HK'], 'en'],
    [['zh-MO'], 'en'],
    [['zh-Hant'], 'en'],
    [['zh-Hant-CN'], 'en'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en']
  ])('%j gives %s', (languages, locale) => {
    expect(detectLocale(languages)).toBe(locale)
  })

  it('takes the first language the UI has, in the order of preference', () => {
    expect(detectLocale(['fr-FR', 'zh-CN', 'en'])).toBe('zh-CN')
    expect(detectLocale(['de', 'en-GB', 'zh-CN'])).toBe('en')
    expect(detectLocale(['zh-TW', 'zh-CN'])).toBe('zh-CN')
    expect(detectLocale(['zh-TW', 'en-US', 'zh-CN'])).toBe('en')
  })

  it('knows only the UI locales', () => {
    expect(isLocale('en')).toBe(true)
    expect(isLocale('zh-CN')).toBe(true)
    expect(isLocale('zh-TW')).toBe(false)
    expect(isLocale(undefined)).toBe(false)
  })
})

describe('the system languages', () => {
  const own = Object.getOwnPropertyDescriptors(navigator)
  afterEach(() => {
    for (const name of ['languages', 'language'] as const) {
      const descriptor = own[name]
      if (descriptor) Object.defineProperty(navigator, name, descriptor)
      else Reflect.deleteProperty(navigator, name)
    }
  })

  it('are navigator.languages, or navigator.language when the list is empty', () => {
    Object.defineProperty(navigator, 'languages', { value: ['zh-CN', 'en'], configurable: true })
    expect(systemLanguages()).toEqual(['zh-CN', 'en'])
    Object.defineProperty(navigator, 'languages', { value: [], configurable: true })
    Object.defineProperty(navigator, 'language', { value: 'zh-SG', configurable: true })
    expect(systemLanguages()).toEqual(['zh-SG'])
    expect(detectLocale(systemLanguages())).toBe('zh-CN')
  })
})
