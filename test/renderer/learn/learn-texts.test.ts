import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import en from '@renderer/i18n/en/learn'
import zhCN from '@renderer/i18n/zh-CN/learn'
import { lessonContext } from '@renderer/lib/learn/context'
import { LESSONS } from '@renderer/lib/learn/lessons'
import { DEFAULT_SETTINGS } from '@renderer/lib/training/run-controls'

interface Tree {
  [key: string]: string | Tree
}

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') found.set(path, value)
    else for (const [inner, message] of leaves(value, path)) found.set(inner, message)
  }
  return found
}

const placeholders = (message: string): string[] =>
  [...new Set([...message.matchAll(/\{\s*(\w+)\s*\}/g)].map((match) => match[1]))].sort()

const english = leaves(en as unknown as Tree)
const chinese = leaves(zhCN as unknown as Tree)
const context = lessonContext(
  { kind: 'images', inputShape: [100, 100, 3], rows: 326 },
  [30000, 1],
  DEFAULT_SETTINGS
)

describe('the learn namespace in English and Chinese', () => {
  it('has the same keys in both languages', () => {
    expect([...chinese.keys()]).toEqual([...english.keys()])
  })

  it('has the same placeholders in every message, and Chinese text where English has words', () => {
    for (const [key, message] of english) {
      const translated = chinese.get(key)!
      expect(placeholders(translated), key).toEqual(placeholders(message))
      if (/[a-z]{3,} [a-z]{3,}/.test(message)) expect(translated, key).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('uses no vue-i18n syntax by accident: every message renders with its placeholders filled', () => {
    const i18n = createI18n({
      legacy: false,
      locale: 'en',
      messages: { en: { learn: en }, zh: { learn: zhCN } }
    })
    for (const locale of ['en', 'zh'] as const) {
      i18n.global.locale.value = locale
      for (const [key, message] of locale === 'en' ? english : chinese) {
        const params = Object.fromEntries(placeholders(message).map((name) => [name, `<${name}>`]))
        const rendered = i18n.global.t(`learn.${key}`, params)
        expect(rendered, key).not.toMatch(/\{\w+\}/)
        for (const name of Object.keys(params))
          expect(rendered, `${key} shows ${name}`).toContain(`<${name}>`)
      }
    }
  })
})

describe('every lesson’s texts', () => {
  it('exist for each lesson, section, try-it and exercise, with their placeholders supplied', () => {
    for (const lesson of LESSONS) {
      const base = `lessons.${lesson.id}`
      expect(english.has(`${base}.title`), `${base}.title`).toBe(true)
      expect(english.has(`${base}.summary`), `${base}.summary`).toBe(true)
      for (const section of lesson.sections) {
        const given = Object.keys(section.params?.(context) ?? {})
        for (const part of ['title', 'text', 'after']) {
          const message = english.get(`${base}.${section.id}.${part}`)
          if (part !== 'after') expect(message, `${base}.${section.id}.${part}`).toBeDefined()
          for (const name of placeholders(message ?? ''))
            expect(given, `${section.id}.${part}: ${name}`).toContain(name)
        }
      }
      for (const section of lesson.sections)
        for (const remark of section.remarks ?? []) {
          const key = `${base}.${section.id}.remarks.${remark.id}`
          expect(english.has(key), key).toBe(true)
          expect(english.has(`remark.sources.${remark.source}`), remark.source).toBe(true)
        }
      for (const setup of lesson.tryIts) {
        expect(english.has(`tryIts.${setup.id}.label`), setup.id).toBe(true)
        expect(english.has(`tryIts.${setup.id}.hint`), setup.id).toBe(true)
      }
      for (const exercise of lesson.exercises) {
        const given = [...Object.keys(exercise.params?.(context) ?? {}), 'answer']
        for (const part of ['prompt', 'explain']) {
          const key = `exercises.${lesson.id}.${exercise.id}.${part}`
          expect(english.has(key), key).toBe(true)
          for (const name of placeholders(english.get(key)!))
            expect(given, `${key}: ${name}`).toContain(name)
        }
      }
    }
  })

  it('covers all five lessons, checking gradients among them, in both languages', () => {
    expect(LESSONS.map((lesson) => lesson.id)).toEqual([
      'logistic',
      'oneHidden',
      'worked',
      'deep',
      'gradients'
    ])
    const gradients = [...english.keys()].filter((key) => key.startsWith('lessons.gradients.'))
    expect(gradients.length).toBeGreaterThanOrEqual(12)
    for (const key of gradients) expect(chinese.get(key), key).toMatch(/[\u4e00-\u9fff]/)
  })

  it('offers every try-it of a lesson in one of its sections', () => {
    for (const lesson of LESSONS) {
      const offered = lesson.sections.flatMap((section) => section.tryIts ?? []).sort()
      expect(offered).toEqual(lesson.tryIts.map((setup) => setup.id).sort())
    }
  })
})
