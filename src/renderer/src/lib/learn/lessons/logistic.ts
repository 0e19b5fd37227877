import type { NetworkDraft } from '@shared/model/app-state'
import type { TrainingSettings } from '@renderer/lib/training/run-controls'
import { APPLES_PHOTO_SHAPE } from '../context'
import type { Lesson } from '../lesson-types'
import { pick, type Notation } from '../notation'
import { formatExact } from '../worked-figures'

const tex = String.raw

/** Logistic regression: no hidden layer, one sigmoid unit, binary cross-entropy. */
export const LOGISTIC_DRAFT: NetworkDraft = {
  hidden: [],
  output: 'sigmoid',
  loss: 'binary-cross-entropy'
}

/**
 * Plain gradient descent on full batches from w = 0, b = 0 with standardized pixels: on the
 * apples photos J falls smoothly from 0.693 (checked with the CLI: 0.0030 after 300 epochs).
 */
const CONVERGING: Partial<TrainingSettings> = {
  optimizer: 'sgd',
  learningRate: 0.003,
  batchSize: 'full',
  init: 'zeros',
  normalize: 'standardize',
  epochs: 300
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z))

/** An integer with thin spaces between thousands, as TeX: 30\,000. */
function thousands(value: number): string {
  return value.toLocaleString('en-US').replaceAll(',', '\\,')
}

/** The single unit's symbols: the course writes w, b, z; the lab and the derivation their layers'. */
function unit(n: Notation): { z: string; w: string; b: string } {
  return pick(n, {
    lab: { z: n.z(1), w: n.W(1), b: n.b(1) },
    course: { z: 'z', w: 'w', b: 'b' },
    derivation: { z: n.z(1), w: n.W(1), b: n.b(1) }
  })
}

