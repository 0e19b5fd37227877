/** The sign of a quantity, as an exercise asks for it. */
export type Sign = 'positive' | 'negative' | 'zero'
export const SIGNS: readonly Sign[] = ['positive', 'negative', 'zero']

/** What the lab computed for an exercise, and how close an answer must come. */
export type ExpectedAnswer =
  | { kind: 'number'; value: number; tolerance: { relative?: number; absolute?: number } }
  | { kind: 'sign'; value: Sign }
  | { kind: 'shape'; rows: number; cols: number }

/** The verdict on an answer: right, wrong, or not readable as the kind of answer asked for. */
export type AnswerVerdict = 'correct' | 'wrong' | 'unreadable'

/** Full-width digits and signs (typed with a Chinese input method) as ASCII, minus signs as '-'. */
function normalized(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\u2212\u2012\u2013\u2014]/g, '-')
    .trim()
    .toLowerCase()
}

/** A number as typed, without spaces or thousands separators and with a decimal point. */
function numberText(input: string): string {
  const text = normalized(input).replace(/[\s_']/g, '')
  // Thousands never start with a 0 group: `0,359` is a decimal comma.
  if (/^[-+]?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(text)) return text.replace(/,/g, '')
  return /^[-+]?\d*,\d+$/.test(text) ? text.replace(',', '.') : text
}

/**
 * A number as people type it: `0.25`, `-0.5`, `−0.5`, `1e-3`, `1/4`, `30,000` or `30 000`
 * (thousands), `0,25` (decimal comma). Null when it is not a number.
 */
export function parseNumber(input: string): number | null {
  const text = numberText(input)
  const fraction = /^([-+]?\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(text)
  if (fraction) {
    const denominator = Number(fraction[2])
    return denominator === 0 ? null : Number(fraction[1]) / denominator
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/.test(text)) return null
  return Number(text)
}

/** A matrix shape as people type it: `4×2`, `4 x 2`, `4*2`, `(4, 2)`, `4 by 2`, `4乘2`. */
export function parseShape(input: string): { rows: number; cols: number } | null {
  const text = normalized(input).replace(/^[([]\s*|\s*[)\]]$/g, '')
  const match = /^(\d+)\s*(?:x|×|\*|,|by|乘)\s*(\d+)$/.exec(text)
  if (!match) return null
  const [rows, cols] = [Number(match[1]), Number(match[2])]
  return rows > 0 && cols > 0 ? { rows, cols } : null
}

/** A sign: one of SIGNS, `+`/`-`/`0`, or the Chinese 正/负/零. */
export function parseSign(input: string): Sign | null {
  const text = normalized(input)
  if (['positive', '+', '>0', '正', '正数', '正的'].includes(text)) return 'positive'
  if (['negative', '-', '<0', '负', '负数', '负的'].includes(text)) return 'negative'
  if (['zero', '0', '=0', '零'].includes(text)) return 'zero'
  return null
}

/** The sign of a computed value (exactly 0 is zero). */
export function signOf(value: number): Sign {
  if (value > 0) return 'positive'
  return value < 0 ? 'negative' : 'zero'
}

/** True when `value` is within the tolerance of `expected` (either bound suffices). */
function close(
  value: number,
  expected: number,
  tolerance: { relative?: number; absolute?: number }
): boolean {
  const difference = Math.abs(value - expected)
  if (tolerance.absolute !== undefined && difference <= tolerance.absolute) return true
  return tolerance.relative !== undefined && difference <= tolerance.relative * Math.abs(expected)
}

/** Fewest significant digits a rounded answer needs (`0.359`, not `0.36`). */
const ROUNDED_DIGITS = 3

/**
 * True when `input`, a plain decimal with at least ROUNDED_DIGITS significant digits, is
 * `expected` rounded to the decimals it has: `0.359` for 0.35891648 (off by 8e-5, outside a
 * tolerance of 5e-5 that asks for four decimals, but what a person writes who did it right).
 */
function roundedFrom(input: string, value: number, expected: number): boolean {
  const text = numberText(input).replace(/^[-+]/, '')
  const match = /^(\d*)\.?(\d*)$/.exec(text)
  if (!match) return false
  const [, whole, decimals] = match
  if ((whole + decimals).replace(/^0+/, '').length < ROUNDED_DIGITS) return false
  // Half a unit in the last place typed, with room for the binary error of both numbers.
  return Math.abs(value - expected) <= 0.5 * 10 ** -decimals.length * (1 + 1e-9)
}

/** Checks an answer tolerantly against the lab's value, or as the lab's value rounded. */
export function checkAnswer(expected: ExpectedAnswer, input: string): AnswerVerdict {
  switch (expected.kind) {
    case 'number': {
      const value = parseNumber(input)
      if (value === null) return 'unreadable'
      return close(value, expected.value, expected.tolerance) ||
        roundedFrom(input, value, expected.value)
        ? 'correct'
        : 'wrong'
    }
    case 'sign': {
      const sign = parseSign(input)
      if (sign === null) return 'unreadable'
      return sign === expected.value ? 'correct' : 'wrong'
    }
    case 'shape': {
      const shape = parseShape(input)
      if (shape === null) return 'unreadable'
      return shape.rows === expected.rows && shape.cols === expected.cols ? 'correct' : 'wrong'
    }
  }
}

/** The expected answer as the lab shows it after a check: `0.35891648`, `4 × 2`, a sign's name. */
export function answerText(
  expected: ExpectedAnswer,
  format: (value: number) => string,
  signName: (sign: Sign) => string
): string {
  switch (expected.kind) {
    case 'number':
      return format(expected.value)
    case 'sign':
      return signName(expected.value)
    case 'shape':
      return `${expected.rows} × ${expected.cols}`
  }
}
