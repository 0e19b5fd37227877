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
      formulas: [
        `x = ${column(TEXTBOOK_INPUTS)}, \\quad y = ${column(TEXTBOOK_TARGETS)}, \\quad W^{(1)} = \\begin{bmatrix} w_1 & w_2 \\\\ w_3 & w_4 \\end{bmatrix} = ${matrix(W1)}, \\quad b^{(1)} = ${column(b1)}`,
        `W^{(2)} = \\begin{bmatrix} w_5 & w_6 \\\\ w_7 & w_8 \\end{bmatrix} = ${matrix(W2)}, \\quad b^{(2)} = ${column(b2)}, \\quad \\eta = ${eta}`,
        'E = \\tfrac{1}{2} \\sum_{k=1}^{2} \\big(y_k - a^{(2)}_k\\big)^2'
      ]
    },
    {
      id: 'forward',
      formulas: [
        `z^{(1)}_1 = w_1 x_1 + w_2 x_2 + b^{(1)}_1 = ${W1[0][0]} \\cdot ${x1} + ${W1[0][1]} \\cdot ${x2} + ${b1[0]} = ${nine('netH1')}`,
        `a^{(1)}_1 = \\sigma\\big(z^{(1)}_1\\big) = \\frac{1}{1 + e^{-${nine('netH1')}}} = ${nine('outH1')}`,
        `E = \\tfrac{1}{2}(${y1} - ${nine('outO1')})^2 + \\tfrac{1}{2}(${y2} - ${nine('outO2')})^2 = ${nine('errorTotal')}`
      ],
      panel: { kind: 'figures', group: 'forward' }
    },
    {
      id: 'output',
      formulas: [
        '\\frac{\\partial E}{\\partial w_5} = \\frac{\\partial E}{\\partial a^{(2)}_1} \\cdot \\frac{\\partial a^{(2)}_1}{\\partial z^{(2)}_1} \\cdot \\frac{\\partial z^{(2)}_1}{\\partial w_5} = \\big(a^{(2)}_1 - y_1\\big) \\cdot a^{(2)}_1\\big(1 - a^{(2)}_1\\big) \\cdot a^{(1)}_1',
        `\\frac{\\partial E}{\\partial w_5} = ${nine('slopeErrorO1')} \\times ${nine('slopeO1')} \\times ${nine('outH1')} = ${nine('gradW5')}`,
        `\\delta^{(2)}_1 = \\frac{\\partial E}{\\partial z^{(2)}_1} = ${nine('deltaO1')}, \\qquad w_5^{+} = w_5 - \\eta\\, \\frac{\\partial E}{\\partial w_5} = ${W2[0][0]} - ${eta} \\times ${nine('gradW5')} = ${nine('w5')}`
      ],
      panel: { kind: 'figures', group: 'output' }
    },
    {
      id: 'hidden',
      formulas: [
        `\\frac{\\partial E}{\\partial a^{(1)}_1} = \\delta^{(2)}_1 w_5 + \\delta^{(2)}_2 w_7 = ${nine('pathO1')} + (${nine('pathO2')}) = ${nine('slopeErrorH1')}`,
        `\\frac{\\partial E}{\\partial w_1} = \\frac{\\partial E}{\\partial a^{(1)}_1} \\cdot a^{(1)}_1\\big(1 - a^{(1)}_1\\big) \\cdot x_1 = ${nine('slopeErrorH1')} \\times ${nine('slopeH1')} \\times ${x1} = ${nine('gradW1')}`,
        `\\delta^{(1)} = \\big(W^{(2)}\\big)^{\\top} \\delta^{(2)} \\odot f'\\big(z^{(1)}\\big), \\qquad w_1^{+} = ${W1[0][0]} - ${eta} \\times ${nine('gradW1')} = ${nine('w1')}`
      ],
      panel: { kind: 'figures', group: 'hidden' },
      tryIts: ['workedStep']
    },
    {
      id: 'after',
      formulas: [],
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
        firstProgram: formatExact(
          textbookError(trainTextbook(1, { hiddenUsesUpdatedWeights: true }).parameters).error
        )
      })
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
      params: () => ({ gradient: nine('gradW5'), w5: W2[0][0], eta })
    },
    {
      id: 'signPathO2',
      expected: () => ({ kind: 'sign', value: signOf(workedFigure('pathO2').exact) }),
      params: () => ({ value: nine('pathO2'), a2: nine('outO2'), y2 })
    }
  ]
}
