import { readFileSync } from 'node:fs'
import { availableParallelism, cpus } from 'node:os'

/** What the results were measured on. */
export interface Machine {
  /** The CPU model, from /proc/cpuinfo. */
  model: string
  cores: number
  node: string
}

/** The CPU model (from /proc/cpuinfo, else Node's report), the cores and Node's version. */
export function describeMachine(): Machine {
  const cpuinfo = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8')
    } catch {
      return ''
    }
  })()
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim()
  return {
    model: model ?? cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: availableParallelism(),
    node: process.version
  }
}
