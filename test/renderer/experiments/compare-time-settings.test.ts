import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '@renderer/i18n'
import ComparisonSettings from '@renderer/components/experiments/ComparisonSettings.vue'
import RunConfigTable from '@renderer/components/experiments/RunConfigTable.vue'
import { settingRows } from '@renderer/lib/experiments/settings'
import { comparedRun } from './compare-fixtures'

const differing = (views: Parameters<typeof settingRows>[0]) =>
  settingRows(views)
    .filter((row) => row.differs)
    .map((row) => row.key)

/** Two runs the same but for the schedule, early stopping and the input features. */
const plain = comparedRun('a').view
const timed = comparedRun('b', {
  config: {
    lrSchedule: { kind: 'step', stepEpochs: 10, gamma: 0.5, warmupEpochs: 2 },
    earlyStopping: { monitor: 'val-loss', patience: 5, restoreBest: true },
    inputFeatures: ['x', 'y', 'x2', 'sinx']
  }
}).view

const cells = (views = [plain, timed]) => {
  const wrapper = mount(ComparisonSettings, {
    props: { views, colors: ['#0072b2', '#d55e00'] },
    global: { plugins: [i18n] }
  })
  return (field: string) =>
    wrapper.findAll(`tr[data-field="${field}"] td`).map((cell) => cell.text())
}

describe('Comparing runs that differ only in settings over time and input features', () => {
  afterEach(() => {
    i18n.global.locale.value = 'en'
  })

  it('finds each difference alone', () => {
    const only = (config: Parameters<typeof comparedRun>[1]) =>
      differing([plain, comparedRun('b', config).view])
    expect(
      only({ config: { lrSchedule: { kind: 'cosine', minLearningRate: 0, warmupEpochs: 0 } } })
    ).toEqual(['lrSchedule'])
    expect(
      only({
        config: { earlyStopping: { monitor: 'val-accuracy', patience: 3, restoreBest: false } }
      })
    ).toEqual(['earlyStopping'])
    expect(only({ config: { inputFeatures: ['x', 'y', 'xy'] } })).toEqual(['inputFeatures'])
    expect(differing([plain, timed])).toEqual(['lrSchedule', 'earlyStopping', 'inputFeatures'])
  })

  it('takes a schedule with its fields in another order as the same', () => {
    const reordered = comparedRun('c', {
      config: { lrSchedule: { warmupEpochs: 0, kind: 'constant' } }
    }).view
    expect(differing([plain, reordered])).toEqual([])
  })

  it('shows them in words in English', () => {
    const cell = cells()
    expect(cell('lrSchedule')).toEqual([
      'constant',
      'step decay: × 0.5 every 10 epochs, after 2 warm-up epochs'
    ])
    expect(cell('earlyStopping')).toEqual([
      'off',
      'on: validation loss, patience 5, ends with the best epoch’s weights'
    ])
    expect(cell('inputFeatures')).toEqual(['the dataset’s own columns', 'x, y, x², sin x'])
  })

  it('shows them in words in Chinese', () => {
    i18n.global.locale.value = 'zh-CN'
    const cell = cells()
    expect(cell('lrSchedule')).toEqual(['恒定', '阶梯衰减：每 10 轮乘以 0.5，先预热 2 轮'])
    expect(cell('earlyStopping')).toEqual([
      '关闭',
      '开启：观察验证损失，耐心 5 轮，结束时用最佳一轮的权重'
    ])
    expect(cell('inputFeatures')).toEqual(['数据集自身的列', 'x, y, x², sin x'])
  })

  it("lists every config field on a run's page, these three among them", () => {
    const wrapper = mount(RunConfigTable, {
      props: { view: timed },
      global: { plugins: [i18n] }
    })
    const row = (field: string) => wrapper.get(`tr[data-field="${field}"]`).text()
    expect(row('lrSchedule')).toBe(
      'Learning-rate schedulestep decay: × 0.5 every 10 epochs, after 2 warm-up epochs'
    )
    expect(row('earlyStopping')).toContain('patience 5')
    expect(row('inputFeatures')).toBe('Input featuresx, y, x², sin x')
    expect(row('checkpointBudgetMb')).toBe('Checkpoint storage (MB)50')
  })
})
