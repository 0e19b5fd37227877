import { mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '@renderer/i18n'
import RunEvaluation from '@renderer/components/experiments/RunEvaluation.vue'
import RunSummaryPanel from '@renderer/components/training/RunSummaryPanel.vue'
import type { RunResult } from '@renderer/lib/training/watched-run'
import { IRIS_SUMMARY } from '../support/runs'
import { listItem, runPage } from './fixtures'

/**
 * A run stopped inside its first epoch after 5.2 s of slow motion: no epoch finished, so its
 * final evaluation is of its initial weights, and its batches took a hundredth of a second.
 */
const SUMMARY = { ...IRIS_SUMMARY, trainingSeconds: 0.01, samplesPerSecond: 1600 }
const STOPPED: RunResult = {
  runId: 'r1',
  status: 'stopped',
  error: null,
  epochs: 0,
  summary: SUMMARY,
  earlyStop: null,
  targetCheck: null,
  seconds: 5.2
}
const page = runPage(
  listItem({
    runId: 'r1',
    status: 'stopped',
    epochs: 0,
    trainLoss: null,
    valLoss: null,
    valAccuracy: null
  }),
  { summary: SUMMARY, seconds: 5.2 }
)

const summaryPanel = () =>
  mount(RunSummaryPanel, {
    props: { info: STOPPED, lastEpoch: null, classes: ['setosa', 'versicolor', 'virginica'] },
    global: { plugins: [i18n] }
  })
const runEvaluation = () =>
  mount(RunEvaluation, { props: { view: page }, global: { plugins: [i18n] } })

describe('A run stopped inside its first epoch', () => {
  afterEach(() => {
    i18n.global.locale.value = 'en'
  })

  it('shows no confusion matrix beside "no epoch has finished", and the time its progress showed, on the Training screen', () => {
    const wrapper = summaryPanel()
    expect(wrapper.text()).toContain('No epoch has finished yet.')
    expect(wrapper.find('.confusion').exists()).toBe(false)
    expect(wrapper.get('.time').text()).toBe(
      'Trained for 5.2 s · batches at 1,600 samples/s (whole run)'
    )
  })

  it('says the same on its page in Experiments', () => {
    const wrapper = runEvaluation()
    expect(wrapper.text()).toContain('No epoch has finished yet.')
    expect(wrapper.find('.confusion').exists()).toBe(false)
    expect(wrapper.get('.speed').text()).toBe('Trained for 5.2 s · batches at 1,600 samples/s')
  })

  it('says it in Chinese', () => {
    i18n.global.locale.value = 'zh-CN'
    expect(summaryPanel().get('.time').text()).toBe(
      '训练用时 5.2 秒 · 整次训练的批次速度 1,600 样本/秒'
    )
    expect(runEvaluation().get('.speed').text()).toBe('训练用时 5.2 秒 · 批次速度 1,600 样本/秒')
  })
})