/** Lesson 1: logistic regression on photos, the cost, its gradient, and what decides convergence. */
export const LOGISTIC_LESSON: Lesson = {
  id: 'logistic',
  sections: [
    {
      id: 'model',
      formulas: (n) =>
        pick(n, {
          lab: [
            tex`\hat{y} = a^{(1)} = \sigma\big(z^{(1)}\big), \qquad z^{(1)} = W^{(1)} a^{(0)} + b^{(1)}, \qquad a^{(0)} = x`,
            tex`W^{(1)} = w^{\top} \in \mathbb{R}^{1 \times n_x}, \quad b^{(1)} \in \mathbb{R}, \qquad \sigma(z) = \frac{1}{1 + e^{-z}}`
          ],
          course: [
            tex`\hat{y} = a = \sigma(z), \qquad z = w^{\top} x + b, \qquad x,\, w \in \mathbb{R}^{n_x}, \quad b \in \mathbb{R}`,
            tex`\sigma(z) = \frac{1}{1 + e^{-z}}`
          ],
          derivation: [
            tex`\hat{y} = a^{(2)} = f\big(z^{(2)}\big), \qquad z^{(2)} = W^{(1)} a^{(1)} + b^{(1)}, \qquad a^{(1)} = x`,
            tex`n_l = 2, \quad s_1 = n_x, \quad s_2 = 1, \qquad W^{(1)} \in \mathbb{R}^{s_2 \times s_1}, \quad b^{(1)} \in \mathbb{R}^{s_2}, \qquad f(z) = \sigma(z) = \frac{1}{1 + e^{-z}}`
          ]
        })
    },
    {
      id: 'loss',
      formulas: (n) => [
        tex`\mathcal{L}(\hat{y}, y) = -\big[\, y \log \hat{y} + (1 - y) \log (1 - \hat{y}) \,\big]`,
        tex`${pick(n, { lab: 'J', course: 'J(w, b)', derivation: 'J(W, b)' })} = \frac{1}{m} \sum_{i=1}^{m} \mathcal{L}\big(\hat{y}^{(i)}, y^{(i)}\big)`
      ]
    },
    {
      id: 'gradient',
      formulas: (n) => {
        const { z } = unit(n)
        return [
          tex`\frac{\partial \mathcal{L}}{\partial \hat{y}} = -\frac{y}{\hat{y}} + \frac{1 - y}{1 - \hat{y}}, \qquad \frac{\partial \hat{y}}{\partial ${z}} = \hat{y}\,(1 - \hat{y})`,
          tex`\frac{\partial \mathcal{L}}{\partial ${z}} = \frac{\partial \mathcal{L}}{\partial \hat{y}} \cdot \frac{\partial \hat{y}}{\partial ${z}} = -y\,(1 - \hat{y}) + (1 - y)\,\hat{y} = \hat{y} - y`,
          ...pick(n, {
            lab: [
              tex`\delta^{(1)} = \hat{y} - y, \qquad \frac{\partial \mathcal{L}}{\partial W^{(1)}} = \delta^{(1)} x^{\top}, \qquad \frac{\partial \mathcal{L}}{\partial b^{(1)}} = \delta^{(1)}`,
              tex`\frac{\partial J}{\partial W^{(1)}} = \frac{1}{m} \sum_{i=1}^{m} \big(\hat{y}^{(i)} - y^{(i)}\big)\, x^{(i)\top}, \qquad \frac{\partial J}{\partial b^{(1)}} = \frac{1}{m} \sum_{i=1}^{m} \big(\hat{y}^{(i)} - y^{(i)}\big)`
            ],
            course: [
              tex`\frac{\partial \mathcal{L}}{\partial w} = x\,(\hat{y} - y), \qquad \frac{\partial \mathcal{L}}{\partial b} = \hat{y} - y`,
              tex`dw = \frac{\partial J}{\partial w} = \frac{1}{m} \sum_{i=1}^{m} x^{(i)} \big(\hat{y}^{(i)} - y^{(i)}\big), \qquad db = \frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^{m} \big(\hat{y}^{(i)} - y^{(i)}\big)`
            ],
            derivation: [
              tex`\delta^{(2)} = \hat{y} - y, \qquad \frac{\partial \mathcal{L}}{\partial W^{(1)}} = \delta^{(2)} \big(a^{(1)}\big)^{\top}, \qquad \frac{\partial \mathcal{L}}{\partial b^{(1)}} = \delta^{(2)}`,
              tex`\frac{\partial J}{\partial W^{(1)}} = \frac{1}{m} \sum_{i=1}^{m} \delta^{(2)(i)} \big(a^{(1)(i)}\big)^{\top}, \qquad \frac{\partial J}{\partial b^{(1)}} = \frac{1}{m} \sum_{i=1}^{m} \delta^{(2)(i)}`
            ]
          })
        ]
      }
    },
    {
      id: 'vectorized',
      formulas: (n) =>
        pick(n, {
          lab: [
            tex`X = \begin{bmatrix} x^{(1)\top} \\ \vdots \\ x^{(m)\top} \end{bmatrix} \in \mathbb{R}^{m \times n_x}, \qquad Y = \begin{bmatrix} y^{(1)} \\ \vdots \\ y^{(m)} \end{bmatrix} \in \mathbb{R}^{m \times 1}`,
            tex`Z^{(1)} = X\, W^{(1)\top} + \mathbf{1}\, b^{(1)}, \qquad A^{(1)} = \sigma\big(Z^{(1)}\big) \in \mathbb{R}^{m \times 1}`,
            tex`\frac{\partial J}{\partial W^{(1)}} = \frac{1}{m} \big(A^{(1)} - Y\big)^{\top} X, \qquad \frac{\partial J}{\partial b^{(1)}} = \frac{1}{m}\, \mathbf{1}^{\top} \big(A^{(1)} - Y\big)`,
            tex`J = -\frac{1}{m} \Big[\, Y^{\top} \log A^{(1)} + (\mathbf{1} - Y)^{\top} \log \big(\mathbf{1} - A^{(1)}\big) \Big]`
          ],
          course: [
            tex`X = \big[\, x^{(1)} \;\; x^{(2)} \;\; \cdots \;\; x^{(m)} \,\big] \in \mathbb{R}^{n_x \times m}, \qquad Y = \big[\, y^{(1)} \;\; \cdots \;\; y^{(m)} \,\big] \in \mathbb{R}^{1 \times m}`,
            tex`Z = w^{\top} X + b, \qquad A = \sigma(Z) \in \mathbb{R}^{1 \times m}`,
            tex`dw = \frac{1}{m}\, X\, (A - Y)^{\top}, \qquad db = \frac{1}{m} \sum_{i=1}^{m} \big(a^{(i)} - y^{(i)}\big)`,
            tex`J = -\frac{1}{m} \Big[\, Y\, (\log A)^{\top} + (1 - Y)\, \big(\log (1 - A)\big)^{\top} \Big]`
          ],
          derivation: [
            tex`X = \big[\, x^{(1)} \;\; \cdots \;\; x^{(m)} \,\big] \in \mathbb{R}^{s_1 \times m}, \qquad Y = \big[\, y^{(1)} \;\; \cdots \;\; y^{(m)} \,\big] \in \mathbb{R}^{s_2 \times m}`,
            tex`Z^{(2)} = W^{(1)} X + b^{(1)} \mathbf{1}^{\top}, \qquad A^{(2)} = f\big(Z^{(2)}\big) \in \mathbb{R}^{s_2 \times m}`,
            tex`\frac{\partial J}{\partial W^{(1)}} = \frac{1}{m} \big(A^{(2)} - Y\big) X^{\top}, \qquad \frac{\partial J}{\partial b^{(1)}} = \frac{1}{m} \big(A^{(2)} - Y\big)\, \mathbf{1}`,
            tex`J = -\frac{1}{m} \Big[\, Y \big(\log A^{(2)}\big)^{\top} + \big(\mathbf{1}^{\top} - Y\big) \big(\log (\mathbf{1}^{\top} - A^{(2)})\big)^{\top} \Big]`
          ]
        }),
      panel: { kind: 'vectorize' }
    },
    {
      id: 'descent',
      formulas: (n) => {
        const { w, b } = unit(n)
        const step = n.id === 'lab' ? tex`\leftarrow` : ':='
        const [dw, db] =
          n.id === 'course'
            ? ['dw', 'db']
            : [tex`\frac{\partial J}{\partial ${w}}`, tex`\frac{\partial J}{\partial ${b}}`]
        return [
          tex`${w} ${step} ${w} - ${n.rate}\, ${dw}, \qquad ${b} ${step} ${b} - ${n.rate}\, ${db}`
        ]
      }
    },
    {
      id: 'predict',
      formulas: (n) => {
        const { z, w, b } = unit(n)
        return [
          tex`\hat{y} > 0.5 \;\Rightarrow\; 1, \qquad \hat{y} \le 0.5 \;\Rightarrow\; 0, \qquad \hat{y} > 0.5 \iff ${z} > 0`,
          tex`\sigma(-z) = 1 - \sigma(z): \qquad ${w} \to -${w}, \quad ${b} \to -${b} \quad \Rightarrow \quad \hat{y} \to 1 - \hat{y}`
        ]
      }
    },
    {
      id: 'photos',
      formulas: (n) => {
        const [height, width, channels] = APPLES_PHOTO_SHAPE
        const { w, b } = unit(n)
        return [
          tex`${n.inputs} = ${height} \times ${width} \times ${channels} = ${thousands(height * width * channels)}, \qquad ${w} = 0, \quad ${b} = 0`
        ]
      },
      tryIts: ['logisticTrain', 'logisticWeights'],
      params: () => ({ rate: CONVERGING.learningRate!, epochs: CONVERGING.epochs! })
    },
    {
      id: 'convergence',
      formulas: () => [tex`x'_j = \frac{x_j - \mu_j}{\sigma_j}`],
      tryIts: ['logisticLargeRate', 'logisticRaw']
    }
  ],
  tryIts: [
    {
      id: 'logisticTrain',
      sample: 'apples',
      network: LOGISTIC_DRAFT,
      settings: CONVERGING,
      target: { view: 'training' },
      train: true
    },
    {
      id: 'logisticWeights',
      sample: 'apples',
      network: LOGISTIC_DRAFT,
      settings: CONVERGING,
      target: { view: 'inspect', panel: 'weights', model: 'run' },
      train: true
    },
    {
      id: 'logisticLargeRate',
      sample: 'apples',
      network: LOGISTIC_DRAFT,
      settings: { ...CONVERGING, learningRate: 1 },
      target: { view: 'training' },
      train: true
    },
    {
      id: 'logisticRaw',
      sample: 'apples',
      network: LOGISTIC_DRAFT,
      settings: { ...CONVERGING, normalize: 'none' },
      target: { view: 'training' },
      train: true
    }
  ],
  exercises: [
    {
      id: 'outputAtZero',
      expected: () => ({ kind: 'number', value: sigmoid(0), tolerance: { absolute: 1e-6 } }),
      params: () => ({ loss: formatExact(-Math.log(sigmoid(0))) })
    },
    {
      id: 'biasGradient',
      expected: () => ({ kind: 'number', value: sigmoid(0) - 0, tolerance: { absolute: 1e-6 } })
    },
    {
      id: 'weightCount',
      expected: ({ photoShape: [height, width, channels] }) => ({
        kind: 'number',
        value: height * width * channels,
        tolerance: { absolute: 0 }
      }),
      params: ({ photoShape: [height, width, channels] }) => ({ height, width, channels })
    }
  ]
}
