import type { NetworkDraft } from '@shared/model/app-state'

/** A one-click design for learners; its name and blurb are `network.quickStarts.<id>` messages. */
export interface QuickStart {
  id: 'none' | 'oneHidden' | 'twoTanh' | 'wide' | 'deepNarrow'
  draft: NetworkDraft
}

const auto = { output: 'auto', loss: 'auto' } as const

/** The quick starts, from the simplest model to a deep one. */
export const QUICK_STARTS: readonly QuickStart[] = [
  { id: 'none', draft: { hidden: [], ...auto } },
  { id: 'oneHidden', draft: { hidden: [{ units: 16, activation: 'relu' }], ...auto } },
  {
    id: 'twoTanh',
    draft: {
      hidden: [
        { units: 8, activation: 'tanh' },
        { units: 8, activation: 'tanh' }
      ],
      ...auto
    }
  },
  {
    id: 'wide',
    draft: {
      hidden: [
        { units: 128, activation: 'relu' },
        { units: 64, activation: 'relu' }
      ],
      ...auto
    }
  },
  {
    id: 'deepNarrow',
    draft: {
      hidden: Array.from({ length: 5 }, () => ({ units: 8, activation: 'tanh' as const })),
      ...auto
    }
  }
]

/** True when two designs are the same layers, activations, output and loss. */
export function sameDraft(a: NetworkDraft, b: NetworkDraft): boolean {
  return (
    a.output === b.output &&
    a.loss === b.loss &&
    a.hidden.length === b.hidden.length &&
    a.hidden.every(
      (layer, index) =>
        layer.units === b.hidden[index].units && layer.activation === b.hidden[index].activation
    )
  )
}
