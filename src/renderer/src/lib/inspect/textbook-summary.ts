import { backwardView, updateView } from './step-backward'
import type { StepContext, StepLine, StepView } from './step-context'
import { forwardView, lossView } from './step-forward'
import { LAB_SYMBOLS as S } from './step-symbols'

/** The line of a step view for a quantity, by its lab symbol. */
function lineOf(view: StepView, symbol: string): StepLine {
  const found = view.groups.flatMap((group) => group.lines).find((line) => line.symbol === symbol)
  if (!found) throw new Error(`no line for ${symbol}`)
  return found
}

/**
 * The numbers the textbook's worked example prints, as the engine's trace gives them: the hidden
 * and output activations (out_h1, out_h2, out_o1, out_o2), E_total, ∂E_total/∂w5 with its three
 * factors, and the updated w5 and w1. Needs a full trace of a 2-2-2 network.
 */
export function textbookSummary(context: StepContext): StepLine[] {
  const hidden = forwardView(context, 1)
  const output = forwardView(context, 2)
  const update = updateView(context)
  return [
    lineOf(hidden, S.z(1, 0)),
    lineOf(hidden, S.a(1, 0)),
    lineOf(hidden, S.a(1, 1)),
    lineOf(output, S.a(2, 0)),
    lineOf(output, S.a(2, 1)),
    lineOf(lossView(context), S.cost),
    lineOf(backwardView(context, 2), S.dJdw(2, 0, 0)),
    lineOf(update, S.updated(S.w(2, 0, 0))),
    lineOf(update, S.updated(S.w(1, 0, 0)))
  ]
}
