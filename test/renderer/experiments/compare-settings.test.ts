import { describe, expect, it } from 'vitest'
import {
  COMPARED_SETTINGS,
  runSettings,
  sameSetting,
  settingRows
} from '@renderer/lib/experiments/settings'
import { settingText } from '@renderer/lib/experiments/setting-text'
import { i18n } from '@renderer/i18n'
import { comparedRun } from './compare-fixtures'

const differing = (views: Parameters<typeof settingRows>[0]) =>
  settingRows(views)
    .filter((row) => row.differs)
    .map((row) => row.key)

describe('sameSetting', () => {
  it('compares lists element by element and tells null from a value', () => {
    expect(sameSetting([8, 8], [8, 8])).toBe(true)
    expect(sameSetting([8, 8], [8])).toBe(false)
    expect(sameSetting([8, 8], [88])).toBe(false)
    expect(sameSetting([0.8, 0.2], [0.8, 0.2])).toBe(true)
    expect(sameSetting([0.8, 0.2], [0.2, 0.8])).toBe(false)
    expect(sameSetting([], null)).toBe(false)
    expect(sameSetting(null, null)).toBe(true)
    expect(sameSetting(null, undefined)).toBe(true)
    expect(sameSetting(null, '/presets/a.model.json')).toBe(false)
    expect(sameSetting(0, null)).toBe(false)
    expect(sameSetting('full', 32)).toBe(false)
    expect(sameSetting(false, 0)).toBe(false)
  })
})

describe('settingRows', () => {
  it('finds no difference between runs whose lists are equal copies', () => {
    const a = comparedRun('a').view
    const b = comparedRun('b', { config: { split: [0.8, 0.2], hidden: [32] } }).view
    expect(differing([a, b])).toEqual([])
    expect(settingRows([a, b]).map((row) => row.key)).toEqual([...COMPARED_SETTINGS])
  })

  it('marks nested lists, null against a value and scalars that differ, in table order', () => {
    const a = comparedRun('a').view
    const b = comparedRun('b', {
      config: { learningRate: 0.01, split: [0.7, 0.15, 0.15], initModel: '/presets/m.model.json' },
      layers: [
        [8, 'tanh'],
        [8, 'tanh'],
        [3, 'softmax']
      ]
    }).view
    expect(differing([a, b])).toEqual([
      'architecture',
      'hidden',
      'hiddenActivations',
      'learningRate',
      'initModel',
      'split'
    ])
    const rows = new Map(settingRows([a, b]).map((row) => [row.key, row]))
    expect(rows.get('hidden')!.values).toEqual([[32], [8, 8]])
    expect(rows.get('hiddenActivations')!.values).toEqual([['relu'], ['tanh', 'tanh']])
    expect(rows.get('architecture')!.values).toEqual(['4-32-3', '4-8-8-3'])
    expect(rows.get('initModel')!.values).toEqual([null, '/presets/m.model.json'])
    expect(rows.get('split')!.values).toEqual([
      [0.8, 0.2],
      [0.7, 0.15, 0.15]
    ])
  })

  it('marks a row that differs in only one of three runs', () => {
    const a = comparedRun('a').view
    const b = comparedRun('b').view
    const c = comparedRun('c', { config: { batchSize: 'full', l2: 0 } }).view
    expect(differing([a, b, c])).toEqual(['l2', 'batchSize'])
  })

  it('takes the network as built: the output and loss an auto choice became, no hidden layer', () => {
    const logistic = comparedRun('a', {
      config: { hidden: [], output: 'auto', loss: 'auto' },
      layers: [[1, 'sigmoid']],
      loss: 'binary-cross-entropy',
      view: { datasetName: null, preprocessing: { kind: 'scale', factor: 1 / 255 } }
    }).view
    const settings = runSettings(logistic)
    expect(settings.hidden).toEqual([])
    expect(settings.hiddenActivations).toEqual([])
    expect(settings.output).toBe('sigmoid')
    expect(settings.loss).toBe('binary-cross-entropy')
    expect(settings.architecture).toBe('4-1 logistic regression')
    expect(settings.dataset).toBeNull()
    expect(settings.preprocessing).toBe('scale × 0.003922')
    const differs = differing([comparedRun('b').view, logistic])
    expect(differs).toContain('dataset')
    expect(differs).toContain('output')
    expect(differs).toContain('preprocessing')
  })
})

describe('settingText', () => {
  const t = (key: string) => `<${key}>`
  it('shows a dash for null, "none" for no hidden layer, lists and the split in words', () => {
    expect(settingText('initModel', null, t)).toBe('<experiments.none>')
    expect(settingText('hidden', [], t)).toBe('<experiments.config.noHidden>')
    expect(settingText('hidden', [8, 8], t)).toBe('8, 8')
    expect(settingText('split', [0.8, 0.2], t)).toBe('0.8 / 0.2')
    expect(settingText('batchSize', 'full', t)).toBe('<experiments.config.fullBatch>')
    expect(settingText('shuffle', false, t)).toBe('<experiments.config.no>')
    expect(settingText('learningRate', 0.005, t)).toBe('0.005')
  })

  it('puts the preprocessing applied in the UI’s words, in both languages', () => {
    const { t } = i18n.global
    i18n.global.locale.value = 'zh-CN'
    expect(settingText('preprocessing', 'standardize', t)).toBe('标准化（均值 0，标准差 1）')
    expect(settingText('preprocessing', 'scale × 0.003922', t)).toBe('缩放 × 0.003922')
    i18n.global.locale.value = 'en'
    expect(settingText('preprocessing', 'minmax', t)).toBe('Min–max to [0, 1]')
    expect(settingText('preprocessing', 'scale × 0.003922', t)).toBe('Scale × 0.003922')
  })
})
