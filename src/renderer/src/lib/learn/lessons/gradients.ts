import type { NetworkDraft } from '@shared/model/app-state'
import {
  COST_ROUNDING_UNITS,
  DEFAULT_CHECK_EPSILON,
  RELATIVE_ERROR_FLOOR,
  RELATIVE_TOLERANCE,
  UNIT_ROUNDOFF
} from '@shared/model/gradient-tolerance'
import type { TrainingSettings } from '@renderer/lib/training/run-controls'
import type { Lesson } from '../lesson-types'
import { pick } from '../notation'
import { TEXTBOOK_START, textbookError } from '../worked-example'
import { workedFigure } from '../worked-figures'

const tex = String.raw

/** Two ReLU layers of 8 units, one sigmoid output: kinks are possible, L2 is on. */
const RELU_DRAFT: NetworkDraft = {
  hidden: [
    { units: 8, activation: 'relu' },
    { units: 8, activation: 'relu' }
  ],
  output: 'sigmoid',
  loss: 'binary-cross-entropy'
}

/** A short run with L2, so that "leave out the L2 term" has something to leave out. */
const RELU_SETTINGS: Partial<TrainingSettings> = {
  optimizer: 'sgd',
  learningRate: 0.1,
  batchSize: 32,
  epochs: 30,
  l2: 0.001
}

/** The worked example's step ε for the central difference on w5, and E's decimals shown. */
const EPSILON = 1e-4
const E_DECIMALS = 12

/** E of the worked example with w5 moved by `delta`, to E_DECIMALS decimals as shown. */
function errorWithW5(delta: number): string {
  const parameters = structuredClone(TEXTBOOK_START)
  parameters.W2[0][0] += delta
  return textbookError(parameters).error.toFixed(E_DECIMALS)
}

/** (E₊ − E₋) / 2ε from the values as shown: exact to 9 decimals (E has 12, and 1/2ε = 5000). */
function centralFromShown(): string {
  const [plus, minus] = [errorWithW5(EPSILON), errorWithW5(-EPSILON)].map(Number)
  return String(Number(((plus - minus) / (2 * EPSILON)).toFixed(9)))
}

/** (E₊ − E) / ε from the values as shown, to 9 decimals. */
function forwardFromShown(): string {
  const [plus, here] = [errorWithW5(EPSILON), errorWithW5(0)].map(Number)
  return String(Number(((plus - here) / EPSILON).toFixed(9)))
}

/** The exercises' numbers: J on both sides of θ, and the forgotten L2 term's λ and weight. */
const EXERCISE = { plus: 0.500012, minus: 0.499988, epsilon: 0.001, lambda: 0.01, weight: 0.3 }

