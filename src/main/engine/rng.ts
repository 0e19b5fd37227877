/**
 * A seeded pseudo-random number generator: sfc32 (Chris Doty-Humphrey's "small fast counting"
 * generator, 128 bits of state, passes PractRand). Everything random in the engine (weight
 * initialization, shuffling, data splits) takes an Rng, so a seed reproduces a run exactly, and
 * the state can be saved in a checkpoint and restored to continue bit for bit.
 */
export class Rng {
  private a: number
  private b: number
  private c: number
  private counter: number
  private spareNormal: number | null = null

  /** Seeds from a 32-bit integer (a non-integer seed is truncated). */
  constructor(seed: number) {
    this.a = 0x9e3779b9
    this.b = 0x243f6a88
    this.c = 0xb7e15162
    this.counter = seed >>> 0
    // Warm up so that nearby seeds give unrelated streams.
    for (let i = 0; i < 15; i++) this.nextUint32()
  }

  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.counter) | 0
    this.counter = (this.counter + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return t >>> 0
  }

  /** A uniform number in [0, 1) with 32 bits of randomness. */
  next(): number {
    return this.nextUint32() / 4294967296
  }

  /** A uniform number in [low, high). */
  uniform(low: number, high: number): number {
    return low + (high - low) * this.next()
  }

  /** A uniform integer in [0, n). */
  integer(n: number): number {
    return Math.floor(this.next() * n)
  }

  /** A standard normal sample (Box–Muller; the second value of each pair is kept for the next call). */
  normal(): number {
    if (this.spareNormal !== null) {
      const spare = this.spareNormal
      this.spareNormal = null
      return spare
    }
    let u = 0
    while (u === 0) u = this.next()
    const v = this.next()
    const radius = Math.sqrt(-2 * Math.log(u))
    this.spareNormal = radius * Math.sin(2 * Math.PI * v)
    return radius * Math.cos(2 * Math.PI * v)
  }

  /** Shuffles `values` in place (Fisher–Yates). */
  shuffle(values: { length: number; [index: number]: number }): void {
    for (let i = values.length - 1; i > 0; i--) {
      const j = this.integer(i + 1)
      const swap = values[i]
      values[i] = values[j]
      values[j] = swap
    }
  }

  /** The full state, to store in a checkpoint. */
  getState(): RngState {
    return { a: this.a, b: this.b, c: this.c, counter: this.counter, spareNormal: this.spareNormal }
  }

  /** Continues exactly where `getState` was taken. */
  setState(state: RngState): void {
    this.a = state.a
    this.b = state.b
    this.c = state.c
    this.counter = state.counter
    this.spareNormal = state.spareNormal
  }
}

/** JSON-safe state of an Rng. */
export interface RngState {
  a: number
  b: number
  c: number
  counter: number
  spareNormal: number | null
}
