import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import RunSummaryPanel from '@renderer/components/training/RunSummaryPanel.vue'
import type { EpochMetrics } from '@shared/model/training'
import { i18n } from '@renderer/i18n'
import type { RunResult } from '@renderer/lib/training/watched-run'
import { ENDED as END } from './fixtures'

const CLASSES = ['setosa', 'versicolor', 'virginica']
/** Run r1 completed. */
const ENDED: RunResult = { runId: 'r1', status: 'completed', ...END, seconds: 75.4 }

describe('run summary', () => {
  /** Epoch 50's figures, as the run's last epoch reported them. */
  const LAST: EpochMetrics = {
    epoch: 50,
    trainLoss: 0.1234567,
    trainAccuracy: 0.975,
    valLoss: 0.1,
    valAccuracy: 0.9667,
    samplesPerSecond: 12000
  }
  const mountSummary = (
    info = ENDED,
    classes: string[] | null = CLASSES,
    lastEpoch: EpochMetrics | null = LAST
  ) => mount(RunSummaryPanel, { props: { info, classes, lastEpoch }, global: { plugins: [i18n] } })

  it('shows the status, the final figures per part (its last epoch’s), time and speed', () => {
    const wrapper = mountSummary()
    expect(wrapper.get('.badge').text()).toBe('Completed')
    expect(wrapper.text()).toContain('after 50 epochs')
    expect(wrapper.get('caption').text()).toBe('Final figures (epoch 50)')
    const rows = wrapper
      .findAll('.numbers tbody tr')
      .map((row) => row.findAll('th, td').map((cell) => cell.text()))
    expect(rows).toEqual([
      ['Training', '0.1235', '97.5%'],
      ['Validation', '0.1', '96.7%']
    ])
    expect(wrapper.text()).toContain('Trained for 1 min 15 s · batches at 12,346 samples/s')
  })

  it('gives a run of a fraction of a second its time as Experiments does, not "0.0 s"', () => {
    const wrapper = mountSummary({ ...ENDED, seconds: 0.049 })
    expect(wrapper.get('.time').text()).toMatch(/^Trained for 0\.05 s ·/)
  })

  it('draws the validation confusion matrix: rows actual, columns predicted', () => {
    const wrapper = mountSummary()
    const table = wrapper.get('.confusion table')
    expect(table.get('caption').text()).toBe('Confusion matrix (Validation)')
    expect(
      table
        .findAll('thead th')
        .slice(1)
        .map((cell) => cell.text())
    ).toEqual(CLASSES)
    const body = table
      .findAll('tbody tr')
      .map((row) => [row.get('th').text(), ...row.findAll('td').map((cell) => cell.text())])
    expect(body).toEqual([
      ['setosa', '10', '0', '0'],
      ['versicolor', '0', '9', '1'],
      ['virginica', '0', '0', '10']
    ])
    expect(table.findAll('tbody tr')[1].findAll('td')[2].attributes('title')).toBe(
      'Actual versicolor, predicted virginica: 1 (10.0% of versicolor)'
    )
  })

  it('falls back to the training matrix when there is no validation part', () => {
    const wrapper = mountSummary({ ...ENDED, summary: { ...ENDED.summary!, validation: null } })
    expect(wrapper.get('.confusion caption').text()).toBe('Confusion matrix (Training)')
    expect(
      wrapper
        .findAll('tbody tr')
        .at(-1)!
        .findAll('td')
        .map((cell) => cell.text())
    ).toEqual(['0', '2', '38'])
  })

  it('shows why a run failed', () => {
    const error = 'the loss became NaN at epoch 1, batch 14; try a smaller learning rate'
    const wrapper = mountSummary({ ...ENDED, status: 'failed', error, epochs: 0 })
    expect(wrapper.get('.badge').text()).toBe('Failed')
    expect(wrapper.get('[role=alert]').text()).toBe(error)
  })

  it('leaves out accuracy and the matrix for regression', () => {
    const regression = {
      ...ENDED,
      summary: {
        ...ENDED.summary!,
        train: { loss: 0.5, accuracy: null, confusion: null },
        validation: null
      }
    }
    const wrapper = mountSummary(regression, null, {
      ...LAST,
      trainAccuracy: null,
      valLoss: null,
      valAccuracy: null
    })
    expect(wrapper.findAll('.numbers th').map((cell) => cell.text())).toEqual([
      'Part',
      'Loss',
      'Training'
    ])
    expect(wrapper.find('.confusion').exists()).toBe(false)
  })

  it('links to the run in Experiments', async () => {
    const wrapper = mountSummary()
    await wrapper.get('button.open-run').trigger('click')
    expect(wrapper.emitted('open-run')).toEqual([['r1']])
  })
})
