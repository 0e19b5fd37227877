import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import DataProblems from '@renderer/components/data/DataProblems.vue'
import DatasetSummaryPanel from '@renderer/components/data/DatasetSummaryPanel.vue'
import { i18n, setLocale } from '@renderer/i18n'
import { message } from '@shared/messages'
import { skippedItem, type SkippedItem } from '@shared/model/skipped'
import { fakeLab } from '../support/fake-lab'
import { csvDataset } from './fixtures'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

describe('dataset summary', () => {
  let pinia: Pinia
  beforeEach(() => {
    fakeLab({})
    pinia = createPinia()
    setActivePinia(pinia)
  })
  const mountWith = (
    component: typeof DatasetSummaryPanel | typeof DataProblems,
    dataset = csvDataset()
  ) => mount(component, { props: { dataset }, global: { plugins: [pinia, i18n] } })

  it('shows each class’s rows and share: 6, 4 and 2 of 12 rows are 50 %, 33 % and 17 %', () => {
    const wrapper = mountWith(DatasetSummaryPanel)
    const rows = wrapper.findAll('[data-test=class-share]').map((row) =>
      row
        .findAll('th, td')
        .map((cell) => cell.text())
        .filter(Boolean)
    )
    // each class name comes with its rename button (✎)
    expect(rows).toEqual([
      ['a ✎', '6', '50%'],
      ['b ✎', '4', '33%'],
      ['c ✎', '2', '17%']
    ])
    // the largest class has three times the rows of the smallest
    expect(wrapper.text()).toContain('The largest class has 3 times the rows of the smallest')
    expect(wrapper.get('[data-test=rows]').text()).toBe('12')
  })

  it('lists regression targets instead of classes', () => {
    const wrapper = mountWith(
      DatasetSummaryPanel,
      csvDataset({ classes: null, classCounts: null, targets: ['price'] })
    )
    expect(wrapper.findAll('[data-test=class-share]')).toHaveLength(0)
    expect(wrapper.text()).toContain('regression · 1 target')
    expect(wrapper.text()).toContain('price')
  })

  it('lists left-out files and lines with their reasons, the notes and the audit', () => {
    const dataset = csvDataset({
      kind: 'images',
      skipped: [
        {
          file: 'coat/00378-corrupt-truncated.png',
          reason: 'cannot decode (vipspng: libpng read error)'
        },
        { file: 'pets.csv', line: 4, reason: 'missing value in column "size"' }
      ],
      notes: ['resized 2 images to 28×28'],
      audit: { duplicateRows: 1, constantFeatures: ['pixel_0_0', 'pixel_0_1'] }
    })
    expect(mountWith(DatasetSummaryPanel, dataset).get('[data-test=skipped-summary]').text()).toBe(
      '2 files were left out: see Problems and notes below.'
    )
    const problems = mountWith(DataProblems, dataset)
    const skipped = problems
      .findAll('[data-test=skipped]')
      .map((item) => item.findAll('span').map((part) => part.text()))
    expect(skipped).toEqual([
      [
        'coat/00378-corrupt-truncated.png',
        'coat/00378-corrupt-truncated.png',
        'cannot decode (vipspng: libpng read error)'
      ],
      ['pets.csvline 4', 'pets.csv', 'line 4', 'missing value in column "size"']
    ])
    expect(problems.text()).toContain('resized 2 images to 28×28')
    expect(problems.text()).toContain('1 row repeats an earlier row (same inputs and class).')
    expect(problems.text()).toContain(
      '2 features have one value only and carry no information: pixel_0_0, pixel_0_1.'
    )
  })

  it('groups problems by kind with counts; the line number is its own part, never cut off', async () => {
    const skipped: SkippedItem[] = Array.from({ length: 60 }, (_, index) => ({
      file: 'a-very-long-file-name-that-the-panel-has-to-shorten-somewhere.csv',
      line: index + 2,
      kind: 'wrong-field-count',
      reason: 'expected 5 fields (as in the header), got 6'
    }))
    skipped.push({
      file: 'a-very-long-file-name-that-the-panel-has-to-shorten-somewhere.csv',
      line: 90,
      kind: 'missing-value',
      reason: 'missing value in column "size"'
    })
    const problems = mountWith(DataProblems, csvDataset({ skipped }))
    const headings = problems.findAll('[data-test=skipped-group] h5').map((h) => h.text())
    expect(headings).toEqual(['Wrong number of fields (60)', 'Missing value (1)'])
    expect(problems.findAll('[data-test=skipped]')).toHaveLength(8 + 1)
    expect(problems.get('[data-test=skipped] .line').text()).toBe('line 2')
    await problems.get('button.link').trigger('click')
    expect(problems.findAll('[data-test=skipped]')).toHaveLength(50 + 1)
    expect(problems.text()).toContain('… and 10 more of this kind')
    i18n.global.locale.value = 'zh-CN'
    await problems.vm.$nextTick()
    expect(problems.findAll('[data-test=skipped-group] h5').map((h) => h.text())).toEqual([
      '字段数不对（60）',
      '缺少值（1）'
    ])
    expect(problems.get('[data-test=skipped] .line').text()).toBe('第 2 行')
    i18n.global.locale.value = 'en'
  })

  it('in 简体中文, the rows a table import left out and its notes are said in Chinese', async () => {
    const file = 'iris.jsonl'
    const skipped = [
      skippedItem({ file, line: 5 }, 'unreadable-record', message('row.notJson', {})),
      skippedItem({ file, line: 10 }, 'unreadable-record', message('row.notRecord', { is: 'list' }))
    ]
    const notes = [
      message('table.sheet', { sheet: 'Blatt1', sheets: ['Blatt1', 'Notes'] }),
      message('table.rowsLeftOut', {
        count: 2,
        groups: [{ kind: 'unreadable-record', count: 2, line: 5 }]
      }),
      message('idx.officialSplit', { trainRows: 60000, total: 70000, files: ['t10k-images'] })
    ]
    setLocale('zh-CN')
    try {
      const problems = mountWith(DataProblems, csvDataset({ skipped, notes }))
      await problems.vm.$nextTick()
      expect(
        problems.findAll('[data-test=skipped] > span:last-child').map((s) => s.text())
      ).toEqual(['不是有效的 JSON', '不是带字段的记录：它是列表'])
      expect(problems.findAll('.notes li').map((li) => li.text())).toEqual(
        expect.arrayContaining([
          '工作表“Blatt1”（共 2 个工作表：Blatt1、Notes）',
          '略去了 2 行：2 项无法读取（第一处：第 5 行）',
          '保留官方划分：第 1–60000 行用于训练和验证，第 60001–70000 行（t10k-images）是测试集'
        ])
      )
    } finally {
      setLocale('en')
    }
  })

  it('renames a class from the class balance', async () => {
    const fake = fakeLab({
      'datasets:get': () => csvDataset(),
      'datasets:rename-classes': ({ classes }) => csvDataset({ classes }),
      'datasets:list': () => [csvDataset()]
    })
    const wrapper = mountWith(DatasetSummaryPanel)
    const firstClass = wrapper.findAll('[data-test=class-share]')[0]
    await firstClass.get('button').trigger('click')
    await firstClass.get('input').setValue('apple')
    await firstClass.get('form').trigger('submit')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(fake.requests('datasets:rename-classes')).toEqual([
      { datasetId: csvDataset().datasetId, classes: ['apple', 'b', 'c'] }
    ])
  })
})
