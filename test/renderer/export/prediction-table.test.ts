import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { ModelFile } from '@shared/model/model-file'
import PredictionTable from '@renderer/components/models/PredictionTable.vue'
import { i18n } from '@renderer/i18n'

/** A model's predictions as the Open model… dialog shows them: classes, regression targets. */
const CLASSIFIER = { classes: ['setosa', 'versicolor'], layers: [] } as unknown as ModelFile
const REGRESSOR = { targets: ['price'], layers: [] } as unknown as ModelFile

describe('the prediction table', () => {
  it('a row per input: its predicted class, the true one marked right or wrong, P of each class', () => {
    const wrapper = mount(PredictionTable, {
      global: { plugins: [i18n] },
      props: {
        model: CLASSIFIER,
        result: {
          rows: [[1], [2]],
          prediction: {
            outputs: [
              [0.91234, 0.08766],
              [0.2, 0.8]
            ],
            classes: ['setosa', 'versicolor'],
            predicted: ['setosa', 'versicolor']
          }
        },
        actual: ['setosa', 'setosa']
      }
    })
    const table = wrapper.get('table.data')
    expect(table.attributes('aria-label')).toBe('Outputs')
    expect(table.findAll('thead th').map((th) => [th.text(), th.attributes('scope')])).toEqual([
      ['Row', 'col'],
      ['Predicted', 'col'],
      ['True', 'col'],
      ['setosa', 'col'],
      ['versicolor', 'col']
    ])
    const rows = table.findAll('tbody tr').map((row) => row.findAll('td'))
    expect(rows.map((cells) => cells.map((cell) => cell.text()))).toEqual([
      ['1', 'setosa', 'setosa', '0.9123', '0.0877'],
      ['2', 'versicolor', 'setosa', '0.2000', '0.8000']
    ])
    expect(rows[0]![1]!.classes()).toContain('predicted')
    expect(rows[0]![2]!.classes()).toContain('right')
    expect(rows[1]![2]!.classes()).toContain('wrong')
    expect(rows[0]![3]!.attributes('title')).toBe('0.91234')
    expect(rows[0]![3]!.classes()).toContain('number')
    // A long prediction scrolls in its box, which Tab reaches while it overflows.
    expect(wrapper.get('.data-table').classes()).toContain('tall')
  })

  it('regression: the targets’ outputs to five digits, no class columns', () => {
    const wrapper = mount(PredictionTable, {
      global: { plugins: [i18n] },
      props: {
        model: REGRESSOR,
        result: {
          rows: [[1]],
          prediction: { outputs: [[123.456789]], classes: null, predicted: null }
        },
        actual: null
      }
    })
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual(['Row', 'price'])
    expect(wrapper.findAll('tbody td').map((td) => td.text())).toEqual(['1', '123.46'])
  })
})
