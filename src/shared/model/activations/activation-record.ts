/**
 * The shape of one activation's record in the catalogue (catalogue.ts): its math (f and f′ per
 * element), how the lab writes it (TeX, and with the numbers in the step-through), which weight
 * initialization and which unit diagnostics suit it, and what each exporter writes for it.
 * Everything else reads these records; the hand-written WASM kernels are checked against their
 * scalar f and f′ by test/kernels/elementwise-agreement.test.ts.
 */

/** gelu's forms, as PyTorch names them: exact z·Φ(z) ('none') or the tanh approximation. */
export const GELU_APPROXIMATIONS = ['none', 'tanh'] as const
export type GeluApproximation = (typeof GELU_APPROXIMATIONS)[number]

/** The per-layer settings an activation may read; each activation reads only its own. */
export interface ActivationSettings {
  /** leaky-relu's slope below zero. */
  alpha: number
  /** gelu's form. */
  approximate: GeluApproximation
}

/** The settings a layer leaves out (gelu: the exact form, PyTorch's default too). */
export const DEFAULT_ACTIVATION_SETTINGS: Readonly<ActivationSettings> = {
  alpha: 0.01,
  approximate: 'none'
}

/** How each setting is named beside its activation, e.g. `leaky-relu (α = 0.2)`. */
export const SETTING_SYMBOLS: Record<keyof ActivationSettings, string> = {
  alpha: 'α',
  approximate: 'approximate'
}

/** Writes numbers into the step-through's arithmetic. */
export interface NumberWriter {
  /** A number as the lab shows it. */
  exact(value: number): string
  /** The same inside arithmetic: a negative number in parentheses. */
  operand(value: number): string
}

/** Python literals for the generated code (values read back exactly). */
export interface PythonLiterals {
  float(value: number): string
  string(value: string): string
}

/** An ONNX expression of f over the tensor z: z itself, a float32 constant, or an operator. */
export type OnnxExpression = 'z' | number | OnnxNode

/** One ONNX operator applied to its inputs (opset 17 of the default domain). */
export interface OnnxNode {
  op: string
  inputs: readonly OnnxExpression[]
  attributes?: readonly OnnxAttribute[]
}

/** A float or int attribute of an ONNX node (LeakyRelu's alpha, Softmax's axis). */
export type OnnxAttribute = { name: string; float: number } | { name: string; int: number }

/** `op(inputs…)`, for writing ONNX expressions compactly. */
export function onnxNode(op: string, ...inputs: OnnxExpression[]): OnnxNode {
  return { op, inputs }
}

/** Why TF.js cannot load an activation from model.json (worded in the export refusals' table). */
export type TfjsRefusal = 'geluTanh'

/**
 * What a TF.js layers model writes for an activation, or why TF.js cannot load it (the export
 * is then refused with that reason).
 */
export type TfjsActivation =
  | {
      /** The Keras activation of the Dense layer. */
      activation: string
      /** A Keras layer after the Dense one (e.g. LeakyReLU with its alpha), or null. */
      after: { className: string; config: Record<string, unknown> } | null
    }
  | { unsupported: TfjsRefusal }

/** What each exporter writes for an activation. */
export interface ActivationExports {
  /** The ONNX graph of f(z) (none for the identity: the expression `'z'`). */
  onnx(settings: ActivationSettings): OnnxExpression
  tfjs(settings: ActivationSettings): TfjsActivation
  /** The PyTorch expression of f(z), z given as an expression. */
  pytorch(z: string, settings: ActivationSettings, python: PythonLiterals): string
  numpy: {
    /** A Python function the expression calls, written once into model.py, or null. */
    helper: string | null
    /** The NumPy expression of f(z), z given as an expression. */
    call(z: string, settings: ActivationSettings, python: PythonLiterals): string
  }
}

/** TeX of an activation in the lab's notation. */
export interface ActivationTex {
  /** f as an operator, e.g. `\sigma`; null for the identity (a = z). */
  symbol: string | null
  /** f(z) = … for a layer of `units` units (softmax sums over them). */
  definition(units: number): string
}

/** What every activation record holds. */
interface CommonRecord {
  /** Where it may be used: on any layer, or on the output layer only. */
  placement: 'any' | 'output'
  /** The settings it reads (written into model files for it). */
  settings: readonly (keyof ActivationSettings)[]
  /** The weight initialization that keeps its signals' variance: He for rectifiers, else Xavier. */
  init: 'he' | 'xavier'
  /**
   * Which unit diagnostics apply: rectifiers can die (f′ = 0 on every row), squashing functions
   * can saturate (a at an end of its range); null for neither.
   */
  diagnosis: 'rectifier' | 'squashing' | null
  /** The values a = f(z) can take ([0, 1]: probabilities). */
  range: readonly [low: number, high: number]
  tex: ActivationTex
  exports: ActivationExports
}

/** An activation applied to each unit on its own: a = f(z). */
export interface ElementwiseRecord extends CommonRecord {
  kind: 'elementwise'
  tex: ActivationTex & {
    /** f′(z) = … */
    derivative: string
  }
  /** a = f(z). */
  value(z: number, settings: ActivationSettings): number
  /** f′(z) from z and a = f(z), at z = 0 as CONTRACTS.md section 1 says. */
  slope(z: number, a: number, settings: ActivationSettings): number
  /** The step-through's arithmetic with the numbers filled in. */
  written: {
    /** How a = f(z) is computed, e.g. `σ(0.3775)`. */
    value(z: number, settings: ActivationSettings, numbers: NumberWriter): string
    /** How f′(z) follows, e.g. `0.593 × (1 - 0.593)`. */
    slope(z: number, a: number, settings: ActivationSettings, numbers: NumberWriter): string
  }
}

/** An activation of a whole row of units at once (softmax): f′ couples every unit. */
export interface RowwiseRecord extends CommonRecord {
  kind: 'row-wise'
  /** How one unit's a is computed from its row z, written with the numbers. */
  written(z: number, row: readonly number[], numbers: NumberWriter): string
}

export type ActivationRecord = ElementwiseRecord | RowwiseRecord
