import { describe, expect, it } from 'vitest'
import en from '@renderer/i18n/en/inspect'
import zhCN from '@renderer/i18n/zh-CN/inspect'
import { leaves, placeholders, pluralForms, type MessageTree } from '../i18n/message-tree'

const english = leaves(en as unknown as MessageTree)
const chinese = leaves(zhCN as unknown as MessageTree)

describe('Inspect texts', () => {
  it('have the same keys in English and Simplified Chinese', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort())
  })

  it('have the same placeholders and plural forms in both', () => {
    for (const [key, message] of english) {
      const translated = chinese.get(key)!
      expect(placeholders(translated), key).toEqual(placeholders(message))
      expect(pluralForms(translated).length, key).toBe(pluralForms(message).length)
    }
  })

  it('use the standard Chinese terms for the screen’s ideas', () => {
    const all = [...chinese.values()].join('\n')
    for (const term of [
      '权重',
      '偏置',
      '激活值',
      '梯度范数',
      '直方图',
      '逐步反向传播',
      '梯度检验',
      '混淆矩阵',
      '死亡 ReLU',
      '饱和',
      '梯度消失',
      '梯度爆炸',
      '学习率'
    ])
      expect(all, term).toContain(term)
  })
})
