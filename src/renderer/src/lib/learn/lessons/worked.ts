import { signOf } from '../answers'
import type { Lesson } from '../lesson-types'
import {
  TEXTBOOK_INPUTS,
  TEXTBOOK_LEARNING_RATE,
  TEXTBOOK_START,
  TEXTBOOK_TARGETS,
  textbookError,
  trainTextbook
} from '../worked-example'
import { ARTICLE_STEPS, formatExact, workedFigure } from '../worked-figures'

const tex = String.raw

/** A worked-example value as the article writes it: at most 9 decimals. */
function nine(id: string): string {
  return String(Number(workedFigure(id).exact.toFixed(9)))
}

/**
 * A long run's J with 5 significant digits: the lab's run differs in later digits, since the
 * dataset stores 0.05, 0.1, 0.01 and 0.99 as Float32.
 */
function five(value: number): string {
  return String(Number(value.toPrecision(5)))
}

function column(values: readonly number[]): string {
  return `\\begin{bmatrix} ${values.join(' \\\\ ')} \\end{bmatrix}`
}

function matrix(rows: readonly (readonly number[])[]): string {
  return `\\begin{bmatrix} ${rows.map((row) => row.join(' & ')).join(' \\\\ ')} \\end{bmatrix}`
}

/** E after one step of the article's program in its first version (output weights updated first). */
function firstProgram(): { error: number } {
  return textbookError(trainTextbook(1, { hiddenUsesUpdatedWeights: true }).parameters)
}

const [x1, x2] = TEXTBOOK_INPUTS
const [y1, y2] = TEXTBOOK_TARGETS
const { W1, b1, W2, b2 } = TEXTBOOK_START
const eta = TEXTBOOK_LEARNING_RATE

