// @vitest-environment node
// The lab (SQLite, the engine worker) runs in Node, as main does; the renderer code is pure here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LabError } from '@renderer/api/lab-error'
import { labErrorText, mainMessageText } from '@renderer/composables/main-messages'
import { setLocale } from '@renderer/i18n'
import {
  caller,
  trainedLab,
  valueOf,
  type Call,
  type TrainedLab
} from '../../ipc/support/trained-lab'

/**
 * A training refusal raised in main, and a run's failure reason stored by main, reach the
 * renderer as codes and are said in Chinese: through dispatch as the renderer calls it, then as
 * the renderer's api turns a reply into a LabError (src/renderer/src/api/lab.ts) and the app's
 * notice or the run's header says it (labErrorText, mainMessageText).
 */
describe("training's messages, from main to the renderer in zh-CN", () => {
  let trained: TrainedLab
  let call: Call
  beforeAll(async () => {
    trained = await trainedLab()
    call = caller(trained.lab, { mode: 'browser' })
    setLocale('zh-CN')
  })
  afterAll(() => {
    setLocale('en')
    trained.close()
  })

  it('a refused start is said in Chinese; its English text is unchanged', async () => {
    const reply = await call('training:start', {
      datasetId: trained.datasetId,
      config: {
        epochs: 3,
        split: [1],
        earlyStopping: { monitor: 'val-loss', patience: 2, restoreBest: false }
      }
    })
    if (reply.ok) throw new Error('the start was not refused')
    const error = new LabError(reply.error.kind, reply.error.message, reply.error.detail)
    expect(error.message).toBe(
      'early stopping watches the validation part: give the split one (e.g. --split 0.8,0.2)'
    )
    expect(labErrorText(error)).toBe(
      '提前停止要观察验证集：请在划分中留出验证部分（例如 --split 0.8,0.2）'
    )
  })

  it('pausing a run that is not training names the run in Chinese', async () => {
    const runId = await trained.train({ hidden: [3], epochs: 2, seed: 1 })
    const reply = await call('training:resume', { runId })
    if (reply.ok) throw new Error('the call was not refused')
    const error = new LabError(reply.error.kind, reply.error.message, reply.error.detail)
    expect(error.message).toBe(`run ${runId} is not training`)
    expect(labErrorText(error)).toBe(`训练记录 ${runId} 当前没有在训练`)
  })

  it("a diverged run's stored failure reason is said in Chinese on its page", async () => {
    const state = valueOf(
      await call('training:start', {
        datasetId: trained.datasetId,
        config: { hidden: [8], epochs: 5, learningRate: 1e30, optimizer: 'sgd', seed: 3 }
      })
    )
    const outcome = await trained.lab.training.get(state.runId)!.finished
    expect(outcome.status).toBe('failed')
    const page = valueOf(await call('runs:get', { runId: state.runId }))
    const reason = mainMessageText(page.detail.error!)
    expect(reason).toMatch(
      /^第 1 轮第 \d+ 批(时损失变成了 (NaN|Infinity)|的更新使权重溢出为 Infinity 或 NaN)；请试试更小的学习率（模型保留为训练前的状态）$/
    )
  })
})
