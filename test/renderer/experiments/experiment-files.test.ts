import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Task } from '@shared/model/task'
import type { ExperimentOpening } from '@shared/model/experiment-file'
import { i18n, setLocale } from '@renderer/i18n'
import { openExperimentPath, saveExperiment } from '@renderer/composables/use-experiment-files'
import { runCommand } from '@renderer/composables/app-commands'
import TaskPanel from '@renderer/components/training/TaskPanel.vue'
import TrainingSettingsPanel from '@renderer/components/training/TrainingSettingsPanel.vue'
import { taskPlan } from '@renderer/lib/experiments/task-plan'
import { useAppStore } from '@renderer/stores/app'
import { useNetworkStore } from '@renderer/stores/network'
import { useTaskStore } from '@renderer/stores/task'
import { DEFAULT_SETTINGS, useTrainingStore } from '@renderer/stores/training'
import { fakeLab, type FakeHandlers } from '../support/fake-lab'
import { piniaWith } from '../support/pinia'
import { liveState, pointsDataset } from '../training/fixtures'
import { listItem, runPage } from './fixtures'

const downloads: string[] = []
vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn(async () => '/home/uploads/u1/task.bplab')
}))
vi.mock('@renderer/lib/downloads', () => ({
  downloadFrom: (address: string) => downloads.push(address),
  saveText: vi.fn()
}))

const TASK: Task = {
  taskId: 't1',
  experimentId: 'e9',
  datasetId: 'd1',
  config: {
    hidden: [8],
    activation: 'tanh',
    optimizer: 'sgd',
    learningRate: 0.3,
    epochs: 30,
    lrSchedule: { kind: 'exponential', gamma: 0.9, warmupEpochs: 0 }
  },
  locked: ['optimizer', 'learningRate', 'lrSchedule', 'normalize'],
  text: { en: 'Reach 90% with at most 8 hidden units.', 'zh-CN': '用至多 8 个隐藏单元达到 90%。' },
  target: { metric: 'val-accuracy', value: 0.9, maxHiddenUnits: 8, maxEpochs: null }
}

const notices = () => useAppStore().notices.map(({ text }) => text)

