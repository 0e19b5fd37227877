/** The message key of each classic model name `classicModelName` gives (network.classic.<key>). */
export type ClassicModelKey = 'logistic' | 'softmax' | 'linear'

const KEYS: Record<string, ClassicModelKey> = {
  'logistic regression': 'logistic',
  'softmax regression': 'softmax',
  'linear regression': 'linear'
}

/** The message key for a classic model name, or null for any other network. */
export function classicModelKey(name: string | null): ClassicModelKey | null {
  return name === null ? null : (KEYS[name] ?? null)
}
