import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { EarlyStop } from '@shared/model/early-stopping'
import { checkTarget } from '@shared/model/task'
import { i18n } from '@renderer/i18n'
import RunStopFacts from '@renderer/components/common/RunStopFacts.vue'
import { earlyStopText, targetCheckText } from '@renderer/lib/experiments/stop-text'

const t = (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {})
const STOP: EarlyStop = {
  monitor: 'val-loss',
  patience: 5,
  stoppedAfter: 23,
  bestEpoch: 18,
  bestValue: 0.123456,
  restored: true
}
const TARGET = { metric: 'val-accuracy', value: 0.9, maxHiddenUnits: 8, maxEpochs: null } as const
const figures = (accuracy: number | null) => ({
  'val-accuracy': accuracy,
  'val-loss': 0.2,
  'train-accuracy': 0.95,
  'train-loss': 0.1
})

describe('how a run ended, in words', () => {
  it('says why and when it stopped early, and whose weights the model has', () => {
    expect(earlyStopText(STOP, t)).toBe(
      'Stopped early after epoch 23: validation loss had not improved for 5 epochs since epoch 18 (0.1235). The model has epoch 18’s weights.'
    )
    expect(earlyStopText({ ...STOP, restored: false }, t)).toMatch(/the last epoch’s weights\.$/)
  })

  it('says whether the teacher’s target was met, and what missed it', () => {
    const met = checkTarget(TARGET, { figures: figures(0.9333), hiddenUnits: 8, epochs: 40 })
    expect(targetCheckText(met, t)).toBe(
      'Task target met: validation accuracy of at least 90.00%, at most 8 hidden units.'
    )
    const missed = checkTarget(TARGET, { figures: figures(0.85), hiddenUnits: 16, epochs: 40 })
    expect(targetCheckText(missed, t)).toBe(
      'Task target not met (validation accuracy of at least 90.00%, at most 8 hidden units): validation accuracy was 85.00%, it has 16 hidden units.'
    )
  })

  it('says both in Chinese', () => {
    i18n.global.locale.value = 'zh-CN'
    try {
      const wrapper = mount(RunStopFacts, {
        props: {
          earlyStop: STOP,
          targetCheck: checkTarget(TARGET, { figures: figures(null), hiddenUnits: 4, epochs: 9 })
        },
        global: { plugins: [i18n] }
      })
      expect(wrapper.get('[data-testid="early-stop"]').text()).toBe(
        '在第 23 轮后提前停止：自第 18 轮（0.1235）以来，验证损失已连续 5 轮没有改善。模型使用第 18 轮的权重。'
      )
      expect(wrapper.get('[data-testid="target-check"]').text()).toBe(
        '任务目标未达成（验证准确率至少 90.00%，隐藏单元至多 8 个）：这次训练没有验证准确率。'
      )
    } finally {
      i18n.global.locale.value = 'en'
    }
  })
})