/** Lesson 5: central differences, the verdict's tolerance, ReLU kinks, and a broken backprop found. */
export const GRADIENTS_LESSON: Lesson = {
  id: 'gradients',
  sections: [
    {
      id: 'centralDifference',
      formulas: (n) => {
        const w5 = n.W(2, 1, 1)
        return [
          tex`\frac{\partial J}{\partial \theta} = \frac{J(\theta + \varepsilon) - J(\theta - \varepsilon)}{2\varepsilon} + O\big(\varepsilon^{2}\big), \qquad \frac{\partial J}{\partial \theta} = \frac{J(\theta + \varepsilon) - J(\theta)}{\varepsilon} + O(\varepsilon)`,
          tex`w_5 = ${w5}: \qquad E(w_5 + \varepsilon) = ${errorWithW5(EPSILON)}, \qquad E(w_5 - \varepsilon) = ${errorWithW5(-EPSILON)}, \qquad E(w_5) = ${errorWithW5(0)}, \qquad \varepsilon = ${EPSILON}`,
          tex`\frac{E(w_5 + \varepsilon) - E(w_5 - \varepsilon)}{2\varepsilon} = \frac{${errorWithW5(EPSILON)} - ${errorWithW5(-EPSILON)}}{${2 * EPSILON}} = ${centralFromShown()}, \qquad \frac{\partial E}{\partial w_5} = ${String(Number(workedFigure('gradW5').exact.toFixed(9)))}`,
          tex`\frac{E(w_5 + \varepsilon) - E(w_5)}{\varepsilon} = \frac{${errorWithW5(EPSILON)} - ${errorWithW5(0)}}{${EPSILON}} = ${forwardFromShown()}`
        ]
      },
      tryIts: ['gradcheckWorked'],
      params: () => ({ epsilon: EPSILON, decimals: E_DECIMALS })
    },
    {
      id: 'tolerance',
      formulas: () => [
        tex`e_{\text{rel}} = \frac{\lvert b - n \rvert}{\max\big(\lvert b \rvert, \lvert n \rvert, 10^{${Math.log10(RELATIVE_ERROR_FLOOR)}}\big)}`,
        tex`\lvert b - n \rvert \le \text{atol} + \text{rtol} \cdot \max\big(\lvert b \rvert, \lvert n \rvert\big), \qquad \text{atol} = \frac{${COST_ROUNDING_UNITS} \cdot 2^{-53} \cdot \max\big(\lvert J \rvert, 1\big)}{\varepsilon}, \qquad \text{rtol} = 10^{${Math.log10(RELATIVE_TOLERANCE.f64)}}`,
        tex`\frac{${COST_ROUNDING_UNITS} \cdot 2^{-53}}{10^{${Math.log10(DEFAULT_CHECK_EPSILON)}}} \approx ${((COST_ROUNDING_UNITS * UNIT_ROUNDOFF.f64) / DEFAULT_CHECK_EPSILON / 1e-9).toFixed(1)} \times 10^{-9}`
      ],
      params: () => ({ units: COST_ROUNDING_UNITS, float32: RELATIVE_TOLERANCE.f32 })
    },
    {
      id: 'kinks',
      formulas: (n) => [
        tex`\frac{\operatorname{ReLU}(0 + \varepsilon) - \operatorname{ReLU}(0 - \varepsilon)}{2\varepsilon} = \frac{\varepsilon - 0}{2\varepsilon} = \frac{1}{2}, \qquad \operatorname{ReLU}'(z) = \begin{cases} 1 & z > 0 \\ 0 & z \le 0 \end{cases}`,
        tex`\operatorname{sign} ${n.z(1, 'j', 'i')}(\theta - \varepsilon) \ne \operatorname{sign} ${n.z(1, 'j', 'i')}(\theta + \varepsilon)`
      ]
    },
    {
      id: 'practice',
      formulas: () => [
        tex`P = 784 \cdot 128 + 128 + 128 \cdot 64 + 64 + 64 \cdot 10 + 10 = 109\,386`
      ]
    },
    {
      id: 'broken',
      formulas: (n) =>
        pick(n, {
          lab: [
            tex`\frac{\partial J}{\partial b^{(l)}} \to -\frac{\partial J}{\partial b^{(l)}}, \qquad \frac{\partial J}{\partial W^{(l)}} \to \frac{\partial J}{\partial W^{(l)}} - \lambda W^{(l)}`
          ],
          course: [
            tex`db^{[l]} \to -db^{[l]}, \qquad dW^{[l]} \to dW^{[l]} - \frac{\lambda}{m} W^{[l]}`
          ],
          derivation: [
            tex`\frac{\partial J}{\partial b^{(l)}} \to -\frac{\partial J}{\partial b^{(l)}}, \qquad \frac{\partial J}{\partial W^{(l)}} \to \frac{\partial J}{\partial W^{(l)}} - \lambda W^{(l)}`
          ]
        }),
      tryIts: ['gradcheckRelu'],
      params: () => ({ lambda: RELU_SETTINGS.l2!, epochs: RELU_SETTINGS.epochs! })
    }
  ],
  tryIts: [
    {
      id: 'gradcheckWorked',
      sample: 'textbook',
      network: 'sample',
      settings: {},
      target: { view: 'inspect', panel: 'gradcheck', model: 'preset' },
      train: false
    },
    {
      id: 'gradcheckRelu',
      sample: 'circles',
      network: RELU_DRAFT,
      settings: RELU_SETTINGS,
      target: { view: 'inspect', panel: 'gradcheck', model: 'run' },
      train: true
    }
  ],
  exercises: [
    {
      id: 'centralDifference',
      expected: () => ({
        kind: 'number',
        value: (EXERCISE.plus - EXERCISE.minus) / (2 * EXERCISE.epsilon),
        tolerance: { absolute: 1e-9, relative: 1e-6 }
      }),
      params: () => ({ plus: EXERCISE.plus, minus: EXERCISE.minus, epsilon: EXERCISE.epsilon })
    },
    {
      id: 'droppedL2',
      expected: () => ({
        kind: 'number',
        value: EXERCISE.lambda * EXERCISE.weight,
        tolerance: { absolute: 1e-9, relative: 1e-6 }
      }),
      params: () => ({ lambda: EXERCISE.lambda, weight: EXERCISE.weight })
    }
  ]
}
