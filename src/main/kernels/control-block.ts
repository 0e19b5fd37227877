/**
 * The shared control block through which the engine thread hands half a gemm to the helper
 * thread: Int32 slots for the job, Float64 slots for alpha and beta, in one SharedArrayBuffer.
 * The helper learns the layout from its workerData, so both sides read it from here.
 */

/** Slot indices (Int32Array positions; FLOATS are Float64Array positions). */
export const CONTROL_LAYOUT = {
  /** Job number; the engine thread increments it to post a job. */
  sequence: 0,
  /** Job number of the last finished job; the helper sets it. */
  done: 1,
  /** 0 when the last job ran, 1 when it threw. */
  status: 2,
  /** 0 = gemm, 1 = quit. */
  command: 3,
  /** gemm's integer arguments, in call order from `path` to `scratch` (13 slots). */
  firstArgument: 4,
  /** Float64 slots of alpha and beta. */
  alpha: 9,
  beta: 10
} as const

/** The layout's type, for the helper's workerData. */
export type ControlLayout = typeof CONTROL_LAYOUT

/** Commands in the `command` slot. */
export const COMMAND_GEMM = 0
export const COMMAND_QUIT = 1

/** Bytes of the control block (13 integer arguments after slot 4, floats after byte 72). */
export const CONTROL_BYTES = 128
