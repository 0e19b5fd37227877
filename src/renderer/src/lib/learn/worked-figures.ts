import type { Notation } from './notation'
import { textbookError, textbookStep, trainTextbook } from './worked-example'

/** Where a figure belongs in the worked example: forward pass, output layer, hidden layer, after. */
export type FigureGroup = 'forward' | 'output' | 'hidden' | 'after'

/**
 * Why the article's printed figure is not the exact value: `rounded` (it multiplied rounded
 * intermediates), `updateOrder` (its program's first version updated w5…w8 before passing the
 * error back to the hidden layer; fixed the next day in mattm/simple-neural-network 4b6faac).
 */
export type FigureDifference = 'rounded' | 'updateOrder'

/** One number of the worked example: its symbol, the article's name, exact and printed. */
export interface WorkedFigure {
  id: string
  group: FigureGroup
  /** The symbol in a notation (TeX): z, a, δ, W(l) with 1-based units. */
  symbol: (notation: Notation) => string
  /** The article's name for it (TeX). */
  article: string
  /** Float64, the lab's algorithm. */
  exact: number
  /** As the article prints it. */
  printed: string
  /** Set when `printed` is not `exact` rounded to the printed digits. */
  differs: FigureDifference | null
}

/** The steps of the long run the article reports. */
export const ARTICLE_STEPS = 10_000

/** Figures the article prints that exact arithmetic does not give, and why (checked in tests). */
const DIFFERENCES: Record<string, FigureDifference> = {
  pathO2: 'rounded',
  errorAfterOne: 'updateOrder',
  errorAfterLong: 'updateOrder',
  outO1AfterLong: 'updateOrder',
  outO2AfterLong: 'updateOrder'
}

/** True when `exact` rounded to the digits `printed` shows is `printed`. */
export function agreesWithPrinted(exact: number, printed: string): boolean {
  const decimals = printed.split('.')[1]?.length ?? 0
  return exact.toFixed(decimals) === printed
}

/** A value with 10 significant digits, without trailing zeros (no exponent above 1e-7). */
export function formatExact(value: number): string {
  return String(Number(value.toPrecision(10)))
}

type Row = [
  id: string,
  group: FigureGroup,
  symbol: (notation: Notation) => string,
  article: string,
  exact: number,
  printed: string
]

let cached: WorkedFigure[] | null = null

