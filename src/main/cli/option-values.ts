import { InvalidArgumentError } from 'commander'
import { orderedFeatures, type InputFeatureName } from '../../shared/model/input-features'

/**
 * Parsers for option values. A malformed value throws commander's InvalidArgumentError, which
 * the CLI reports as bad usage (exit 2) with the option's name.
 */

/** `--hidden 64,32`; `""`, `=` and `none` mean no hidden layer. */
export function parseHidden(text: string): number[] {
  const trimmed = text.trim()
  if (trimmed === '' || trimmed.toLowerCase() === 'none') return []
  return trimmed.split(',').map((part) => {
    const units = Number(part.trim())
    if (!Number.isInteger(units) || units < 1) {
      throw new InvalidArgumentError(
        `expected layer widths like 64,32 (whole numbers ≥ 1), got "${part.trim()}"`
      )
    }
    return units
  })
}

/**
 * `--split 0.8,0.2[,0.1]`; `1` trains on everything. The fractions add up to 1: `0.5` alone (all
 * rows trained on) or `0.9,0.3` (scaled down) would not do what they say.
 */
export function parseSplit(text: string): number[] {
  const parts = text.split(',').map((part) => Number(part.trim()))
  const sum = parts.reduce((total, part) => total + part, 0)
  if (
    parts.length > 3 ||
    parts.some((part) => !Number.isFinite(part) || part < 0) ||
    !(parts[0] > 0) ||
    Math.abs(sum - 1) > 1e-6
  ) {
    throw new InvalidArgumentError(
      `expected train,validation[,test] fractions that add up to 1, like 0.8,0.2 (or 1), got "${text}"`
    )
  }
  return parts
}

/** `--batch 32` or `--batch full`. */
export function parseBatch(text: string): number | 'full' {
  if (text.trim().toLowerCase() === 'full') return 'full'
  return parseWhole(text, 1)
}

/** A whole number from `min` up to `max`. */
export function parseWhole(text: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(text)
  if (!Number.isInteger(value) || value < min || value > max) {
    const range =
      max < Number.MAX_SAFE_INTEGER ? ` from ${min} to ${max}` : min > 0 ? ` ≥ ${min}` : ''
    throw new InvalidArgumentError(`expected a whole number${range}, got "${text}"`)
  }
  return value
}

/** A number > 0 (learning rate, epsilon). */
export function parsePositive(text: string): number {
  const value = Number(text)
  if (!Number.isFinite(value) || value <= 0)
    throw new InvalidArgumentError(`expected a number > 0, got "${text}"`)
  return value
}

/** A number ≥ 0 (L2 strength). */
export function parseNonNegative(text: string): number {
  const value = Number(text)
  if (!Number.isFinite(value) || value < 0)
    throw new InvalidArgumentError(`expected a number ≥ 0, got "${text}"`)
  return value
}

/** Momentum μ in [0, 1). */
export function parseMomentum(text: string): number {
  const value = Number(text)
  if (!(value >= 0 && value < 1))
    throw new InvalidArgumentError(`expected a number in [0, 1), got "${text}"`)
  return value
}

/** `--image-size 28x28` (width × height). */
export function parseImageSize(text: string): { width: number; height: number } {
  const match = /^(\d+)\s*[x×]\s*(\d+)$/i.exec(text.trim())
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    throw new InvalidArgumentError(`expected WIDTHxHEIGHT like 28x28, got "${text}"`)
  }
  return { width: Number(match[1]), height: Number(match[2]) }
}

/** `--targets a,b` column names. */
export function parseNames(text: string): string[] {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
  if (names.length === 0)
    throw new InvalidArgumentError('expected one or more column names separated by commas')
  return names
}

/** `--features x,y,x2`: input features, in the catalogue's order (input-features.ts). */
export function parseFeatures(text: string): InputFeatureName[] {
  const features = orderedFeatures(
    text
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
  )
  if (typeof features === 'string') throw new InvalidArgumentError(features)
  return features
}

/** `--arrays X,y`: the features and labels arrays of an .npz. */
export function parseArrays(text: string): { features: string; labels: string } {
  const names = text.split(',').map((name) => name.trim())
  if (names.length !== 2 || names.some((name) => name === ''))
    throw new InvalidArgumentError('expected two array names: FEATURES,LABELS (e.g. X,y)')
  return { features: names[0], labels: names[1] }
}

/** `--input "x1,x2;x1,x2"`: rows separated by `;`, values by `,`. */
export function parseRows(text: string): number[][] {
  const rows = text.split(';').filter((row, _index, all) => row.trim() !== '' || all.length === 1)
  return rows.map((row, rowIndex) =>
    row.split(',').map((part, valueIndex) => {
      const value = Number(part.trim())
      if (part.trim() === '' || !Number.isFinite(value)) {
        throw new InvalidArgumentError(
          `row ${rowIndex + 1}, value ${valueIndex + 1}: "${part.trim()}" is not a number (rows are separated by ";", values by ",")`
        )
      }
      return value
    })
  )
}

/** A value from a fixed list, e.g. `--optimizer adam`. */
export function oneOf<T extends string>(choices: readonly T[]): (text: string) => T {
  return (text) => {
    if ((choices as readonly string[]).includes(text)) return text as T
    throw new InvalidArgumentError(`expected one of ${choices.join(', ')}, got "${text}"`)
  }
}
