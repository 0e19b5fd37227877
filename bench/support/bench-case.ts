import type { ActivationName, LossName } from '../../src/shared/model/network'

/** A dataset written as raw little-endian Float32 files, row-major, for every engine to read. */
export interface BenchData {
  inputs: string
  targets: string
  /**
   * Images: the same inputs as the pixel bytes they are (value b / 255), which our engine trains
   * from as the lab stores them; the peers read the Float32 file.
   */
  bytes?: string
  rows: number
  inputSize: number
  outputs: number
}

/** One training workload, run the same way by our engine and by every peer. */
export interface BenchCase {
  id: string
  title: string
  data: BenchData
  /** [units, activation] per layer; the last layer's activation pairs with `loss`. */
  layers: [number, ActivationName][]
  loss: LossName
  batchSize: number
  learningRate: number
  shuffle: boolean
  /** Seconds of training timed after the warm-up (at least three steps either way). */
  seconds: number
  warmupSeconds: number
  /**
   * Instead of seconds: epochs of warm-up (JIT tiers, caches) and epochs timed after them, for
   * workloads whose epochs are a few milliseconds (the tiny network: epochs 5–40 of 40).
   */
  epochs?: { warmup: number; timed: number }
}

/** What an engine reports for one case. */
export interface BenchResult {
  samplesPerSecond: number
  /** Free text, e.g. what differs in the peer's model. */
  note?: string
}

/** One training step of `batchSize` samples (or fewer at an epoch's end); returns the samples. */
export type TrainingStep = () => number

/** Reads a BenchData file pair. */
export async function readBenchData(
  data: BenchData
): Promise<{ inputs: Float32Array; targets: Float32Array }> {
  const { readFile } = await import('node:fs/promises')
  const floats = (buffer: Buffer): Float32Array =>
    new Float32Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength))
  return {
    inputs: floats(await readFile(data.inputs)),
    targets: floats(await readFile(data.targets))
  }
}
