import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import DataProblems from '@renderer/components/data/DataProblems.vue'
import { i18n, setLocale } from '@renderer/i18n'
import { importImageFolder } from '../../../src/main/services/datasets/images/image-folder-importer'
import { DIRTY } from '../../services/datasets/images/folder-import-support'
import { fakeLab } from '../support/fake-lab'
import { csvDataset } from './fixtures'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

describe('an image-folder import on the Data screen', () => {
  it('in 简体中文, the corrupt image it left out is listed with its problem in Chinese', async () => {
    // The real import of fashion-mnist-folders/dirty: one PNG is cut short.
    const imported = await importImageFolder(DIRTY)
    fakeLab({})
    const dataset = csvDataset({ kind: 'images', skipped: imported.skipped, notes: imported.notes })
    setLocale('zh-CN')
    try {
      const problems = mount(DataProblems, {
        props: { dataset },
        global: { plugins: [createPinia(), i18n] }
      })
      await problems.vm.$nextTick()
      expect(problems.findAll('[data-test=skipped-group] h5').map((h) => h.text())).toEqual([
        '无法读取的文件（1）'
      ])
      expect(
        problems.findAll('[data-test=skipped]').map((item) => item.findAll('span').at(-1)!.text())
      ).toEqual(['无法解码（vipspng: libpng read error）'])
      expect(problems.get('[data-test=skipped]').text()).toContain(
        'coat/00378-corrupt-truncated.png'
      )
      expect(problems.findAll('.notes li').map((li) => li.text())).toEqual(
        expect.arrayContaining([expect.stringMatching(/^已将 2 张图片缩放到 28×28/)])
      )
    } finally {
      setLocale('en')
    }
  })
})
