import { describe, expect, it } from 'vitest'
import en from '@renderer/i18n/en/learn'
import zhInspect from '@renderer/i18n/zh-CN/inspect'
import zhCN from '@renderer/i18n/zh-CN/learn'

/** Every message of a message tree, joined. */
function allText(tree: unknown): string {
  if (typeof tree === 'string') return tree
  return Object.values(tree as Record<string, unknown>)
    .map(allText)
    .join('\n')
}

/**
 * Issue 21's close reading: phrases that read wrongly to a learner coming from the sources,
 * each checked so it does not come back.
 */
describe('the lessons’ wording', () => {
  it('says f′ multiplies δ by at most 0.25 per sigmoid layer (not that δ “shrinks by” 0.25)', () => {
    expect(en.lessons.deep.vanishing.text).not.toMatch(/shrinks by up to a factor/)
    expect(en.lessons.deep.vanishing.text).toContain('multiplies δ by at most 0.25')
    expect(zhCN.lessons.deep.vanishing.text).not.toContain('缩小为原来的 0.25 倍')
    expect(zhCN.lessons.deep.vanishing.text).toContain('最多把 δ 乘以 0.25')
  })

  it('says the article’s figures come from the first program’s update order, which printed half of them', () => {
    const after = en.lessons.worked.after.text
    expect(after).toContain('come from the update order of the first version')
    expect(after).toContain('printed half of them')
    expect(after).toContain('dividing the error by the number of outputs')
    expect(zhCN.lessons.worked.after.text).toContain('打印的是这些数的一半')
  })

  it('in Chinese: the layer after is 后一层 (l+1), not 上一层 (which reads as l−1)', () => {
    expect(zhCN.lessons.deep.recursion.text).toContain('后一层')
    expect(zhCN.lessons.deep.recursion.text).not.toContain('上一层')
  })

  it('in Chinese: 示例数据集 for the bundled samples (样本 is one training example)', () => {
    const text = allText(zhCN)
    expect(text).not.toMatch(/苹果样本|圆环样本/)
    expect(zhCN.lessons.logistic.photos.text).toContain('苹果示例数据集')
    expect(zhCN.lessons.oneHidden.shapes.text).toContain('圆环示例数据集')
  })

  it('in Chinese: 文中 for the article, 已浏览 for a visited lesson, no English left in', () => {
    expect(allText(zhInspect)).not.toContain('书中')
    expect(zhCN.visited).toBe('已浏览')
    const text = allText(zhCN)
    expect(text).not.toContain('units(l)')
    expect(text).not.toContain('课程方向')
  })

  it('credits the worked example and the Chinese version learners know', () => {
    for (const text of [en.lessons.worked.credits.text, zhCN.lessons.worked.credits.text]) {
      expect(text).toContain('Matt Mazur')
      expect(text).toContain('Charlotte77')
      expect(text).toContain('{printedProgram}')
    }
    expect(en.lessons.worked.credits.text).toContain('uses the correct order')
    expect(en.lessons.worked.credits.text).toContain('cannot reproduce the article’s own figures')
  })
})