/** Save and Open experiment in the window, and a teacher's task with its locks (issue 19). */
describe('experiment files in the window', () => {
  let handlers: FakeHandlers
  beforeEach(() => {
    setLocale('en')
    localStorage.clear()
    downloads.length = 0
    handlers = {
      'runs:list': () => [listItem({ runId: 'r7' })],
      'runs:get': ({ runId }) => runPage(listItem({ runId })),
      'datasets:list': () => [pointsDataset()]
    }
    fakeLab(handlers)
    piniaWith(pointsDataset())
  })

  it('browser mode: Save experiment as… downloads the file the host offers and says what it holds', async () => {
    handlers['experiments:save'] = () => ({
      fileName: 'moons.bplab',
      runs: 2,
      experiments: 1,
      datasets: 1,
      bytes: 2_400_000,
      download: '/download/x.bplab'
    })
    fakeLab(handlers)
    await saveExperiment(['r1', 'r2'])
    expect(downloads).toEqual(['/download/x.bplab'])
    expect(notices()).toEqual(['Saved moons.bplab: 2 runs, 1 dataset (2.4 MB).'])
  })

  it('a refused file is one line in the user’s language, and nothing opens', async () => {
    setLocale('zh-CN')
    const refusal = (reason: 'newer' | 'damaged' | 'hash-mismatch'): ExperimentOpening => ({
      refused: { reason, fileName: 'x.bplab', message: 'English line' }
    })
    for (const reason of ['newer', 'damaged', 'hash-mismatch'] as const) {
      handlers['experiments:open'] = () => refusal(reason)
      fakeLab(handlers)
      expect(await openExperimentPath('/home/uploads/u1/x.bplab')).toBeNull()
    }
    expect(notices()).toEqual([
      'x.bplab 由更新版本的 Backprop Lab 创建；请更新 Backprop Lab 后再打开。',
      'x.bplab 已损坏或不完整；请索取一份新的副本。',
      'x.bplab 中的数据集与记录的哈希值不符；文件已被修改或损坏。'
    ])
    expect(useAppStore().view).not.toBe('experiments')
  })

  it('an opened file lists its runs and opens the first on the Experiments screen', async () => {
    handlers['experiments:open'] = () => ({
      opened: {
        experiments: [{ experimentId: 'e2', name: 'moons' }],
        runs: [{ runId: 'r7', name: 'moons 2-8-1' }],
        datasets: [{ datasetId: 'd1', name: 'moons', reused: true }],
        task: null
      }
    })
    fakeLab(handlers)
    await openExperimentPath('/data/shared.bplab')
    expect(useAppStore().view).toBe('experiments')
    expect(notices()).toEqual([
      'Opened shared.bplab: 1 run, 1 dataset, under new ids (nothing was replaced).'
    ])
  })

  it('a teacher’s task loads its data, network and settings, fixes the locked ones and trains in its experiment', async () => {
    handlers['experiments:open'] = () => ({
      opened: { experiments: [], runs: [], datasets: [], task: TASK }
    })
    handlers['training:start'] = () => liveState()
    const api = fakeLab(handlers)
    await openExperimentPath('/data/task.bplab')
    expect(notices()).toEqual(['Opened task.bplab: a task for you is on the Training screen.'])
    expect(useAppStore().view).toBe('training')
    const training = useTrainingStore()
    expect(training.settings).toMatchObject({ optimizer: 'sgd', learningRate: 0.3, epochs: 30 })
    expect(useNetworkStore().draft.hidden).toEqual([{ units: 8, activation: 'tanh' }])

    const panel = mount(TaskPanel, { global: { plugins: [i18n] } })
    expect(panel.text()).toContain('Reach 90% with at most 8 hidden units.')
    expect(panel.text()).toContain(
      'Target: validation accuracy of at least 90.00%, at most 8 hidden units.'
    )
    expect(panel.text()).toContain(
      'Set by the teacher: Optimizer, Learning rate, Learning-rate schedule, Normalization.'
    )
    const settings = mount(TrainingSettingsPanel, { global: { plugins: [i18n] } })
    const optimizer = settings.get('select')
    expect((optimizer.element as HTMLSelectElement).disabled).toBe(true)
    const normalize = settings
      .findAll('label.field')
      .find((label) => label.text().startsWith('Normalize inputs'))!
      .get('select')
    expect((normalize.element as HTMLSelectElement).disabled).toBe(true)
    // the schedule's fields sit in a disabled fieldset
    expect(
      settings.get('[data-testid=schedule-settings] fieldset').attributes('disabled')
    ).toBeDefined()
    expect(
      settings.get('[data-testid=early-stopping-settings] fieldset').attributes('disabled')
    ).toBeUndefined()

    await training.start()
    expect(api.requests('training:start').at(-1)!.experimentId).toBe('e9')
  })

  it('refuses to start, in one translated line, when the network broke a lock', async () => {
    useTaskStore().adopt({ ...TASK, locked: ['hidden'] })
    useNetworkStore().load({
      hidden: [{ units: 20, activation: 'tanh' }],
      output: 'auto',
      loss: 'auto'
    })
    await expect(useTrainingStore().start()).rejects.toThrow(
      "The teacher fixed Hidden layers for this task; set it back to the task's value to train."
    )
  })

  it('plans a task over the learner’s own settings where the teacher said nothing', () => {
    const plan = taskPlan(
      { ...TASK, config: { hidden: [4, 2], activation: 'relu' } },
      DEFAULT_SETTINGS
    )!
    expect(plan.settings).toEqual(DEFAULT_SETTINGS)
    expect(plan.draft.hidden).toEqual([
      { units: 4, activation: 'relu' },
      { units: 2, activation: 'relu' }
    ])
    expect(taskPlan({ ...TASK, datasetId: null }, DEFAULT_SETTINGS)).toBeNull()
  })

  it('Open experiment… runs from anywhere: the browser’s file picker for .bplab', async () => {
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (
      this: HTMLInputElement
    ) {
      expect(this.type).toBe('file')
      expect(this.accept).toBe('.bplab')
    })
    await runCommand('open-experiment')
    expect(click).toHaveBeenCalledOnce()
    click.mockRestore()
  })
})
