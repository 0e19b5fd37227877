import { describe, expect, it } from 'vitest'
import en from '@renderer/i18n/en'
import zhCN from '@renderer/i18n/zh-CN'
import { i18n } from '@renderer/i18n'
import { leaves, links, placeholders, pluralForms, type MessageTree } from './message-tree'

/**
 * "No UI string is missing a translation" (issue 9): the English tree is the reference, and each
 * translation must have exactly its namespaces, keys, placeholders, links and plural forms. The
 * namespaces come from en/index.ts itself, so a screen added later without its translation fails
 * here by name.
 */
const reference = en as unknown as MessageTree
const translations: Record<string, MessageTree> = { 'zh-CN': zhCN as unknown as MessageTree }
const namespaces = Object.keys(reference)

/** Two lowercase English words in a row: the mark of a sentence left in English. */
const ENGLISH_PHRASE = /\b[a-z]{2,} [a-z]{2,}\b/

describe.each(Object.entries(translations))('the %s translation', (locale, tree) => {
  it('has no namespace English lacks', () => {
    expect(Object.keys(tree).filter((name) => !(name in reference))).toEqual([])
  })

  it.each(namespaces)('has the %s namespace with exactly the English keys', (namespace) => {
    const translated = tree[namespace]
    expect(translated, `${locale} has no "${namespace}" namespace`).toBeTypeOf('object')
    const english = [...leaves(reference[namespace] as MessageTree).keys()]
    const keys = [...leaves(translated as MessageTree).keys()]
    expect(
      english.filter((key) => !keys.includes(key)),
      `missing in ${namespace}`
    ).toEqual([])
    expect(
      keys.filter((key) => !english.includes(key)),
      `extra in ${namespace}`
    ).toEqual([])
  })

  it.each(namespaces)('gives every %s message the English placeholders and forms', (namespace) => {
    const translated = leaves((tree[namespace] ?? {}) as MessageTree)
    for (const [key, message] of leaves(reference[namespace] as MessageTree)) {
      const own = translated.get(key)
      if (own === undefined) continue
      const where = `${namespace}.${key}`
      expect(placeholders(own), `placeholders of ${where}`).toEqual(placeholders(message))
      expect(links(own), `links of ${where}`).toEqual(links(message))
      expect(pluralForms(own).length, `plural forms of ${where}`).toBe(pluralForms(message).length)
      expect(
        pluralForms(own).every((form) => form !== ''),
        `empty form in ${where}`
      ).toBe(true)
      if (own === message) expect(own, `${where} is still English`).not.toMatch(ENGLISH_PHRASE)
    }
  })

  it.each(namespaces)(
    'renders every %s message in its language, placeholders filled',
    (namespace) => {
      const global = i18n.global
      for (const [path, message] of leaves(reference[namespace] as MessageTree)) {
        const key = `${namespace}.${path}`
        const named = Object.fromEntries(placeholders(message).map((name) => [name, `⟨${name}⟩`]))
        expect(global.te(key, locale as 'zh-CN'), `${key} has no ${locale} message`).toBe(true)
        for (const count of pluralForms(message).length > 1 ? [0, 1, 2, 5] : [1]) {
          const text = global.t(key, named, { locale: locale as 'zh-CN', plural: count })
          expect(text, `${key} with count ${count}`).not.toBe('')
          for (const name of Object.keys(named))
            expect(text, `${key} with count ${count}`).not.toContain(`{${name}}`)
          expect(text, `${key} with count ${count}`).not.toContain('@:')
        }
      }
    }
  )
})
