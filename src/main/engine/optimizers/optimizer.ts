import type { Kernels } from '../tensor/kernels'
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

/**
 * An optimizer's update as data, for kernels that take whole chunks of steps themselves (see
 * batch-chunks.ts): the kind, its hyperparameters, its slot buffers per parameter (in the order
 * of the parameter list; empty for a frozen one) and, for Adam, the steps taken so far.
 */
export type UpdateRule =
  | { kind: 'sgd'; learningRate: number }
  | { kind: 'momentum'; learningRate: number; momentum: number; slots: FloatArray[][] }
  | {
      kind: 'adam'
      learningRate: number
      beta1: number
      beta2: number
      epsilon: number
      /** Steps taken so far: the chunk's first update is step t + 1. */
      step: number
      slots: FloatArray[][]
    }

/**
 * Updates parameters from their gradients; one `step` per batch, computed through the kernels
 * the parameters were allocated by (the network's).
 */
export interface Optimizer {
  /** Returns whether every value it wrote is finite (frozen parameters are never written). */
  step(parameters: readonly Parameter[], kernels: Kernels): boolean
  /** The rate η of the steps from now on (a schedule sets it at the start of each epoch). */
  learningRate: number
  /** The update as data, its slot buffers made (or restored) in the kernels' memory. */
  rule(parameters: readonly Parameter[], kernels: Kernels): UpdateRule
  /** Counts `steps` updates that kernels applied by the rule. */
  advance(steps: number): void
  getState(): OptimizerState
  setState(state: OptimizerState): void
}

/**
 * Per-parameter slot buffers created on first use in the kernels' memory, so an optimizer needs
 * no shapes up front. `count` is how many buffers each parameter needs (momentum 1, Adam 2).
 */
export class SlotStore {
  private slots: FloatArray[][] = []
  /** Restored values not yet copied into kernel buffers (the kernels are known at `for`). */
  private restored: (readonly FloatArray[] | undefined)[] = []

  constructor(private readonly count: number) {}

  /** The buffers of parameter `index`: zeroed like its values, or holding restored values. */
  for(index: number, parameter: Parameter, kernels: Kernels): FloatArray[] {
    let buffers = this.slots[index]
    if (!buffers) {
      buffers = Array.from({ length: this.count }, () => kernels.vector(parameter.values.length))
      this.slots[index] = buffers
    }
    const saved = this.restored[index]
    if (saved) {
      buffers.forEach((buffer, slot) => buffer.set(saved[slot]))
      this.restored[index] = undefined
    }
    return buffers
  }

  /** The buffers of every trainable parameter (none for a frozen one). */
  all(parameters: readonly Parameter[], kernels: Kernels): FloatArray[][] {
    return parameters.map((parameter, index) =>
      parameter.trainable ? this.for(index, parameter, kernels) : []
    )
  }

  /**
   * Copies of every buffer, so a saved state is not changed by later steps. A frozen parameter
   * never gets buffers, so its entry stays empty (a hole, or null after JSON).
   */
  snapshot(): FloatArray[][] {
    const length = Math.max(this.slots.length, this.restored.length)
    return Array.from({ length }, (_, index) =>
      (this.restored[index] ?? this.slots[index])?.map((buffer) => buffer.slice())
    )
  }

  /** Continues from saved buffers, copied so that the saved state can be restored again. */
  restore(slots: readonly FloatArray[][]): void {
    this.restored = slots.map((buffers) => buffers?.map((buffer) => buffer.slice()))
  }
}
