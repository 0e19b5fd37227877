import { describe, expect, it } from 'vitest'
import { mergeTexts } from '@renderer/i18n/merge-texts'

/** A screen's texts split into files (Learn: one per lesson) merge back into one tree. */
describe('mergeTexts', () => {
  it('merges slices of one tree level by level, leaving the slices as they were', () => {
    const screen = { title: 'Learn', check: { submit: 'Check' } }
    const first = { lessons: { one: { title: 'One' } }, tryIts: { oneTrain: 'Train' } }
    const second = { lessons: { two: { title: 'Two' } }, tryIts: { twoStep: 'Step' } }
    const tree = mergeTexts(screen, first, second)
    expect(tree).toEqual({
      title: 'Learn',
      check: { submit: 'Check' },
      lessons: { one: { title: 'One' }, two: { title: 'Two' } },
      tryIts: { oneTrain: 'Train', twoStep: 'Step' }
    })
    expect(tree.lessons.two.title).toBe('Two')
    expect(first.lessons).toEqual({ one: { title: 'One' } })
  })

  it('refuses a text two slices both give', () => {
    expect(() =>
      mergeTexts({ lessons: { one: { title: 'One' } } }, { lessons: { one: { title: 'Uno' } } })
    ).toThrow('the text lessons.one.title is given twice')
    expect(() => mergeTexts({ title: 'Learn' }, { title: { long: 'Learn' } })).toThrow(
      'the text title is given twice'
    )
  })
})
