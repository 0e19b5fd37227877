/** Values at or above this magnitude are written with fixed decimals, smaller ones in powers of ten. */
const FIXED_FROM = 1e-4
/** …and below this one (larger values also get powers of ten). */
const FIXED_BELOW = 1e7

/**
 * A number as the step-through and the gradient check write it: 9 decimals without trailing
 * zeros, as the textbook's worked example prints its numbers (0.593269992, 0.74136507), and
 * 8 significant digits in powers of ten for very small or large values (1.2345678e-7).
 */
export function formatExact(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return String(value === 0 ? 0 : value)
  const magnitude = Math.abs(value)
  if (magnitude >= FIXED_FROM && magnitude < FIXED_BELOW) {
    return trimZeros(value.toFixed(9))
  }
  const [mantissa, exponent] = value.toExponential(7).split('e')
  return `${trimZeros(mantissa)}e${exponent.replace('+', '')}`
}

/** A number to 4 significant digits, for dense tables and tooltips (1.235, 0.0004321, 1.2e-7). */
export function formatShort(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return String(value === 0 ? 0 : value)
  const magnitude = Math.abs(value)
  if (magnitude >= FIXED_FROM && magnitude < FIXED_BELOW)
    return String(Number(value.toPrecision(4)))
  const [mantissa, exponent] = value.toExponential(3).split('e')
  return `${trimZeros(mantissa)}e${exponent.replace('+', '')}`
}

/** A share as a percentage with one decimal (0.125 → "12.5%"). */
export function formatPercent(share: number): string {
  return `${(share * 100).toFixed(1)}%`
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text
}
