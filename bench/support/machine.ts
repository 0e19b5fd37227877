import { execFileSync } from 'node:child_process'
import { availableParallelism } from 'node:os'

/** What the results were measured on. */
export interface Machine {
  model: string
  cores: number
  node: string
  /** GFLOP/s of one core with 128-bit (f32x4) fused multiply-adds, two per cycle. */
  fmaPeakPerCore: number
  peakSource: string
}

/** The figure for this machine kind, used when lscpu gives no maximum clock. */
const ASSUMED_PEAK_PER_CORE = 55

/** lscpu's model name and cores, and the 128-bit FMA peak: 2 FMA × 4 lanes × 2 flops × clock. */
export function describeMachine(): Machine {
  const lscpu = (() => {
    try {
      return execFileSync('lscpu', { encoding: 'utf8' })
    } catch {
      return ''
    }
  })()
  const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(lscpu)?.[1]?.trim()
  const maxMegahertz = Number(field('CPU max MHz'))
  const peakFromClock = maxMegahertz > 0 ? (16 * maxMegahertz) / 1000 : null
  return {
    model: field('Model name') ?? 'unknown CPU',
    cores: availableParallelism(),
    node: process.version,
    fmaPeakPerCore: peakFromClock ?? ASSUMED_PEAK_PER_CORE,
    peakSource: peakFromClock
      ? `16 flops/cycle at lscpu's ${maxMegahertz} MHz`
      : `lscpu gives no maximum clock; the issue's ${ASSUMED_PEAK_PER_CORE} GFLOP/s per core`
  }
}
