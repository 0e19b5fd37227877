import type { FloatArray } from '../tensor/matrix'

/** One parameter tensor (a layer's W or b), flattened, with its gradient ∂J/∂θ. */
export interface Parameter {
  readonly values: FloatArray
  readonly gradients: FloatArray
  /** Frozen parameters are left unchanged (and their optimizer state too). */
  readonly trainable: boolean
}

/** What an optimizer must remember between steps, to be stored in a checkpoint. */
export interface OptimizerState {
  /** Number of steps taken (Adam's t). */
  step: number
  /** Per-parameter buffers (velocity, moments), in the order of the parameter list. */
  slots: FloatArray[][]
}

/** Updates parameters from their gradients; one `step` per batch. */
export interface Optimizer {
  step(parameters: readonly Parameter[]): void
  getState(): OptimizerState
  setState(state: OptimizerState): void
}

/**
 * Per-parameter slot buffers created on first use, so an optimizer needs no shapes up front.
 * `count` is how many buffers each parameter needs (momentum 1, Adam 2).
 */
export class SlotStore {
  slots: FloatArray[][] = []

  constructor(private readonly count: number) {}

  /** The buffers of parameter `index`, created zeroed like its values. */
  for(index: number, parameter: Parameter): FloatArray[] {
    let buffers = this.slots[index]
    if (!buffers) {
      const Constructor = parameter.values.constructor as new (length: number) => FloatArray
      buffers = Array.from({ length: this.count }, () => new Constructor(parameter.values.length))
      this.slots[index] = buffers
    }
    return buffers
  }

  /**
   * Copies of every buffer, so a saved state is not changed by later steps. A frozen parameter
   * never gets buffers, so its entry stays empty (a hole, or null after JSON).
   */
  snapshot(): FloatArray[][] {
    return this.slots.map((buffers) => buffers?.map((buffer) => buffer.slice()))
  }

  /** Continues from saved buffers, copied so that the saved state can be restored again. */
  restore(slots: readonly FloatArray[][]): void {
    this.slots = slots.map((buffers) => buffers?.map((buffer) => buffer.slice()))
  }
}
