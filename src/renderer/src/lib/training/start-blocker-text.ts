import { designProblemText } from '@renderer/lib/network/design-problem-text'
import type { StartBlocker } from './run-controls'

/** vue-i18n's translate function, as far as this helper needs it. */
type Translate = (key: string, params?: Record<string, unknown>) => string

/** Why Start cannot be used, in the user's language (messages under `training.refused`). */
export function startBlockerText(t: Translate, blocker: StartBlocker): string {
  switch (blocker.key) {
    case 'networkProblem':
      return t('training.refused.networkProblem', {
        problem: designProblemText(t, blocker.problem)
      })
    case 'invalidSetting':
      return t('training.refused.invalidSetting', { field: blocker.field })
    case 'noDataset':
      return t('training.refused.noDataset')
  }
}
