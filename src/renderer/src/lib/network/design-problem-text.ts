import type { DesignProblem } from '@shared/model/network-design'

/** vue-i18n's translate function, as far as this helper needs it. */
type Translate = (key: string, params?: Record<string, unknown>) => string

/** A design problem in the user's language (messages under `network.problem`). */
export function designProblemText(t: Translate, problem: DesignProblem): string {
  switch (problem.kind) {
    case 'softmax-units':
      return t('network.problem.softmaxUnits', { units: problem.units })
    case 'loss-needs-probabilities':
      return t('network.problem.lossNeedsProbabilities', {
        loss: t(`network.losses.${problem.loss}`),
        activation: t(`network.activations.${problem.activation}`)
      })
    case 'cross-entropy-single-unit':
      return t('network.problem.crossEntropySingleUnit')
  }
}
