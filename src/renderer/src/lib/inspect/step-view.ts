import { backwardView, updateView } from './step-backward'
import type { StepContext, StepView } from './step-context'
import { forwardView, lossView } from './step-forward'
import type { StepRef } from './step-sequence'

/** What a step shows: its formula, its numbers, matrices of small layers, and remarks. */
export function stepView(step: StepRef, context: StepContext): StepView {
  switch (step.kind) {
    case 'forward':
      return forwardView(context, step.layer!)
    case 'loss':
      return lossView(context)
    case 'backward':
      return backwardView(context, step.layer!)
    case 'update':
      return updateView(context)
  }
}
