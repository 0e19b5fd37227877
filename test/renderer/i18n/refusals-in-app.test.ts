import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LabError } from '@renderer/api/lab-error'
import { setLocale } from '@renderer/i18n'
import { useAppStore } from '@renderer/stores/app'
import type { InvokeReply } from '@shared/ipc/contract'
import type { ModelFile } from '@shared/model/model-file'
import { dispatch } from '../../../src/main/ipc/dispatch'
import type { InvokeHandlers } from '../../../src/main/ipc/handler-types'
import { assertFiniteParameters } from '../../../src/main/services/export/guards'
import { writeFolderAtOnce } from '../../../src/main/services/export/output-folder'
import { canMountTmpfs, mountTmpfs, unmountTmpfs } from '../../support/tmpfs'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: true,
  pathForDrop: vi.fn()
}))

/**
 * Main's refusals reach the zh-CN app in Chinese, in one line: the real export code refuses
 * (or meets a full disk), main's dispatch turns it into a reply as it does for every channel,
 * and the app shows the reply as api/lab.ts and the app store's notices do.
 */
async function noticeFor(work: () => Promise<void>): Promise<string> {
  const handlers = { 'runs:export': work } as unknown as InvokeHandlers
  const caller = { windowId: null, check: () => {} }
  const request = { runId: 'r1', format: 'onnx' }
  const reply = (await dispatch(handlers, 'runs:export', request, caller)) as InvokeReply<never>
  if (reply.ok) throw new Error('expected a refusal')
  const app = useAppStore()
  app.reportError(new LabError(reply.error.kind, reply.error.message, reply.error.detail))
  return app.notices.at(-1)!.text
}

const model = (weight: number): ModelFile => ({
  format: 'backprop-lab/model',
  formatVersion: 1,
  inputSize: 1,
  layers: [{ units: 1, activation: 'sigmoid', weights: [[weight]], biases: [0] }],
  loss: 'binary-cross-entropy'
})

describe("main's refusals in the zh-CN app", () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    setLocale('zh-CN')
  })
  afterEach(() => setLocale('en'))

  it('an export refused for a NaN weight is one Chinese line naming the weight', async () => {
    const text = await noticeFor(async () => assertFiniteParameters(model(Number.NaN)))
    expect(text).toBe('layers[0].weights[0][0] 的值是 NaN：含有 NaN 或 Infinity 权重的模型无法导出')
  })

  it('an export into a folder that is not empty says so in Chinese', async () => {
    const folder = join(import.meta.dirname, '..')
    const text = await noticeFor(() => writeFolderAtOnce(folder, []))
    expect(text).toBe(`${folder}：输出文件夹不是空的；请指定一个新的或空的文件夹`)
  })

  describe('a disk that is full while exporting', () => {
    const mounted = canMountTmpfs.ok ? mountTmpfs(1) : null
    afterAll(() => mounted && unmountTmpfs(mounted))

    it.runIf(mounted)('is one Chinese line naming the export folder, with what to do', async () => {
      writeFileSync(join(mounted!, 'filler'), Buffer.alloc(900 * 1024))
      const out = join(mounted!, 'export')
      const big = {
        name: 'model.onnx',
        description: 'the model',
        contents: Buffer.alloc(512 * 1024)
      }
      const text = await noticeFor(() => writeFolderAtOnce(out, [big]))
      expect(text).toBe(`${out}：磁盘已满（ENOSPC）；请腾出一些空间后再试`)
    })
    if (!mounted) it(`a full tmpfs: not run here (${canMountTmpfs.reason})`, () => undefined)
  })

  it('a machine fault from a stand-in file system (no root needed) reads the same', async () => {
    const file = '/x/out/model.onnx'
    const full = Object.assign(new Error(`ENOSPC: no space left on device, write`), {
      code: 'ENOSPC',
      path: file
    })
    const text = await noticeFor(async () => {
      throw full
    })
    expect(text).toBe(`${file}：磁盘已满（ENOSPC）；请腾出一些空间后再试`)
  })
})