/** Lesson 3: the 2-2-2 worked example, every number, and where the article's figures differ. */
export const WORKED_LESSON: Lesson = {
  id: 'worked',
  sections: [
    {
      id: 'setup',
      formulas: (n) => [
        tex`x = ${column(TEXTBOOK_INPUTS)}, \quad y = ${column(TEXTBOOK_TARGETS)}, \quad ${n.W(1)} = \begin{bmatrix} w_1 & w_2 \\ w_3 & w_4 \end{bmatrix} = ${matrix(W1)}, \quad ${n.b(1)} = ${column(b1)}`,
        tex`${n.W(2)} = \begin{bmatrix} w_5 & w_6 \\ w_7 & w_8 \end{bmatrix} = ${matrix(W2)}, \quad ${n.b(2)} = ${column(b2)}, \quad ${n.rate} = ${eta}`,
        tex`E = \tfrac{1}{2} \sum_{j=1}^{2} \big(y_j - ${n.a(2, 'j')}\big)^2`
      ]
    },
    {
      id: 'forward',
      formulas: (n) => [
        tex`${n.z(1, 1)} = w_1 x_1 + w_2 x_2 + ${n.b(1, 1)} = ${W1[0][0]} \cdot ${x1} + ${W1[0][1]} \cdot ${x2} + ${b1[0]} = ${nine('netH1')}`,
        tex`${n.a(1, 1)} = \sigma\big(${n.z(1, 1)}\big) = \frac{1}{1 + e^{-${nine('netH1')}}} = ${nine('outH1')}`,
        tex`E = \tfrac{1}{2}(${y1} - ${nine('outO1')})^2 + \tfrac{1}{2}(${y2} - ${nine('outO2')})^2 = ${nine('errorTotal')}`
      ],
      panel: { kind: 'figures', group: 'forward' }
    },
    {
      id: 'output',
      formulas: (n) => [
        tex`\frac{\partial E}{\partial w_5} = \frac{\partial E}{\partial ${n.a(2, 1)}} \cdot \frac{\partial ${n.a(2, 1)}}{\partial ${n.z(2, 1)}} \cdot \frac{\partial ${n.z(2, 1)}}{\partial w_5} = \big(${n.a(2, 1)} - y_1\big) \cdot ${n.a(2, 1)}\big(1 - ${n.a(2, 1)}\big) \cdot ${n.a(1, 1)}`,
        tex`\frac{\partial E}{\partial w_5} = ${nine('slopeErrorO1')} \times ${nine('slopeO1')} \times ${nine('outH1')} = ${nine('gradW5')}`,
        tex`${n.delta(2, 1)} = \frac{\partial E}{\partial ${n.z(2, 1)}} = ${nine('deltaO1')}, \qquad w_5^{+} = w_5 - ${n.rate}\, \frac{\partial E}{\partial w_5} = ${W2[0][0]} - ${eta} \times ${nine('gradW5')} = ${nine('w5')}`
      ],
      panel: { kind: 'figures', group: 'output' }
    },
    {
      id: 'hidden',
      formulas: (n) => [
        // The shown paths are rounded to 9 decimals, so their sum is 0.036350307: ≈.
        tex`\frac{\partial E}{\partial ${n.a(1, 1)}} = ${n.delta(2, 1)} w_5 + ${n.delta(2, 2)} w_7 = ${nine('pathO1')} + (${nine('pathO2')}) \approx ${nine('slopeErrorH1')}`,
        tex`\frac{\partial E}{\partial w_1} = \frac{\partial E}{\partial ${n.a(1, 1)}} \cdot ${n.a(1, 1)}\big(1 - ${n.a(1, 1)}\big) \cdot x_1 = ${nine('slopeErrorH1')} \times ${nine('slopeH1')} \times ${x1} = ${nine('gradW1')}`,
        tex`${n.delta(1)} = \big(${n.W(2)}\big)^{\top} ${n.delta(2)} \odot ${n.id === 'course' ? "g'" : "f'"}\big(${n.z(1)}\big), \qquad w_1^{+} = ${W1[0][0]} - ${eta} \times ${nine('gradW1')} = ${nine('w1')}`
      ],
      panel: { kind: 'figures', group: 'hidden' },
      tryIts: ['workedStep']
    },
    {
      id: 'after',
      formulas: () => [],
      panel: { kind: 'figures', group: 'after' },
      tryIts: ['workedTrain'],
      params: () => ({
        before: nine('errorTotal'),
        after: formatExact(workedFigure('errorAfterOne').exact),
        printedAfter: workedFigure('errorAfterOne').printed,
        steps: ARTICLE_STEPS.toLocaleString('en-US'),
        chartLast: five(trainTextbook(ARTICLE_STEPS - 1).error),
        final: five(workedFigure('errorAfterLong').exact),
        printedLong: workedFigure('errorAfterLong').printed,
        firstProgram: formatExact(firstProgram().error),
        firstProgramPrinted: formatExact(firstProgram().error / TEXTBOOK_TARGETS.length)
      })
    },
    {
      id: 'credits',
      formulas: () => [],
      params: () => ({ printedProgram: nine('errorAfterOne') })
    }
  ],
  tryIts: [
    {
      id: 'workedStep',
      sample: 'textbook',
      network: 'sample',
      settings: {},
      target: { view: 'inspect', panel: 'step', model: 'preset' },
      train: false
    },
    {
      id: 'workedTrain',
      sample: 'textbook',
      network: 'sample',
      settings: { epochs: ARTICLE_STEPS, precision: 'f64' },
      target: { view: 'training' },
      train: true
    }
  ],
  exercises: [
    {
      id: 'signW5',
      expected: () => ({ kind: 'sign', value: signOf(workedFigure('gradW5').exact) }),
      params: () => ({ value: nine('gradW5'), a2: nine('outO1'), y1 })
    },
    {
      id: 'updatedW5',
      expected: () => ({
        kind: 'number',
        value: workedFigure('w5').exact,
        tolerance: { absolute: 5e-5 }
      }),
      params: () => ({
        gradient: nine('gradW5'),
        w5: W2[0][0],
        eta,
        // w5 − η ∂E/∂w5 with the gradient as shown (9 decimals), to the 10 decimals it has.
        fromShown: String(Number((W2[0][0] - eta * Number(nine('gradW5'))).toFixed(10)))
      })
    },
    {
      id: 'signPathO2',
      expected: () => ({ kind: 'sign', value: signOf(workedFigure('pathO2').exact) }),
      params: () => ({ value: nine('pathO2'), a2: nine('outO2'), y2 })
    }
  ]
}