/** Every figure of the worked example, in the article's order. */
export function workedFigures(): WorkedFigure[] {
  if (cached) return cached
  const s = textbookStep()
  const W = s.next
  const long = trainTextbook(ARTICLE_STEPS)
  const rows: Row[] = [
    ['netH1', 'forward', (n) => n.z(1, 1), '\\text{net}_{h1}', s.z1[0], '0.3775'],
    ['outH1', 'forward', (n) => n.a(1, 1), '\\text{out}_{h1}', s.a1[0], '0.593269992'],
    ['outH2', 'forward', (n) => n.a(1, 2), '\\text{out}_{h2}', s.a1[1], '0.596884378'],
    ['netO1', 'forward', (n) => n.z(2, 1), '\\text{net}_{o1}', s.z2[0], '1.105905967'],
    ['outO1', 'forward', (n) => n.a(2, 1), '\\text{out}_{o1}', s.a2[0], '0.75136507'],
    ['outO2', 'forward', (n) => n.a(2, 2), '\\text{out}_{o2}', s.a2[1], '0.772928465'],
    [
      'errorO1',
      'forward',
      (n) => `\\tfrac{1}{2}(y_1 - ${n.a(2, 1)})^2`,
      'E_{o1}',
      s.errors[0],
      '0.274811083'
    ],
    [
      'errorO2',
      'forward',
      (n) => `\\tfrac{1}{2}(y_2 - ${n.a(2, 2)})^2`,
      'E_{o2}',
      s.errors[1],
      '0.023560026'
    ],
    ['errorTotal', 'forward', () => 'E = J', 'E_{\\text{total}}', s.error, '0.298371109'],
    [
      'slopeErrorO1',
      'output',
      (n) => `\\partial E / \\partial ${n.a(2, 1)}`,
      '\\partial E_{\\text{total}} / \\partial \\text{out}_{o1}',
      s.outputErrorSlopes[0],
      '0.74136507'
    ],
    [
      'slopeO1',
      'output',
      (n) => `f'(${n.z(2, 1)})`,
      '\\partial \\text{out}_{o1} / \\partial \\text{net}_{o1}',
      s.outputSlopes[0],
      '0.186815602'
    ],
    [
      'deltaO1',
      'output',
      (n) => n.delta(2, 1),
      '\\partial E_{o1} / \\partial \\text{net}_{o1}',
      s.delta2[0],
      '0.138498562'
    ],
    [
      'gradW5',
      'output',
      (n) => `\\partial E / \\partial ${n.W(2, 1, 1)}`,
      '\\partial E_{\\text{total}} / \\partial w_5',
      s.gradW2[0][0],
      '0.082167041'
    ],
    ['w5', 'output', (n) => `{${n.W(2, 1, 1)}}^{+}`, 'w_5^{+}', W.W2[0][0], '0.35891648'],
    ['w6', 'output', (n) => `{${n.W(2, 1, 2)}}^{+}`, 'w_6^{+}', W.W2[0][1], '0.408666186'],
    ['w7', 'output', (n) => `{${n.W(2, 2, 1)}}^{+}`, 'w_7^{+}', W.W2[1][0], '0.511301270'],
    ['w8', 'output', (n) => `{${n.W(2, 2, 2)}}^{+}`, 'w_8^{+}', W.W2[1][1], '0.561370121'],
    [
      'pathO1',
      'hidden',
      (n) => `${n.delta(2, 1)} ${n.W(2, 1, 1)}`,
      '\\partial E_{o1} / \\partial \\text{out}_{h1}',
      s.paths[0][0],
      '0.055399425'
    ],
    [
      'pathO2',
      'hidden',
      (n) => `${n.delta(2, 2)} ${n.W(2, 2, 1)}`,
      '\\partial E_{o2} / \\partial \\text{out}_{h1}',
      s.paths[0][1],
      '-0.019049119'
    ],
    [
      'slopeErrorH1',
      'hidden',
      (n) => `\\partial E / \\partial ${n.a(1, 1)}`,
      '\\partial E_{\\text{total}} / \\partial \\text{out}_{h1}',
      s.hiddenErrorSlopes[0],
      '0.036350306'
    ],
    [
      'slopeH1',
      'hidden',
      (n) => `f'(${n.z(1, 1)})`,
      '\\partial \\text{out}_{h1} / \\partial \\text{net}_{h1}',
      s.hiddenSlopes[0],
      '0.241300709'
    ],
    [
      'gradW1',
      'hidden',
      (n) => `\\partial E / \\partial ${n.W(1, 1, 1)}`,
      '\\partial E_{\\text{total}} / \\partial w_1',
      s.gradW1[0][0],
      '0.000438568'
    ],
    ['w1', 'hidden', (n) => `{${n.W(1, 1, 1)}}^{+}`, 'w_1^{+}', W.W1[0][0], '0.149780716'],
    ['w2', 'hidden', (n) => `{${n.W(1, 1, 2)}}^{+}`, 'w_2^{+}', W.W1[0][1], '0.19956143'],
    ['w3', 'hidden', (n) => `{${n.W(1, 2, 1)}}^{+}`, 'w_3^{+}', W.W1[1][0], '0.24975114'],
    ['w4', 'hidden', (n) => `{${n.W(1, 2, 2)}}^{+}`, 'w_4^{+}', W.W1[1][1], '0.29950229'],
    [
      'errorAfterOne',
      'after',
      () => 'E',
      'E_{\\text{total}}',
      textbookError(W).error,
      '0.291027924'
    ],
    ['errorAfterLong', 'after', () => 'E', 'E_{\\text{total}}', long.error, '0.000035085'],
    [
      'outO1AfterLong',
      'after',
      (n) => n.a(2, 1),
      '\\text{out}_{o1}',
      long.outputs[0],
      '0.015912196'
    ],
    [
      'outO2AfterLong',
      'after',
      (n) => n.a(2, 2),
      '\\text{out}_{o2}',
      long.outputs[1],
      '0.984065734'
    ]
  ]
  cached = rows.map(([id, group, symbol, article, exact, printed]) => ({
    id,
    group,
    symbol,
    article,
    exact,
    printed,
    differs: agreesWithPrinted(exact, printed) ? null : (DIFFERENCES[id] ?? 'rounded')
  }))
  return cached
}

/** One figure by id (throws for an unknown id: a typo in lesson data). */
export function workedFigure(id: string): WorkedFigure {
  const figure = workedFigures().find((candidate) => candidate.id === id)
  if (!figure) throw new Error(`no worked-example figure '${id}'`)
  return figure
}
