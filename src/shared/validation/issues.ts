import type { z } from 'zod'
import { UserError } from '../errors'
import { englishText, type LabMessage } from '../messages'
import {
  fieldIssueText,
  shownValueText,
  type FieldIssue,
  type ShownValue
} from '../message-tables/model-file-refusals'

/** A payload or file that breaks its schema; the message names the field and the problem. */
export class ValidationError extends UserError {
  constructor(message: string | LabMessage) {
    super(
      typeof message === 'string' ? message : englishText(message),
      typeof message === 'string' ? undefined : message
    )
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
  return shownValueText(shownValue(value))
}

/** A value as a refusal shows it (lists and objects by their size, never their contents). */
function shownValue(value: unknown): ShownValue {
  if (value === undefined) return { kind: 'nothing' }
  if (value === null) return { kind: 'null' }
  if (Array.isArray(value))
    return value.length === 0 ? { kind: 'emptyList' } : { kind: 'list', length: value.length }
  if (typeof value === 'object') return { kind: 'object' }
  const text = JSON.stringify(value)
  return { kind: 'json', text: text.length > 40 ? `${text.slice(0, 37)}...` : text }
}

/** One line for the first issue of a failed parse: `field: problem`. */
export function firstIssueMessage(error: z.ZodError): string {
  const issue = error.issues[0]
  return `${formatPath(issue.path)}: ${issue.message}`
}

/** The error function zod calls for its built-in checks, in our wording. */
export function zodErrorText(issue: z.core.$ZodRawIssue): string | undefined {
  const known = knownIssue(issue)
  return known && fieldIssueText(known)
}

/**
 * A field's problem as a message part (translated in the app): from an issue of a parse made
 * with `reportInput: true`, so the value it got can be described.
 */
export function fieldIssueOf(issue: z.core.$ZodIssue): FieldIssue {
  return knownIssue(issue as z.core.$ZodRawIssue) ?? { kind: 'other', text: issue.message }
}

/** Our wording's record of one of zod's built-in checks, or undefined for others. */
function knownIssue(issue: z.core.$ZodRawIssue): FieldIssue | undefined {
  const got = shownValue(issue.input)
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { kind: 'required', expected: issue.expected }
      return { kind: 'type', expected: issue.expected, got }
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
      if (issue.origin === 'array')
        return { kind: 'fewEntries', minimum: Number(issue.minimum), got }
      return {
        kind: 'small',
        minimum: Number(issue.minimum),
        inclusive: issue.inclusive === true,
        got
      }
    case 'too_big':
      if (issue.origin === 'array')
        return { kind: 'manyEntries', maximum: Number(issue.maximum), got }
      if (issue.origin === 'string') return { kind: 'tooLong', maximum: Number(issue.maximum) }
      return {
        kind: 'big',
        maximum: Number(issue.maximum),
        inclusive: issue.inclusive === true,
        got
      }
    default:
      return undefined
  }
}

/** `expected "a"` or `expected one of "a", "b"`, or `is required (…)` when the field is missing. */
function expectedOneOf(values: readonly unknown[], input: unknown): FieldIssue {
  const listed = values.map((value) => JSON.stringify(value))
  return input === undefined
    ? { kind: 'requiredOneOf', values: listed }
    : { kind: 'oneOf', values: listed, got: shownValue(input) }
}
