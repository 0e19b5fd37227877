import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ZH_MAIN_MESSAGES } from '@renderer/i18n/zh-CN/main-messages'
import { isUserError } from '@shared/errors'
import { englishText, type LabMessage } from '@shared/messages'
import { MACHINE_FAULTS, type MachineFaultCode } from '@shared/message-tables/machine-faults'
import { machineFault } from '../../../src/main/machine-faults'
import { readPack } from '../../../src/main/services/experiment-files/pack-reader'
import { writePack } from '../../../src/main/services/experiment-files/pack-writer'
import type { PackSources } from '../../../src/main/services/experiment-files/pack-sources'

const FILE = 'F'
/**
 * How an experiment file tells each fault the lab recognises, in English and Chinese (for the
 * codes storage-error.ts's own list knew, the lines users read then); the compiler names a code
 * added to the table without a line here.
 */
const TOLD: Record<MachineFaultCode, { en: string; zh: string }> = {
  ENOSPC: { en: 'F: the disk is full', zh: 'F：磁盘已满' },
  SQLITE_FULL: { en: 'F: the disk is full', zh: 'F：磁盘已满' },
  EDQUOT: { en: 'F: the disk quota is used up', zh: 'F：磁盘配额已用完' },
  EROFS: { en: 'F: the folder is read-only', zh: 'F：文件夹是只读的' },
  SQLITE_READONLY: { en: 'F: the folder is read-only', zh: 'F：文件夹是只读的' },
  SQLITE_CANTOPEN: { en: 'F: it cannot be opened', zh: 'F：无法打开' },
  EACCES: { en: 'F: permission denied', zh: 'F：没有权限' },
  EPERM: { en: 'F: permission denied', zh: 'F：没有权限' },
  EMFILE: {
    en: 'F: too many files are open (EMFILE); close other programs and try again',
    zh: 'F：打开的文件太多（EMFILE）；请关闭其他程序后再试'
  },
  SQLITE_BUSY: {
    en: "F: the lab's database is locked by another process (SQLITE_BUSY); try again; a process stopped in the middle of a write holds it until it goes on",
    zh: 'F：本实验室的数据库被另一个进程锁定（SQLITE_BUSY）；请再试一次；在写入途中停下的进程会一直占用它，直到继续运行'
  }
}

const fault = (code: string): Error => Object.assign(new Error(`${code}: injected`), { code })

/**
 * A lab of one finished run whose store fails with `code` (when given) as soon as an export
 * copies a row or an import writes its transaction: the real pack code meets the fault.
 */
function labFailingWith(code: string | null, datasets: string): PackSources {
  const rows = { get: (id: string) => ({ id, name: 'x' }), raw: () => ({ iterate: () => [] }) }
  return {
    db: {
      runs: { get: (runId: string) => ({ runId, experimentId: 'e1', datasetId: null }) },
      tasks: { forExperiment: () => null },
      connection: {
        prepare: () => {
          if (code) throw fault(code)
          return rows
        }
      },
      transaction: () => {
        throw fault(code ?? 'none')
      }
    },
    home: { datasets }
  } as unknown as PackSources
}

/** The message a refusal carries, in English and as the zh-CN app says it. */
function told(error: unknown): { en: string; zh: string } {
  if (!isUserError(error) || !error.detail) throw error
  const detail: LabMessage = error.detail
  const zh = (ZH_MAIN_MESSAGES[detail.code] as (params: unknown) => string)(detail.params)
  return { en: englishText(detail), zh }
}

describe('machine faults met by experiment-file export and import', () => {
  const folder = mkdtempSync(join(tmpdir(), 'backprop-lab-file-faults-'))
  const renamed = (text: string, file: string) => text.replaceAll(file, FILE)
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  const codes = Object.keys(MACHINE_FAULTS) as MachineFaultCode[]
  it.each(codes)('export tells %s as the table says, naming the file', async (code) => {
    const out = join(folder, `${code}.bplab`)
    const error = await writePack(labFailingWith(code, folder), out, {
      runIds: ['r1'],
      appVersion: 'test'
    }).catch((caught: unknown) => caught)
    const { en, zh } = told(error)
    expect({ en: renamed(en, out), zh: renamed(zh, out) }).toEqual(TOLD[code])
  })

  it.each(codes)('import tells %s as the table says, naming the file', async (code) => {
    const file = join(folder, `import-${code}.bplab`)
    await writePack(labFailingWith(null, folder), file, { runIds: ['r1'], appVersion: 'test' })
    const error = await readPack(labFailingWith(code, folder), file).catch((caught) => caught)
    const { en, zh } = told(error)
    expect({ en: renamed(en, file), zh: renamed(zh, file) }).toEqual(TOLD[code])
  })

  it('tells a fault without a word of its own as the front doors do', () => {
    const silent = codes.filter((code) => MACHINE_FAULTS[code].storage === null)
    expect(silent.length).toBeGreaterThan(0)
    for (const code of silent) expect(told(machineFault(fault(code), FILE))).toEqual(TOLD[code])
  })
})
