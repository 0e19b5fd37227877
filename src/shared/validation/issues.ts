import type { z } from 'zod'
import { UserError } from '../errors'

/** A payload or file that breaks its schema; the message names the field and the problem. */
export class ValidationError extends UserError {
  constructor(message: string) {
    super(message)
    this.name = 'ValidationError'
  }
}

/** `layers[1].weights[0][2]` from a path like ['layers', 1, 'weights', 0, 2]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = ''
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`
    else text += text === '' ? String(key) : `.${String(key)}`
  }
  return text === '' ? '(top level)' : text
}

/** A short rendering of a value for an error message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) {
    return value.length === 0 ? 'an empty list' : `a list of ${value.length}`
  }
  if (typeof value === 'object') return 'an object'
  const text = JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 37)}...` : text
}

/** One line for the first issue of a failed parse: `field: problem`. */
export function firstIssueMessage(error: z.ZodError): string {
  const issue = error.issues[0]
  return `${formatPath(issue.path)}: ${issue.message}`
}

/** The error function zod calls for its built-in checks, in our wording. */
export function zodErrorText(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `is required (expected ${article(issue.expected)})`
      return `expected ${article(issue.expected)}, got ${describeValue(issue.input)}`
    case 'invalid_value':
      return expectedOneOf(issue.values, issue.input)
    case 'invalid_union': {
      // A discriminated union whose tag (e.g. preprocessing.kind) matches none of its options.
      const { options, discriminator } = issue as { options?: unknown[]; discriminator?: string }
      if (!options || discriminator === undefined) return undefined
      return expectedOneOf(
        options,
        (issue.input as Record<string, unknown> | null)?.[discriminator]
      )
    }
    case 'too_small':
      if (issue.origin === 'array') {
        return `needs at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}, got ${describeValue(issue.input)}`
      }
      return `must be ${issue.inclusive ? 'at least' : 'greater than'} ${issue.minimum}, got ${describeValue(issue.input)}`
    case 'too_big':
      if (issue.origin === 'array') {
        return `takes at most ${issue.maximum} ${Number(issue.maximum) === 1 ? 'entry' : 'entries'}, got ${describeValue(issue.input)}`
      }
      if (issue.origin === 'string') return `takes at most ${issue.maximum} characters`
      return `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}, got ${describeValue(issue.input)}`
    default:
      return undefined
  }
}

/** `expected "a"` or `expected one of "a", "b"`, or `is required (…)` when the field is missing. */
function expectedOneOf(values: readonly unknown[], input: unknown): string {
  const listed = values.map((value) => JSON.stringify(value)).join(', ')
  const expected = values.length === 1 ? `expected ${listed}` : `expected one of ${listed}`
  return input === undefined
    ? `is required (${expected})`
    : `${expected}, got ${describeValue(input)}`
}

function article(expected: string): string {
  if (expected === 'array') return 'a list'
  if (expected === 'object') return 'an object'
  if (expected === 'int') return 'a whole number'
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`
}
